/**
 * `#/stock/dashboard` (issue 12): what runs out first and when, on one screen at 1366×768 — on hand
 * against the reorder level, days of cover, issues per day over the closure, what expires soon.
 * A bar opens the item's ledger; every chart has its table (shown on request, read aloud, printed).
 */
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { DailyChart, DaysChart, daysRows, LevelsChart, levelRows } from './DashCharts';
import { CoverTable, DailyTable, ExpiringTable } from './DashTables';

/** A chart with its table: the table is in the page for screen readers and print, shown when asked. */
function Panel({ title, chart, table }: { title: string; chart: ReactNode; table: ReactNode }) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section className="card dash-panel" aria-labelledby={id}>
      <header>
        <h2 id={id}>{title}</h2>
        <button
          type="button"
          className="link no-print"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? t('stockdash.showChart') : t('stockdash.showTable')}
        </button>
      </header>
      {!asTable && (
        <div className="dash-chart" aria-hidden="true">
          {chart}
        </div>
      )}
      <div className={asTable ? 'dash-table-box' : 'dash-table-box sr-only'}>{table}</div>
    </section>
  );
}

export function StockDashboardPage() {
  const { t } = useTranslation();
  const cover = useApiQuery('stock.cover', {});
  const items = useApiQuery('stock.items', {});
  const daily = useApiQuery('stock.daily', {});
  return (
    <div className="stock-dash">
      <QueryState query={cover}>
        {(c) => {
          const levels = new Map((items.data ?? []).map((i) => [i.id, i.reorderLevel]));
          const below = c.items.filter((i) => i.flags.some((f) => f.code === 'below_reorder')).length;
          return (
            <>
              <p className="dash-summary" data-testid="dash-summary">
                {t('stockdash.summary', {
                  today: c.today,
                  people: c.people,
                  below,
                  expiring: c.expiring.length,
                })}
              </p>
              <div className="dash-grid">
                <Panel
                  title={t('stockdash.levelsTitle')}
                  chart={<LevelsChart rows={levelRows(c, levels)} />}
                  table={<CoverTable cover={c} levels={levels} />}
                />
                <Panel
                  title={t('stockdash.daysTitle')}
                  chart={<DaysChart rows={daysRows(c)} />}
                  table={<CoverTable cover={c} levels={levels} />}
                />
                <Panel
                  title={t('stockdash.dailyTitle')}
                  chart={daily.data ? <DailyChart daily={daily.data} /> : null}
                  table={daily.data ? <DailyTable daily={daily.data} /> : null}
                />
                <section className="card dash-panel" aria-label={t('stockdash.expiringTitle')}>
                  <header>
                    <h2>{t('stockdash.expiringTitle')}</h2>
                    <a className="no-print" href="#/stock/request">
                      {t('stockdash.toRequest')}
                    </a>
                  </header>
                  <div className="dash-table-box">
                    <ExpiringTable cover={c} />
                  </div>
                </section>
              </div>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
