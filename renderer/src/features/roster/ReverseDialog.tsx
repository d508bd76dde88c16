import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { attendanceContract } from '../../../../electron/api/attendance/contract';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';

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
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('attendance.reverseConfirm')}
      submitting={formState.isSubmitting}
    >
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
    </FormDialog>
  );
}
