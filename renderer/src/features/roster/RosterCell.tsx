import { useTranslation } from 'react-i18next';
import type { Out } from '../../../../electron/api/contract';
import type { ShiftView } from '../../../../electron/api/roster/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';

type Person = ShiftView['staff'][number];
type Member = Out<'team.list'>[number];

/** "南门 早班 11-30 08:00": where else a double-booked person stands at the same time. */
export function clashText(p: Pick<Person, 'clashes'>, sep: string): string {
  return p.clashes.map((c) => `${c.post} ${c.name} ${formatInstant(c.startsAt).slice(5)}`).join(sep);
}

/**
 * One shift in the week grid: its people (a double booking marked, a late start shown), and a
 * picker to add someone while places are open and the shift is not over.
 */
export function RosterCell({
  s,
  now,
  picked,
  team,
  onPick,
  onAdd,
}: {
  s: ShiftView;
  now: string;
  picked: { shiftId: number; staffId: number } | null;
  team: Member[] | undefined;
  onPick: (p: Person) => void;
  onAdd: (who: Member) => void;
}) {
  const { t } = useTranslation();
  const short = s.staff.filter((p) => p.attendance !== 'no_show').length < s.headcount;
  const over = s.endsAt <= now;
  return (
    <td className={short ? 'short' : ''} data-testid={`cell-${s.post}-${s.name}-${s.day}`}>
      {s.staff.map((p) => {
        const isPicked = picked?.staffId === p.id && picked.shiftId === s.id;
        const clash = p.clashes.length > 0;
        return (
          <span
            key={p.id}
            className={['who', isPicked && 'picked', clash && 'clash'].filter(Boolean).join(' ')}
            title={clash ? t('roster.clashWith', { list: clashText(p, t('punct.semi')) }) : undefined}
          >
            <button type="button" className="link" onClick={() => onPick(p)} title={t(`roles.${p.role}`)}>
              {p.name}
            </button>
            {clash && <span className="clash-mark">{t('roster.clashMark')}</span>}
            {p.fromAt && (
              <span className="small muted">
                {t('roster.fromTime', { time: formatInstant(p.fromAt).slice(11) })}
              </span>
            )}
            {p.pinned && <span title={t('roster.pinned')}>·{t('roster.pinMark')}</span>}
          </span>
        );
      })}
      {short && !over && team && (
        <select
          className="add-who no-print"
          aria-label={t('roster.add')}
          value=""
          onChange={(e) => {
            const who = team.find((x) => x.id === Number(e.target.value));
            if (who) onAdd(who);
          }}
        >
          <option value="">{t('punct.plus')}</option>
          {team
            .filter((x) => x.active && x.role !== 'runner')
            .map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
                {t('punct.open')}
                {t(`roles.${x.role}`)}
                {t('punct.close')}
              </option>
            ))}
        </select>
      )}
    </td>
  );
}
