import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EPISODE_CLOSE_REASONS } from '../../../../db/schema/enums';
import { healthContract } from '../../../../electron/api/health/contract';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import type { Episode } from './types';

const Input = healthContract['health.closeEpisode'].input;
type Form = z.input<typeof Input>;
const FIELDS = ['reason', 'note'] as const;

/** Close an episode: an explicit step with its reason (completed, moved to hospital, left, lost). */
export function CloseEpisodeDialog({ episode, onDone }: { episode: Episode; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const close = useApiMutation('health.closeEpisode', { toastErrors: false });
  const { register, handleSubmit, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: { id: episode.id, reason: episode.overdue ? 'completed' : undefined, note: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await close.mutateAsync(v);
      notify(t('health.episodes.closedOk', { name: episode.name }), 'success');
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  const title = t('health.episodes.closeTitle', { name: episode.name });
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('health.episodes.close')}
      submitting={formState.isSubmitting}
    >
      <p className="muted">
        {episode.place} · {t(`episodeReason.${episode.reason}`)} · {episode.fromDay} – {episode.toDay} ·{' '}
        {t('health.dayOf', { x: episode.dayNo, n: episode.days })}
      </p>
      <label className="field">
        <span>{t('health.episodes.closeReason')}</span>
        <select {...register('reason', { setValueAs: (v) => (v === '' ? undefined : v) })} autoFocus>
          <option value="">—</option>
          {EPISODE_CLOSE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`episodeClose.${r}`)}
            </option>
          ))}
        </select>
        {e.reason && <em className="field-error">{e.reason.message}</em>}
      </label>
      <label className="field">
        <span>{t('health.note')}</span>
        <input {...register('note')} />
      </label>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
