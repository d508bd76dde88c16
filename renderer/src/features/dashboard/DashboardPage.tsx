/**
 * `#/dashboard` (issue 15): the commander's one screen at 1366×768 — what needs action now, most
 * urgent first, then how the compound is doing: people and homes, who is on duty, days of cover,
 * today's rounds, and the trends since the closure began. Every figure opens the list behind it;
 * every chart has its table (screen readers, print).
 */
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { Alerts } from './Alerts';
import { OccupancyPanel, ShiftsPanel } from './PeoplePanels';
import { HealthPanel, StockPanel, TrendsPanel } from './SupplyPanels';

export function DashboardPage() {
  const { t } = useTranslation();
  const query = useApiQuery('dashboard.get', {});
  return (
    <QueryState query={query}>
      {(d) => (
        <div className="board" data-testid="board">
          <p className="board-asof muted">
            {t('dash.asOf', { today: d.today, time: formatInstant(d.now).slice(-5) })}
          </p>
          <div className="board-grid">
            <Alerts alerts={d.alerts} />
            <OccupancyPanel o={d.occupancy} />
            <ShiftsPanel s={d.shifts} />
            <StockPanel s={d.stock} />
            <HealthPanel h={d.health} />
            <TrendsPanel tr={d.trends} />
          </div>
        </div>
      )}
    </QueryState>
  );
}
