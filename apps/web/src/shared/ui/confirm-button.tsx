import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';

export interface ConfirmButtonProps {
  /** The content of the button that opens the confirmation. */
  label: ReactNode;
  /** `danger` for what removes something, `primary` for any other action worth a second thought. */
  tone?: 'danger' | 'primary';
  /** Extra class names for that button. */
  className?: string;
  title: string;
  text: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** The message to show in the dialog when the action failed, or null. */
  errorText: string | null;
  /** Called when the dialog opens, to clear a previous error. */
  onOpen?: () => void;
  /** Runs the action; a rejection keeps the dialog open (the error shows through errorText). */
  onConfirm: () => Promise<unknown>;
  /** Called after a successful action, once the dialog is closed. */
  onDone: () => void;
}

/** A button, then a confirmation in a native modal dialog (focus trap and Escape come with it). */
export function ConfirmButton({
  label,
  tone = 'primary',
  className,
  title,
  text,
  confirmLabel,
  busyLabel,
  busy,
  errorText,
  onOpen,
  onConfirm,
  onDone,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const toneClass = tone === 'danger' ? 'button button-danger' : 'button';

  const open = () => {
    onOpen?.();
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  };
  const close = () => dialogRef.current?.close();

  const confirm = async () => {
    try {
      await onConfirm();
    } catch {
      return; // shown in the dialog from the caller's error state
    }
    close();
    onDone();
  };

  return (
    <>
      <button type="button" className={className ? `${toneClass} ${className}` : toneClass} onClick={open}>
        {label}
      </button>
      <dialog ref={dialogRef} className="dialog" aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        <p>{text}</p>
        {errorText !== null && (
          <p className="field-error" role="alert">
            {errorText}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className={toneClass} disabled={busy} onClick={() => void confirm()}>
            {busy ? busyLabel : confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
