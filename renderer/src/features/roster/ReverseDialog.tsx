import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { attendanceContract } from '../../../../electron/api/attendance/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useDialog } from '../../components/useDialog';

const Input = attendanceContract['attendance.reverse'].input;
type Form = z.input<typeof Input>;
export type Reversing = {
  shiftId: number;
  staffId: number;
  name: string;
  what: 'sign_in' | 'sign_out' | 'no_show';
};

/** Take back a sign-in, sign-out or no-show recorded by mistake: a new row with its reason. */
export function ReverseDialog({ r, onDone }: { r: Reversing; onDone: () => void }) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLFormElement>(onDone);
  const reverse = useApiMutation('attendance.reverse', { toastErrors: false });
  const { register, handleSubmit, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: { shiftId: r.shiftId, staffId: r.staffId, reason: '' },
  });
  const title = t('attendance.reverseTitle', { name: r.name, what: t(`attendance.what.${r.what}`) });
  const submit = handleSubmit(async (v) => {
    try {
      await reverse.mutateAsync(v);
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['reason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(ev) => void submit(ev)}
        noValidate
      >
        <h2>{title}</h2>
        <p className="muted">{t('attendance.reverseHint')}</p>
        <label className="field">
          <span>{t('attendance.reverseReason')}</span>
          <input {...register('reason')} aria-invalid={!!e.reason} autoFocus />
          {e.reason && <em className="field-error">{e.reason.message}</em>}
        </label>
        {e.root?.server && (
          <p className="error-box" role="alert">
            {e.root.server.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('attendance.reverseConfirm')}
          </button>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
