import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../electron/api/overview/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { BackupWarning } from '../backups/BackupWarning';
import { FirstSteps } from './FirstSteps';
import { OnDuty } from './OnDuty';

function ClosureBanner({ o }: { o: Overview }) {
  const { t } = useTranslation();
  const { state, day, of } = o.closure;
  const text =
    state === 'in_progress'
      ? t('overview.closureDay', { day, of })
      : state === 'overdue'
        ? t('overview.closureOverdue', { day, of })
        : state === 'lifted'
          ? t('overview.closureLifted', { day })
          : state === 'not_started'
            ? t('overview.closureNotStarted', { of })
            : t('overview.closureNotSet');
  const pct = day && state !== 'not_set' ? Math.min(100, Math.round((day / of) * 100)) : 0;
  return (
    <section className={`closure closure-${state}`} aria-label="closure">
      <div className="closure-text" data-testid="closure-day">
        {text}
      </div>
      <div className="progress" aria-hidden>
        <div className="progress-bar" style={{ width: `${pct}%` }} />
      </div>
      <div className="muted">{t('overview.today', { today: o.today })}</div>
    </section>
  );
}

type StatProps = {
  label: string;
  value: number;
  unit: string;
  testId?: string;
  href?: string;
  warn?: boolean;
};

/** One count on the overview; with `href` it opens the screen behind it. */
function Stat({ label, value, unit, testId, href, warn }: StatProps) {
  const body = (
    <>
      <div className="stat-label">{label}</div>
      <div className={warn ? 'stat-value warn-text' : 'stat-value'} data-testid={testId}>
        {value.toLocaleString()}
        {unit && <small>{unit}</small>}
      </div>
    </>
  );
  return href ? (
    <a className="stat" href={href}>
      {body}
    </a>
  ) : (
    <div className="stat">{body}</div>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const query = useApiQuery('overview.get', {});
  return (
    <QueryState query={query}>
      {(o) => (
        <div className="overview">
          <section className="card compound-card">
            {o.compound.name ? (
              <>
                <h2 data-testid="compound-name">{o.compound.name}</h2>
                <p className="muted">
                  {[o.compound.city, o.compound.district, o.compound.town].filter(Boolean).join(' · ')}
                  {o.compound.address && ` — ${o.compound.address}`}
                </p>
              </>
            ) : (
              <p>
                {t('overview.noCompound')} <a href="#/settings">{t('overview.setUp')}</a>
              </p>
            )}
            <ClosureBanner o={o} />
          </section>
          <BackupWarning />
          <FirstSteps />
          <div className="stats">
            {(
              [
                ['households', o.counts.households, 'householdsUnit', 'count-households'],
                ['residents', o.counts.residents, 'residentsUnit', 'count-residents'],
                ['buildings', o.counts.buildings, 'buildingsUnit', 'count-buildings'],
                ['elderly', o.counts.elderly, 'residentsUnit', 'count-elderly'],
                ['children', o.counts.children, 'residentsUnit', 'count-children'],
                ['notVisited', o.counts.notVisited, 'roomsUnit', 'count-not-visited'],
              ] as const
            ).map(([label, value, unit, testId]) => (
              <Stat
                key={label}
                label={t(`overview.${label}`)}
                value={value}
                unit={t(`overview.${unit}`)}
                testId={testId}
              />
            ))}
          </div>
          <p className="muted">
            {t('overview.vacantUnknown', { vacant: o.counts.vacantRooms, unknown: o.counts.unknownRooms })}
          </p>
          <OnDuty />
          <div className="stats stats-care">
            <Stat
              href="#/hotels"
              label={t('overview.inHotel')}
              value={o.counts.inHotel}
              unit={t('overview.residentsUnit')}
              testId="count-in-hotel"
            />
            <Stat
              href="#/hotels"
              label={t('overview.notContacted')}
              value={o.counts.notContactedToday}
              unit={t('overview.residentsUnit')}
              warn={o.counts.notContactedToday > 0}
            />
            <Stat
              href="#/returnees"
              label={t('overview.undecided')}
              value={o.counts.undecidedReturnees}
              unit={t('overview.residentsUnit')}
            />
            <Stat
              href="#/hotels"
              label={t('care.feverAlerts')}
              value={o.counts.feverAlerts}
              unit={t('overview.residentsUnit')}
              testId="count-fever-alerts"
              warn={o.counts.feverAlerts > 0}
            />
            <Stat
              href="#/hotels"
              label={t('care.awaiting')}
              value={o.counts.awaitingPlacement}
              unit={t('overview.residentsUnit')}
              testId="count-awaiting"
              warn={o.counts.awaitingPlacement > 0}
            />
            <Stat
              href="#/errands?scope=stale"
              label={t('overview.errandsStale')}
              value={o.counts.errandsStale}
              unit={t('overview.errandsUnit')}
              testId="count-errands-stale"
              warn={o.counts.errandsStale > 0}
            />
          </div>
          {o.feverAlerts.length > 0 && (
            <section className="card fever-alerts" data-testid="overview-fever-alerts" role="alert">
              <h3>{t('care.feverAlertsList', { count: o.feverAlerts.length })}</h3>
              <div className="chips">
                {o.feverAlerts.map((a) => (
                  <a key={a.contactId} className="chip" href={`#/returnee/${a.returneeId}`}>
                    {a.name}
                    {a.hotel && ` · ${a.hotel} ${a.room ?? ''}`} ·{' '}
                    {t('care.feverAlertLine', { temperature: a.temperature, at: formatInstant(a.at) })}
                  </a>
                ))}
              </div>
            </section>
          )}
          {o.awaiting.length > 0 && (
            <section className="card" data-testid="overview-awaiting">
              <h3>{t('care.awaitingList', { count: o.awaiting.length })}</h3>
              <div className="chips">
                {o.awaiting.map((a) => (
                  <a key={a.returneeId} className="chip" href={`#/returnee/${a.returneeId}`}>
                    {a.name}
                    {a.address && ` · ${a.address}`} ·{' '}
                    {t('care.waitingSince', { at: formatInstant(a.decidedAt) })}
                  </a>
                ))}
              </div>
            </section>
          )}
        </div>
      )}
    </QueryState>
  );
}
