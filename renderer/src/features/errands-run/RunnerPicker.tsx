import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { money } from '../cash/money';

const natural = new Intl.Collator('zh-CN', { numeric: true });

/**
 * `#/errands/runner`: every active runner as a large button to their own list — the buildings they
 * cover (in the buildings' order), on duty now or not, their open errands and the cash they hold.
 */
export function RunnerPicker() {
  const { t } = useTranslation();
  const runners = useApiQuery('errands.runners', {});
  return (
    <div className="runner-view">
      <h2>{t('runner.pick')}</h2>
      <p className="muted">{t('runner.pickHint')}</p>
      <QueryState query={runners}>
        {({ runners: list }) => {
          if (list.length === 0) return <p className="muted">{t('runner.none')}</p>;
          const sorted = [...list].sort(
            (a, b) =>
              natural.compare(a.buildings[0] ?? '\uffff', b.buildings[0] ?? '\uffff') ||
              natural.compare(a.name, b.name),
          );
          return (
            <ul className="runner-picker" aria-label={t('runner.pick')}>
              {sorted.map((r) => (
                <li key={r.id}>
                  <a href={`#/errands/runner/${r.id}`} className="runner-pick">
                    <strong>
                      {r.name}
                      {r.onDuty && <span className="run-duty">{t('runner.onDuty')}</span>}
                    </strong>
                    <span className="muted">
                      {r.buildings.length
                        ? t('runner.covers', { buildings: r.buildings.join(t('punct.list')) })
                        : t('runner.coversNone')}
                    </span>
                    <span>
                      {t('runner.openCount', { count: r.openErrands })} · {money(r.balanceFen)}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </div>
  );
}
