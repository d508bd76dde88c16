import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { AuditPage } from '../features/audit/AuditPage';
import { OperatorChooser, OperatorSwitch } from '../features/operators/OperatorChooser';
import { OverviewPage } from '../features/overview/OverviewPage';
import { CompoundSettingsPage } from '../features/settings/CompoundSettingsPage';
import { type Language, setLanguage } from '../i18n';
import { useOperatorId } from './operator';
import { useRoute } from './route';

/** Only the areas that exist. Later areas add themselves here. */
const PAGES = [
  { route: 'overview', label: 'nav.overview', icon: '◉', Page: OverviewPage },
  { route: 'audit', label: 'nav.audit', icon: '☰', Page: AuditPage },
  { route: 'settings', label: 'nav.settings', icon: '⚙', Page: CompoundSettingsPage },
] as const;

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const operatorId = useOperatorId();
  const operators = useApiQuery('operators.list', {});
  const compound = useApiQuery('compound.get', {});
  const onDuty = operators.data?.find((o) => o.id === operatorId && o.active);
  const current = PAGES.find((p) => p.route === route) ?? PAGES[0];

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <div className="brand-title">{compound.data?.name || 'Gatepost'}</div>
          <div className="brand-sub">{t('app.subtitle')}</div>
        </div>
        <nav aria-label="main">
          {PAGES.map((p) => (
            <a
              key={p.route}
              href={`#/${p.route}`}
              className={p.route === current.route ? 'nav-item active' : 'nav-item'}
            >
              <span className="nav-icon" aria-hidden>
                {p.icon}
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
          {operators.data && <OperatorSwitch operators={operators.data} current={onDuty ?? null} />}
        </header>
        <main className="content">
          <current.Page />
        </main>
      </div>
      {operators.data && !onDuty && <OperatorChooser operators={operators.data} />}
    </div>
  );
}
