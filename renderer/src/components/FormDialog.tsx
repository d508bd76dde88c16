import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialog } from './useDialog';

/**
 * The frame of a form in a dialog, written once: the backdrop, the form named by its title (a modal
 * dialog the keyboard stays in, Escape closes it: `useDialog`), the title, the fields the dialog
 * gives, and its two buttons — the action, disabled while it is sent, and cancel.
 */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  submitLabel,
  submitting,
  wide = false,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: (ev: FormEvent<HTMLFormElement>) => Promise<void> | void;
  submitLabel: string;
  submitting: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLFormElement>(onClose);
  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        className={wide ? 'modal wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(ev) => void onSubmit(ev)}
        noValidate
      >
        <h2>{title}</h2>
        {children}
        <div className="actions">
          <button type="submit" className="primary" disabled={submitting}>
            {submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
