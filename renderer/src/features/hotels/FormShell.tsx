import type { ReactNode } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** A small form in a dialog: its fields, the server's refusal that names no field, confirm and cancel. */
export function Shell(props: {
  children: ReactNode;
  /** The confirm button's own words: what it does (log the call, release …), not a borrowed "OK". */
  confirm: string;
  errors: FieldErrors;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const root = props.errors.root?.server?.message;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
      noValidate
    >
      <div className="grid-2">{props.children}</div>
      {root && (
        <p className="error-box" role="alert">
          {root}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={props.pending}>
          {props.confirm}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export const Err = ({ message }: { message: string | undefined }) =>
  message ? <em className="field-error">{message}</em> : null;
