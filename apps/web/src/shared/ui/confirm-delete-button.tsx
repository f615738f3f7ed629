import type { ReactNode } from 'react';
import { ConfirmButton } from './confirm-button';

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
export function ConfirmDeleteButton({ onDeleted, ...props }: ConfirmDeleteButtonProps) {
  return <ConfirmButton tone="danger" onDone={onDeleted} {...props} />;
}
