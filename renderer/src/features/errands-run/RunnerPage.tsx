import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { money } from '../cash/money';
import { groupRun } from './groups';
import { RunErrand } from './RunErrand';
import { RunnerPicker } from './RunnerPicker';

/**
 * `#/errands/runner/MEMBER_ID`: a runner's own open errands for the shift, by building and then by
 * shop (not bought yet first), each with its one-tap steps; large enough for a phone. Without an id,
 * the runner picker.
 */
export function RunnerPage({ param }: { param: string }) {
  const id = Number(param.split('/')[0]);
  if (!Number.isInteger(id) || id <= 0) return <RunnerPicker />;
  return <RunnerList runnerId={id} />;
}

function RunnerList({ runnerId }: { runnerId: number }) {
  const { t } = useTranslation();
  const runners = useApiQuery('errands.runners', {});
  const list = useApiQuery('errands.list', { scope: 'open', runnerId, offset: 0, limit: 500 });
  const me = runners.data?.runners.find((m) => m.id === runnerId);
  const covers = me?.buildings ?? [];
  return (
    <div className="runner-view">
      <div className="runner-head">
        <h2>{me?.name ?? ''}</h2>
        {me?.onDuty && <span className="run-duty">{t('runner.onDuty')}</span>}
        <span className="muted">
          {covers.length
            ? t('runner.covers', { buildings: covers.join(t('punct.list')) })
            : t('runner.coversNone')}
        </span>
        <span className="runner-links">
          <a href={`#/errands/cash/${runnerId}`}>
            {t('runner.cash')} {me ? money(me.balanceFen) : ''}
          </a>
          <a href="#/errands/runner">{t('runner.other')}</a>
        </span>
      </div>
      <QueryState query={list}>
        {(l) => {
          const groups = groupRun(l.rows);
          return (
            <>
              <p className="runner-count">{t('runner.openCount', { count: l.total })}</p>
              {groups.length === 0 && <p className="muted">{t('runner.empty')}</p>}
              {groups.map((b) => (
                <section key={b.buildingId} className="runner-building" aria-label={b.building}>
                  <header className="runner-building-head">
                    <h3>{b.building}</h3>
                    <span className="muted">{t('runner.errandCount', { count: b.count })}</span>
                    <a className="button" href={`#/errands/print?building=${b.buildingId}`}>
                      {t('runner.printBuilding')}
                    </a>
                  </header>
                  {b.shops.map((s) => (
                    <div key={`${s.bought}-${s.shop}`} className="runner-shop">
                      <h4>{s.bought ? s.shop || t('runner.noShop') : t('runner.notBought')}</h4>
                      <ul className="runner-cards">
                        {s.rows.map((r) => (
                          <RunErrand key={r.id} row={r} />
                        ))}
                      </ul>
                    </div>
                  ))}
                </section>
              ))}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
