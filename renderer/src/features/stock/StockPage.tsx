import { type ComponentType, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { screen } from '../../app/screen';
import { StockTabs } from './StockTabs';

/**
 * `#/stock/<screen>/<rest>`: the supplies screens, under one menu entry and one tab bar. Each screen
 * is its own chunk. Another supplies screen adds its line here and to StockTabs.
 */
const SCREENS: Record<string, ComponentType<{ param: string }>> = {
  '': screen(() => import('./BalancesScreen'), 'BalancesScreen'),
  items: screen(() => import('./ItemsScreen'), 'ItemsScreen'),
  receive: screen(() => import('./ReceiveScreen'), 'ReceiveScreen'),
  ledger: screen(() => import('./LedgerScreen'), 'LedgerScreen'),
  distributions: screen(() => import('../stock-distrib/DistributionsScreen'), 'DistributionsScreen'),
  dashboard: screen(() => import('../stock-dash/StockDashboardPage'), 'StockDashboardPage'),
  request: screen(() => import('../stock-dash/StockRequestPage'), 'StockRequestPage'),
  count: screen(() => import('../stock-dash/StockCountPage'), 'StockCountPage'),
};

export function StockPage({ param }: { param: string }) {
  const { t } = useTranslation();
  const [first = '', ...rest] = param.split('/');
  const Screen = SCREENS[first] ?? SCREENS[''];
  if (!Screen) return null;
  return (
    <div className="stock">
      <StockTabs current={first} />
      <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
        <Screen param={rest.join('/')} />
      </Suspense>
    </div>
  );
}
