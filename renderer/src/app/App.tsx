import { useQuery } from '@tanstack/react-query';
import { type ComponentType, Suspense, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useApiQuery } from '../api/hooks';
import { NavIcon } from '../components/NavIcon';
import { OverviewPage } from '../features/overview/OverviewPage';
import { OperatorChooser, OperatorSwitch } from '../features/team/OperatorChooser';
import { MyPinButton } from '../features/team/PinDialogs';
import { type Language, setLanguage } from '../i18n';
import { useOperatorId, useSessionToken } from './operator';
import { useRoute, useRouteQuery } from './route';
import { screen } from './screen';

/**
 * Every screen but the overview is its own chunk, loaded the first time it is opened (issue 11: the
 * overview paints without parsing the code of sixteen other screens).
 */
const DashboardPage = screen(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const AuditPage = screen(() => import('../features/audit/AuditPage'), 'AuditPage');
const BackupsPage = screen(() => import('../features/backups/BackupsPage'), 'BackupsPage');
const BuildingsBoard = screen(() => import('../features/buildings/BuildingsBoard'), 'BuildingsBoard');
const HealthPage = screen(() => import('../features/health/HealthPage'), 'HealthPage');
const HotelsPage = screen(() => import('../features/hotels/HotelsPage'), 'HotelsPage');
const HouseholdFilePage = screen(
  () => import('../features/households/HouseholdFilePage'),
  'HouseholdFilePage',
);
const ImportExportPage = screen(() => import('../features/households/ImportExportPage'), 'ImportExportPage');
const ProgressPage = screen(() => import('../features/households/ProgressPage'), 'ProgressPage');
const VisitSheetPage = screen(() => import('../features/households/VisitSheetPage'), 'VisitSheetPage');
const SearchPage = screen(() => import('../features/residents/SearchPage'), 'SearchPage');
const ReturneeFilePage = screen(() => import('../features/returnees/ReturneeFilePage'), 'ReturneeFilePage');
const ReturneesPage = screen(() => import('../features/returnees/ReturneesPage'), 'ReturneesPage');
const ErrandsPage = screen(() => import('../features/errands/ErrandsPage'), 'ErrandsPage');
const GateLogPage = screen(() => import('../features/roster/GateLogPage'), 'GateLogPage');
const RosterPage = screen(() => import('../features/roster/RosterPage'), 'RosterPage');
const ReportsPage = screen(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const RosterPrintPage = screen(() => import('../features/roster/RosterPrintPage'), 'RosterPrintPage');
const CompoundSettingsPage = screen(
  () => import('../features/settings/CompoundSettingsPage'),
  'CompoundSettingsPage',
);
const StockPage = screen(() => import('../features/stock/StockPage'), 'StockPage');
const TeamPage = screen(() => import('../features/team/TeamPage'), 'TeamPage');

type Page = {
  route: string;
  label: string;
  Page: ComponentType<{ param: string }>;
  nav: boolean;
  parent?: string;
};

/** Only the areas that exist. Later areas add themselves here. */
const PAGES: Page[] = [
  { route: 'overview', label: 'nav.overview', Page: OverviewPage, nav: true },
  { route: 'dashboard', label: 'nav.dashboard', Page: DashboardPage, nav: true },
  { route: 'buildings', label: 'nav.buildings', Page: BuildingsBoard, nav: true },
  {
    route: 'household',
    label: 'household.title',

    Page: HouseholdFilePage,
    nav: false,
    parent: 'buildings',
  },
  { route: 'progress', label: 'nav.progress', Page: ProgressPage, nav: true },
  {
    route: 'visit-sheet',
    label: 'nav.progress',

    Page: VisitSheetPage,
    nav: false,
    parent: 'progress',
  },
  { route: 'search', label: 'nav.search', Page: SearchPage, nav: true },
  { route: 'import', label: 'nav.import', Page: ImportExportPage, nav: true },
  { route: 'returnees', label: 'nav.returnees', Page: ReturneesPage, nav: true },
  {
    route: 'returnee',
    label: 'file.title',

    Page: ReturneeFilePage,
    nav: false,
    parent: 'returnees',
  },
  { route: 'hotels', label: 'nav.hotels', Page: HotelsPage, nav: true },
  { route: 'stock', label: 'nav.stock', Page: StockPage, nav: true },
  { route: 'errands', label: 'nav.errands', Page: ErrandsPage, nav: true },
  { route: 'health', label: 'nav.health', Page: HealthPage, nav: true },
  { route: 'roster', label: 'nav.roster', Page: RosterPage, nav: true },
  { route: 'staff', label: 'nav.staff', Page: TeamPage, nav: true },
  { route: 'gate', label: 'nav.gate', Page: GateLogPage, nav: true },
  {
    route: 'roster-print',
    label: 'nav.roster',

    Page: RosterPrintPage,
    nav: false,
    parent: 'roster',
  },
  { route: 'reports', label: 'nav.reports', Page: ReportsPage, nav: true },
  { route: 'audit', label: 'nav.audit', Page: AuditPage, nav: true },
  { route: 'settings', label: 'nav.settings', Page: CompoundSettingsPage, nav: true },
  { route: 'backups', label: 'nav.backups', Page: BackupsPage, nav: true },
];

export function App() {
  const { t, i18n } = useTranslation();
  const [route = 'overview', ...rest] = useRoute().split('/');
  const param = rest.join('/');
  const operatorId = useOperatorId();
  const sessionToken = useSessionToken();
  const team = useApiQuery('team.list', {});
  // The host says whom it accepts as on duty (a PIN-holder only with a live session).
  const session = useQuery({
    queryKey: ['session', 'session.get', operatorId, sessionToken],
    queryFn: () => call('session.get', {}),
  });
  const accepted = session.data?.operator?.id;
  const onDuty = team.data?.find((o) => o.id === operatorId && o.id === accepted && o.active && o.canOperate);
  const current = PAGES.find((p) => p.route === route) ?? (PAGES[0] as Page);
  // A household opened from the search (or the visit progress) keeps that screen lit in the menu.
  const from = useRouteQuery().get('from')?.split(/[/?]/)[0];
  const active = PAGES.some((p) => p.nav && p.route === from) ? from : (current.parent ?? current.route);
  // A page opens at its top, not where the previous page was scrolled to (issue 10 #16).
  const content = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the route and its parameter are the trigger
  useLayoutEffect(() => {
    content.current?.scrollTo(0, 0);
  }, [route, param]);

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <div className="brand-title">{session.data?.compound.name || 'Gatepost'}</div>
          <div className="brand-sub">{t('app.subtitle')}</div>
        </div>
        <nav aria-label="main">
          {PAGES.filter((p) => p.nav).map((p) => (
            <a
              key={p.route}
              href={`#/${p.route}`}
              className={p.route === active ? 'nav-item active' : 'nav-item'}
            >
              <span className="nav-icon" aria-hidden>
                <NavIcon name={p.route} />
              </span>
              {t(p.label)}
            </a>
          ))}
        </nav>
        <div className="sidebar-foot">
          <label className="lang">
            {t('lang.label')}
            <select
              value={i18n.language}
              onChange={(e) => void setLanguage(e.target.value as Language)}
              aria-label={t('lang.label')}
            >
              <option value="zh-CN">{t('lang.zh')}</option>
              <option value="en">{t('lang.en')}</option>
            </select>
          </label>
        </div>
      </aside>
      <div className="main">
        <header className="topbar">
          <h1>{t(current.label)}</h1>
          <div className="operator-bar">
            {team.data && <OperatorSwitch team={team.data} current={onDuty ?? null} />}
            {onDuty && <MyPinButton me={onDuty} />}
          </div>
        </header>
        <main className="content" ref={content}>
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            <current.Page key={`${current.route}/${param}`} param={param} />
          </Suspense>
        </main>
      </div>
      {team.data && session.data && !onDuty && <OperatorChooser team={team.data} />}
    </div>
  );
}
