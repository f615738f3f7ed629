import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDeleteButtonProps {
  /** The content of the button that opens the confirmation. */
  label: ReactNode;
  /** Extra class names for that button, after "button button-danger". */
  className?: string;
  title: string;
  text: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** The message to show in the dialog when the deletion failed, or null. */
  errorText: string | null;
  /** Called when the dialog opens, to clear a previous error. */
  onOpen?: () => void;
  /** Runs the deletion; a rejection keeps the dialog open (the error shows through errorText). */
  onConfirm: () => Promise<unknown>;
  /** Called after a successful deletion, once the dialog is closed. */
  onDeleted: () => void;
}

/** "Supprimer", then a confirmation in a native modal dialog (focus trap and Escape come with it). */
export function ConfirmDeleteButton({
  label,
  className,
  title,
  text,
  confirmLabel,
  busyLabel,
  busy,
  errorText,
  onOpen,
  onConfirm,
  onDeleted,
}: ConfirmDeleteButtonProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();

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
    onDeleted();
  };

  return (
    <>
      <button
        type="button"
        className={className ? `button button-danger ${className}` : 'button button-danger'}
        onClick={open}
      >
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
          <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
            {busy ? busyLabel : confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
