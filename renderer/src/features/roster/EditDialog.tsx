import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '../../../../electron/api/contract';
import { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { useDialog } from '../../components/useDialog';

export type Edit =
  | { kind: 'assign'; input: In<'roster.assign'>; title: string }
  | { kind: 'swap'; input: In<'roster.swap'>; title: string };

/**
 * Try an edit; if it breaks a hard rule the breach is shown before anything is saved, and saving
 * it anyway needs a reason.
 */
export function EditDialog({ edit, onDone }: { edit: Edit; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLFormElement>(() => onDone(false));
  const [breach, setBreach] = useState<string | null>(null);
  // A reason can override a broken rule only when the refusal asks for one (never a double booking).
  const [needsReason, setNeedsReason] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const assign = useApiMutation('roster.assign', { toastErrors: false });
  const swap = useApiMutation('roster.swap', { toastErrors: false });
  const run = async (withReason: string) => {
    setBusy(true);
    try {
      if (edit.kind === 'assign') await assign.mutateAsync({ ...edit.input, reason: withReason });
      else await swap.mutateAsync({ ...edit.input, reason: withReason });
      onDone(true);
    } catch (e) {
      setBreach(e instanceof ApiCallError ? e.message : String(e));
      setNeedsReason(e instanceof ApiCallError && e.issues.some((i) => i.path === 'reason'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={edit.title}
        onSubmit={(e) => {
          e.preventDefault();
          void run(reason);
        }}
      >
        <h2>{edit.title}</h2>
        {breach ? (
          <>
            <p className="error-box" role="alert">
              {breach}
            </p>
            {needsReason && (
              <label className="field">
                <span>{t('roster.reason')}</span>
                <input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
              </label>
            )}
          </>
        ) : (
          <p className="muted">{t('roster.confirm')}</p>
        )}
        <div className="actions">
          {(!breach || needsReason) && (
            <button type="submit" className="primary" disabled={busy || (!!breach && !reason.trim())}>
              {breach ? t('roster.saveAnyway') : t('check.apply')}
            </button>
          )}
          <button type="button" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
