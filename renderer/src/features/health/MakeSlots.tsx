import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { useToast } from '../../components/Toast';

/** A day whose slots are not made yet (`health.makeSlots`, made once): the button that makes them. */
export function MakeSlots({ day }: { day: string }) {
  const { t } = useTranslation();
  const notify = useToast();
  const make = useApiMutation('health.makeSlots');
  return (
    <div className="card notice" role="status">
      {t('health.round.notMade', { day })}{' '}
      <button
        type="button"
        className="primary"
        disabled={make.isPending}
        onClick={() =>
          make.mutate(
            { day },
            { onSuccess: (out) => notify(t('health.round.made', { count: out.made }), 'success') },
          )
        }
      >
        {t('health.round.makeSlots')}
      </button>
    </div>
  );
}
