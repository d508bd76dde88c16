import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';

/** `#/errands/runner`: every active runner as a large button to their own list, with the buildings they cover. */
export function RunnerPicker() {
  const { t } = useTranslation();
  const team = useApiQuery('team.list', {});
  const buildings = useApiQuery('buildings.list', {});
  const name = (id: number) => buildings.data?.find((b) => b.id === id)?.name;
  return (
    <div className="runner-view">
      <h2>{t('runner.pick')}</h2>
      <p className="muted">{t('runner.pickHint')}</p>
      <QueryState query={team}>
        {(members) => {
          const runners = members.filter((m) => m.active && m.role === 'runner');
          if (runners.length === 0) return <p className="muted">{t('runner.none')}</p>;
          return (
            <ul className="runner-picker" aria-label={t('runner.pick')}>
              {runners.map((m) => {
                const covers = m.buildingIds.map(name).filter((n): n is string => !!n);
                return (
                  <li key={m.id}>
                    <a href={`#/errands/runner/${m.id}`} className="runner-pick">
                      <strong>{m.name}</strong>
                      <span className="muted">
                        {covers.length
                          ? t('runner.covers', { buildings: covers.join(t('punct.list')) })
                          : t('runner.coversNone')}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
          );
        }}
      </QueryState>
    </div>
  );
}
