import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type MemberRow, teamContract } from '../../../../electron/api/team/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';

/** team.setUnavailable's own input: the screen checks what the server will (an end after its start). */
const Input = teamContract['team.setUnavailable'].input;
type Form = z.input<typeof Input>;
/** A datetime-local value is read as post time (UTC+8); blank stays blank, so it is "required". */
const postInstant = (v: unknown) => (typeof v === 'string' && v ? `${v}:00+08:00` : undefined);

/** 登记不能值班: a span of time a team member cannot be rostered, with its reason. */
export function UnavailableForm({ member }: { member: MemberRow }) {
  const { t } = useTranslation();
  const notify = useToast();
  const add = useApiMutation('team.setUnavailable', { toastErrors: false });
  const { register, handleSubmit, setError, reset, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: { memberId: member.id, reason: '' },
  });
  const e = formState.errors;
  const err = (m: string | undefined) => m && <em className="field-error">{m}</em>;
  const submit = handleSubmit(async (v) => {
    try {
      await add.mutateAsync(v);
      reset({ memberId: member.id, reason: '' });
    } catch (x) {
      if (!landServerErrors(x, setError, ['fromAt', 'toAt', 'reason'])) notify((x as Error).message, 'error');
    }
  });
  return (
    <form
      className="row unavailable-form"
      aria-label={`${member.name} ${t('staff.markUnavailable')}`}
      onSubmit={(ev) => void submit(ev)}
      noValidate
    >
      <label className="field">
        <span>{t('staff.from')}</span>
        <input
          type="datetime-local"
          aria-label={`${member.name} ${t('staff.from')}`}
          {...register('fromAt', { setValueAs: postInstant })}
          aria-invalid={!!e.fromAt}
        />
        {err(e.fromAt?.message)}
      </label>
      <label className="field">
        <span>{t('staff.to')}</span>
        <input
          type="datetime-local"
          aria-label={`${member.name} ${t('staff.to')}`}
          {...register('toAt', { setValueAs: postInstant })}
          aria-invalid={!!e.toAt}
        />
        {err(e.toAt?.message)}
      </label>
      <label className="field">
        <span>{t('staff.reason')}</span>
        <input
          aria-label={`${member.name} ${t('staff.reason')}`}
          {...register('reason')}
          aria-invalid={!!e.reason}
        />
        {err(e.reason?.message)}
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('staff.markUnavailable')}
      </button>
    </form>
  );
}
