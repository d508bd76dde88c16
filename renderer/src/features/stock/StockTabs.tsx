import { useTranslation } from 'react-i18next';

/**
 * The supplies screens' tab bar (`#/stock/...`). Each screen of the supplies adds its line here:
 * the route under `stock/` and its label's i18n key.
 */
const TABS: { path: string; label: string }[] = [
  { path: '', label: 'stock.tabs.balances' },
  { path: 'items', label: 'stock.tabs.items' },
  { path: 'receive', label: 'stock.tabs.receive' },
  { path: 'ledger', label: 'stock.tabs.ledger' },
  { path: 'distributions', label: 'distrib.tab' },
  { path: 'dashboard', label: 'stockdash.tabs.dashboard' },
  { path: 'request', label: 'stockdash.tabs.request' },
  { path: 'count', label: 'stockdash.tabs.count' },
];

/** `current` is the path after `stock/` (its first segment), '' for the balances. */
export function StockTabs({ current }: { current: string }) {
  const { t } = useTranslation();
  const here = current.split('/')[0] ?? '';
  return (
    <nav className="stock-tabs no-print" aria-label={t('nav.stock')}>
      {TABS.map((tab) => (
        <a
          key={tab.path}
          href={tab.path ? `#/stock/${tab.path}` : '#/stock'}
          className={tab.path === here ? 'stock-tab active' : 'stock-tab'}
          aria-current={tab.path === here ? 'page' : undefined}
        >
          {t(tab.label)}
        </a>
      ))}
    </nav>
  );
}
