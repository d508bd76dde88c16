import { useTranslation } from 'react-i18next';

/**
 * The errands screens' tab bar (`#/errands/...`). Each errands screen adds its line here: the route
 * under `errands/` and its label's i18n key. An errand's own page (`#/errands/ID`) lights the list.
 */
const TABS: { path: string; label: string }[] = [
  { path: '', label: 'errands.tabs.post' },
  { path: 'runner', label: 'runner.tab' },
  { path: 'cash', label: 'cash.tab' },
];
/** Screens without a tab of their own light the one they are reached from. */
const UNDER: Record<string, string> = { print: 'runner' };

/** `current` is the first segment after `errands/`, '' for the list (and an errand's page). */
export function ErrandsTabs({ current }: { current: string }) {
  const { t } = useTranslation();
  const here = UNDER[current] ?? (TABS.some((tab) => tab.path === current) ? current : '');
  return (
    <nav className="stock-tabs no-print" aria-label={t('nav.errands')}>
      {TABS.map((tab) => (
        <a
          key={tab.path}
          href={tab.path ? `#/errands/${tab.path}` : '#/errands'}
          className={tab.path === here ? 'stock-tab active' : 'stock-tab'}
          aria-current={tab.path === here ? 'page' : undefined}
        >
          {t(tab.label)}
        </a>
      ))}
    </nav>
  );
}
