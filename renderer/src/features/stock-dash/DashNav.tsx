import { useTranslation } from 'react-i18next';

/** Links between the supplies screens this folder adds (and back to the balances home). */
export function DashNav({ current }: { current: 'dashboard' | 'request' | 'count' }) {
  const { t } = useTranslation();
  const links = [
    { key: 'dashboard', href: '#/stock/dashboard' },
    { key: 'request', href: '#/stock/request' },
    { key: 'count', href: '#/stock/count' },
  ] as const;
  return (
    <nav className="dash-nav no-print" aria-label={t('stockdash.navLabel')}>
      {links.map((l) => (
        <a key={l.key} href={l.href} aria-current={l.key === current ? 'page' : undefined}>
          {t(`stockdash.nav.${l.key}`)}
        </a>
      ))}
    </nav>
  );
}
