import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../electron/api/overview/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';

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

function Stat({
  label,
  value,
  unit,
  testId,
}: {
  label: string;
  value: number;
  unit: string;
  testId: string;
}) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value" data-testid={testId}>
        {value.toLocaleString()}
        {unit && <small>{unit}</small>}
      </div>
    </div>
  );
}

function OnDuty() {
  const { t } = useTranslation();
  const duty = useApiQuery('roster.onDuty', {});
  if (!duty.data || (duty.data.now.length === 0 && duty.data.next.length === 0)) return null;
  const list = (shifts: typeof duty.data.now) => (
    <ul>
      {shifts.map((s) => (
        <li key={s.id}>
          <strong>{s.post}</strong> {s.name}（{formatInstant(s.startsAt).slice(11)}–
          {formatInstant(s.endsAt).slice(11)}）：
          {s.staff.map((p) => `${p.name} ${p.phone}`).join('、') || t('overview.nobody')}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="card on-duty" data-testid="on-duty">
      <div>
        <h3>{t('overview.dutyNow')}</h3>
        {list(duty.data.now)}
      </div>
      <div>
        <h3>{t('overview.dutyNext')}</h3>
        {list(duty.data.next)}
      </div>
    </section>
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
          <div className="stats">
            <Stat
              label={t('overview.households')}
              value={o.counts.households}
              unit={t('overview.householdsUnit')}
              testId="count-households"
            />
            <Stat
              label={t('overview.residents')}
              value={o.counts.residents}
              unit={t('overview.residentsUnit')}
              testId="count-residents"
            />
            <Stat
              label={t('overview.buildings')}
              value={o.counts.buildings}
              unit={t('overview.buildingsUnit')}
              testId="count-buildings"
            />
            <Stat
              label={t('overview.elderly')}
              value={o.counts.elderly}
              unit={t('overview.residentsUnit')}
              testId="count-elderly"
            />
            <Stat
              label={t('overview.children')}
              value={o.counts.children}
              unit={t('overview.residentsUnit')}
              testId="count-children"
            />
            <Stat
              label={t('overview.notVisited')}
              value={o.counts.notVisited}
              unit={t('overview.roomsUnit')}
              testId="count-not-visited"
            />
          </div>
          <p className="muted">
            {t('overview.vacantUnknown', { vacant: o.counts.vacantRooms, unknown: o.counts.unknownRooms })}
          </p>
          <OnDuty />
          <div className="stats stats-3">
            <a className="stat" href="#/hotels">
              <div className="stat-label">{t('overview.inHotel')}</div>
              <div className="stat-value" data-testid="count-in-hotel">
                {o.counts.inHotel}
                <small>{t('overview.residentsUnit')}</small>
              </div>
            </a>
            <a className="stat" href="#/hotels">
              <div className="stat-label">{t('overview.notContacted')}</div>
              <div className={o.counts.notContactedToday ? 'stat-value warn-text' : 'stat-value'}>
                {o.counts.notContactedToday}
                <small>{t('overview.residentsUnit')}</small>
              </div>
            </a>
            <a className="stat" href="#/returnees">
              <div className="stat-label">{t('overview.undecided')}</div>
              <div className="stat-value">
                {o.counts.undecidedReturnees}
                <small>{t('overview.residentsUnit')}</small>
              </div>
            </a>
          </div>
        </div>
      )}
    </QueryState>
  );
}
