import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { In } from '../../../../electron/api/contract';
import { rosterContract } from '../../../../electron/api/roster/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useDialog } from '../../components/useDialog';

export type Edit =
  | { kind: 'assign'; input: In<'roster.assign'>; title: string }
  | { kind: 'swap'; input: In<'roster.swap'>; title: string };

/** The one field a person fills, checked by the method's own schema (roster.assign or roster.swap). */
const REASON = {
  assign: rosterContract['roster.assign'].input.pick({ reason: true }),
  swap: rosterContract['roster.swap'].input.pick({ reason: true }),
};
type ReasonForm = z.input<typeof REASON.assign>;

/**
 * Try an edit; if it breaks a rule a reason may override, the server says which on the reason field
 * before anything is saved, and saving it anyway needs a reason. A refusal no reason overrides (a
 * double booking) is said in the form, with nothing left to save.
 */
export function EditDialog({ edit, onDone }: { edit: Edit; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLFormElement>(() => onDone(false));
  const assign = useApiMutation('roster.assign', { toastErrors: false });
  const swap = useApiMutation('roster.swap', { toastErrors: false });
  // The breach stays beside the field while the reason is typed (checked again on saving).
  const { register, handleSubmit, formState, setError, watch } = useForm<
    ReasonForm,
    unknown,
    z.output<typeof REASON.assign>
  >({
    resolver: worded(zodResolver(REASON[edit.kind])),
    defaultValues: { reason: '' },
    reValidateMode: 'onSubmit',
  });
  const [needsReason, setNeedsReason] = useState(false);
  const submit = handleSubmit(async ({ reason }) => {
    try {
      if (edit.kind === 'assign') await assign.mutateAsync({ ...edit.input, reason });
      else await swap.mutateAsync({ ...edit.input, reason });
      onDone(true);
    } catch (e) {
      if (landServerErrors(e, setError, ['reason'])) setNeedsReason(true);
      else setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  const busy = formState.isSubmitting;
  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={edit.title}
        onSubmit={(ev) => void submit(ev)}
        noValidate
      >
        <h2>{edit.title}</h2>
        {needsReason ? (
          <label className="field">
            <span>{t('roster.reason')}</span>
            <input {...register('reason')} autoFocus aria-invalid={!!e.reason} />
            {e.reason && (
              <em className="field-error" role="alert">
                {e.reason.message}
              </em>
            )}
          </label>
        ) : (
          !e.root?.server && <p className="muted">{t('roster.confirm')}</p>
        )}
        {e.root?.server && (
          <p className="error-box" role="alert">
            {e.root.server.message}
          </p>
        )}
        <div className="actions">
          {/* A refusal no reason overrides (a double booking) leaves nothing to save. */}
          {!e.root?.server && (
            <button
              type="submit"
              className="primary"
              disabled={busy || (needsReason && !watch('reason')?.trim())}
            >
              {needsReason ? t('roster.saveAnyway') : t('roster.apply')}
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
