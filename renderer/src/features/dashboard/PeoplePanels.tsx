/**
 * The dashboard's people parts: where residents are, households by registration and hotel beds; who
 * is on duty at each post now and the next 24 hours' coverage. Each chart has its table.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Dashboard } from '../../../../electron/api/dashboard/contract';
import { go } from '../../app/route';
import { Fig, Panel } from './Panel';

const BLUE = '#1d4ed8';
const GREEN = '#15803d';
const AMBER = '#b45309';
const RED = '#b91c1c';

const WHERE = ['inCompound', 'inHotel', 'inHospital', 'away', 'awaiting'] as const;
/** Where each figure's list is. */
const WHERE_HREF: Record<(typeof WHERE)[number], string> = {
  inCompound: 'search',
  inHotel: 'hotels',
  inHospital: 'search',
  away: 'search',
  awaiting: 'hotels',
};

export function OccupancyPanel({ o }: { o: Dashboard['occupancy'] }) {
  const { t } = useTranslation();
  const rows = WHERE.map((k) => ({ key: k, label: t(`dash.occupancy.${k}`), n: o.residents[k] }));
  const regs = (['notVisited', 'registered', 'verified'] as const).map((k) => ({
    key: k,
    label: t(`dash.occupancy.${k}`),
    n: o.households[k],
  }));
  return (
    <Panel
      testId="board-occupancy"
      title={t('dash.occupancy.title')}
      href="buildings"
      chart={
        <ResponsiveContainer width="100%" height={170}>
          <BarChart data={rows} layout="vertical" margin={{ top: 2, right: 24, bottom: 2, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" fontSize={11} allowDecimals={false} />
            <YAxis type="category" dataKey="label" fontSize={11} width={92} interval={0} />
            <Tooltip />
            <Bar
              dataKey="n"
              name={t('dash.occupancy.people')}
              fill={BLUE}
              cursor="pointer"
              label={{ position: 'right', fontSize: 11 }}
              onClick={(d) => go(WHERE_HREF[(d.payload as (typeof rows)[number]).key])}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="board-table">
          <caption>{t('dash.occupancy.residents')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.occupancy.status')}</th>
              <th scope="col">{t('dash.occupancy.people')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>
                  <Fig href={WHERE_HREF[r.key]}>{r.n}</Fig>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      foot={
        <>
          <div data-testid="board-households">
            {t('dash.occupancy.householdsIs')}
            {regs.map((r) => (
              <span key={r.key} className="board-fig">
                {r.label} <Fig href="progress">{r.n}</Fig>
              </span>
            ))}
          </div>
          <div data-testid="board-beds">
            {t('dash.occupancy.bedsIs')}
            {o.hotels.length === 0 ? (
              <span className="muted"> {t('dash.notSet')}</span>
            ) : (
              o.hotels.map((h) => (
                <span key={h.id} className="board-fig">
                  {h.name}{' '}
                  <Fig href="hotels">{t('dash.occupancy.bedsOf', { used: h.used, total: h.total })}</Fig>
                </span>
              ))
            )}
          </div>
        </>
      }
    />
  );
}

export function ShiftsPanel({ s }: { s: Dashboard['shifts'] }) {
  const { t } = useTranslation();
  const keys = [
    ['present', GREEN],
    ['late', AMBER],
    ['missing', RED],
  ] as const;
  // Present counts those signed in late too: the bar shows on time, late and missing side by side.
  const rows = s.posts.map((p) => ({ ...p, onTime: p.present - p.late }));
  return (
    <Panel
      testId="board-shifts"
      title={t('dash.shifts.title')}
      href="gate"
      chart={
        <ResponsiveContainer width="100%" height={170}>
          <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 2, left: -18 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="post" fontSize={11} interval={0} />
            <YAxis fontSize={11} allowDecimals={false} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            <Bar
              dataKey="onTime"
              stackId="a"
              name={t('dash.shifts.present')}
              fill={GREEN}
              onClick={() => go('gate')}
            />
            <Bar
              dataKey="late"
              stackId="a"
              name={t('dash.shifts.late')}
              fill={AMBER}
              onClick={() => go('gate')}
            />
            <Bar
              dataKey="missing"
              stackId="a"
              name={t('dash.shifts.missing')}
              fill={RED}
              onClick={() => go('roster')}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="board-table">
          <caption>{t('dash.shifts.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.shifts.post')}</th>
              {keys.map(([k]) => (
                <th key={k} scope="col">
                  {t(`dash.shifts.${k}`)}
                </th>
              ))}
              <th scope="col">{t('dash.shifts.rostered')}</th>
            </tr>
          </thead>
          <tbody>
            {s.posts.map((p) => (
              <tr key={p.postId} className={p.present === 0 ? 'board-bad' : undefined}>
                <th scope="row">{p.post}</th>
                <td>
                  <Fig href="gate">{p.present}</Fig>
                </td>
                <td>
                  <Fig href="gate">{p.late}</Fig>
                </td>
                <td>
                  <Fig href="roster">{p.missing}</Fig>
                </td>
                <td>
                  <Fig href="roster">{p.rostered}</Fig>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      foot={
        <Fig href="roster" testId="board-next24h">
          <span style={{ color: s.next24h.short > 0 ? RED : undefined }}>
            {t('dash.shifts.next24h', s.next24h)}
          </span>
        </Fig>
      }
    />
  );
}
