/**
 * The dashboard's charts (recharts). Each has a text table beside it (StockTables.tsx): hidden on
 * screen unless asked for, read by screen readers and printed.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Out } from '../../../../electron/api/contract';
import { go } from '../../app/route';

export type Cover = Out<'stock.cover'>;
export type Daily = Out<'stock.daily'>;

const RED = '#b91c1c';
const AMBER = '#b45309';
const GREEN = '#15803d';
const LINES = ['#1d4ed8', '#b42318', '#15803d', '#7c3aed', '#b45309', '#0e7490'];

const openLedger = (itemId: string) => go(`stock/ledger?item=${encodeURIComponent(itemId)}`);
const short = (name: string) => (name.length > 8 ? `${name.slice(0, 7)}…` : name);

type LevelRow = { itemId: string; item: string; onHand: number; level: number; pct: number };

/** On hand against each item's reorder level, as a share of it: the line at 100% is the level. */
export function levelRows(cover: Cover, levels: Map<string, number>): LevelRow[] {
  return cover.items
    .filter((i) => (levels.get(i.itemId) ?? 0) > 0)
    .map((i) => {
      const level = levels.get(i.itemId) ?? 1;
      return {
        itemId: i.itemId,
        item: i.item,
        onHand: i.onHand,
        level,
        pct: Math.round((i.onHand / level) * 100),
      };
    })
    .sort((a, b) => a.pct - b.pct);
}

/** Ticks at every 100%: the reorder level (100%) is always one of them. */
const hundreds = (rows: LevelRow[]) =>
  Array.from(
    { length: Math.max(2, Math.ceil(Math.max(...rows.map((r) => r.pct), 100) / 100) + 1) },
    (_, i) => i * 100,
  );

export function LevelsChart({ rows }: { rows: LevelRow[] }) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={230}>
      <BarChart data={rows} margin={{ top: 16, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="item" tickFormatter={short} interval={0} fontSize={11} />
        <YAxis unit="%" fontSize={11} width={48} ticks={hundreds(rows)} domain={[0, 'dataMax']} />
        <Tooltip
          separator=""
          formatter={(_v, _n, p) => {
            const r = p.payload as LevelRow;
            return [t('stockdash.levelTip', { onHand: r.onHand, level: r.level, pct: r.pct }), ''];
          }}
        />
        <ReferenceLine y={100} stroke={RED} strokeDasharray="4 2" strokeWidth={1.5} />
        <Bar dataKey="pct" cursor="pointer" onClick={(d) => openLedger((d.payload as LevelRow).itemId)}>
          {rows.map((r) => (
            <Cell key={r.itemId} fill={r.pct < 100 ? RED : r.pct < 150 ? AMBER : GREEN} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

type DaysRow = { itemId: string; item: string; days: number };

export const daysRows = (cover: Cover): DaysRow[] =>
  cover.items.flatMap((i) => (i.days === null ? [] : [{ itemId: i.itemId, item: i.item, days: i.days }]));

export function DaysChart({ rows }: { rows: DaysRow[] }) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={230}>
      <BarChart data={rows} layout="vertical" margin={{ top: 18, right: 24, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" fontSize={11} />
        <YAxis type="category" dataKey="item" width={96} fontSize={11} tickFormatter={short} interval={0} />
        <Tooltip separator="" formatter={(v) => [t('stockdash.daysTip', { days: v }), '']} />
        <ReferenceLine
          x={7}
          stroke={AMBER}
          strokeDasharray="4 2"
          label={{ value: t('stockdash.weekLine'), position: 'top', fontSize: 11, fill: AMBER }}
        />
        <Bar dataKey="days" cursor="pointer" onClick={(d) => openLedger((d.payload as DaysRow).itemId)}>
          {rows.map((r) => (
            <Cell key={r.itemId} fill={r.days < 3 ? RED : r.days < 7 ? AMBER : GREEN} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The items issued most over the closure, one line each (at most six: a chart stays readable). */
export const dailyItems = (daily: Daily) => daily.items.slice(0, LINES.length);

export function DailyChart({ daily }: { daily: Daily }) {
  const { t } = useTranslation();
  const items = dailyItems(daily);
  const data = daily.days.map((d) => ({
    day: d.day.slice(5),
    ...Object.fromEntries(items.map((i) => [i.itemId, d.issued[i.itemId] ?? 0])),
  }));
  return (
    <ResponsiveContainer width="100%" height={230}>
      <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" fontSize={11} />
        <YAxis fontSize={11} width={40} allowDecimals={false} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {items.map((i, k) => (
          <Line
            key={i.itemId}
            dataKey={i.itemId}
            name={t('stockdash.itemUnit', { item: i.item, unit: i.unit })}
            stroke={LINES[k]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
