import { useTranslation } from 'react-i18next';

/** The health screens' tab bar (`#/health/...`), like the supplies'. */
const TABS: { path: string; label: string }[] = [
  { path: '', label: 'health.tabs.duty' },
  { path: 'round', label: 'health.tabs.round' },
  { path: 'episodes', label: 'health.tabs.episodes' },
  { path: 'medical', label: 'health.tabs.medical' },
];

/** `current` is the first segment after `health/`, '' for the duty screen. */
export function HealthTabs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <nav className="stock-tabs no-print" aria-label={t('nav.health')}>
      {TABS.map((tab) => (
        <a
          key={tab.path}
          href={tab.path ? `#/health/${tab.path}` : '#/health'}
          className={tab.path === current ? 'stock-tab active' : 'stock-tab'}
          aria-current={tab.path === current ? 'page' : undefined}
        >
          {t(tab.label)}
        </a>
      ))}
    </nav>
  );
}
