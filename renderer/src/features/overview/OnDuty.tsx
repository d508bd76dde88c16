import { useTranslation } from 'react-i18next';
import type { Out } from '../../../../electron/api/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';

type Duty = Out<'roster.onDuty'>;
type Clash = Duty['doubleBooked'][number]['shift'];
const place = (c: Clash) => `${c.post} ${c.name} ${formatInstant(c.startsAt).slice(5)}`;

/**
 * Who is at the gates now — present means signed in, not merely rostered; a post with nobody present
 * is red — and who is next; double bookings still in the roster, in red.
 */
export function OnDuty() {
  const { t } = useTranslation();
  const duty = useApiQuery('roster.onDuty', {});
  const d = duty.data;
  if (!d || (d.posts.length === 0 && d.next.length === 0 && d.doubleBooked.length === 0)) return null;
  const list = (shifts: Duty['now'], withPresence: boolean) => (
    <ul>
      {shifts.map((s) => (
        <li key={s.id}>
          <strong>{s.post}</strong> {s.name}
          {t('punct.open')}
          {formatInstant(s.startsAt).slice(11)}–{formatInstant(s.endsAt).slice(11)}
          {t('punct.close')}
          {t('punct.colon')}
          {s.staff.length === 0 && t('overview.nobody')}
          {s.staff.map((p, i) => (
            <span key={p.id} className={withPresence ? `presence-${p.presence}` : undefined}>
              {i > 0 && t('punct.list')}
              {p.name} {p.phone}
              {withPresence && `${t('punct.open')}${t(`overview.presence.${p.presence}`)}${t('punct.close')}`}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="card on-duty" data-testid="on-duty">
      <div>
        <h3>{t('overview.dutyNow')}</h3>
        <ul className="plain" aria-label={t('overview.gates')}>
          {d.posts.map((p) => (
            <li
              key={p.postId}
              className={p.present > 0 ? 'gate-post guarded' : 'gate-post unguarded'}
              data-testid={`gate-${p.post}`}
            >
              <strong>{p.post}</strong>
              <span>
                {p.present > 0
                  ? t('overview.presentCount', { n: p.present })
                  : p.shifts > 0
                    ? t('overview.nobodyPresent')
                    : `${t('overview.nobodyPresent')}${t('punct.open')}${t('overview.noShift')}${t('punct.close')}`}
              </span>
            </li>
          ))}
        </ul>
        {list(d.now, true)}
      </div>
      <div>
        <h3>{t('overview.dutyNext')}</h3>
        {list(d.next, false)}
      </div>
      {d.doubleBooked.length > 0 && (
        <div className="error-box wide" data-testid="double-booked">
          <strong>{t('overview.doubleBooked')}</strong>
          <ul>
            {d.doubleBooked.map((x) => (
              <li key={`${x.shift.shiftId}-${x.staffId}`}>
                {t('overview.doubleBookedLine', {
                  name: x.name,
                  shift: place(x.shift),
                  others: x.clashes.map(place).join(t('punct.list')),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
