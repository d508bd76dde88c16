/**
 * The dashboard's supply and health parts: days of cover per item (red: below its reorder level),
 * today's round completion per building and hotel, and the trends over the closure's days. Each chart
 * has its table; a figure the post does not keep says so ("not set"), never 0.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Dashboard } from '../../../../electron/api/dashboard/contract';
import { go } from '../../app/route';
import { Fig, Panel } from './Panel';

const RED = '#b91c1c';
const GREEN = '#15803d';
const BLUE = '#1d4ed8';
const PURPLE = '#7c3aed';
const LIGHT = '#cbd5e1';

const short = (name: string) => (name.length > 7 ? `${name.slice(0, 6)}…` : name);
const ledger = (itemId: string) => `stock/ledger?item=${encodeURIComponent(itemId)}`;

export function StockPanel({ s }: { s: Dashboard['stock'] }) {
  const { t } = useTranslation();
  // An item with no issue history has no bar and says so (never a 0-day bar).
  const rows = s.items.map((i) => ({
    ...i,
    shown: i.days ?? 0,
    tag: i.days === null ? t('dash.noHistory') : String(i.days),
  }));
  return (
    <Panel
      testId="board-stock"
      title={t('dash.stock.title')}
      href="stock/dashboard"
      chart={
        rows.length === 0 ? (
          <p className="muted">{t('dash.stock.none')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(120, Math.min(210, rows.length * 24 + 30))}>
            <BarChart data={rows} layout="vertical" margin={{ top: 2, right: 30, bottom: 2, left: 4 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" fontSize={11} allowDecimals={false} />
              <YAxis
                type="category"
                dataKey="item"
                tickFormatter={short}
                fontSize={11}
                width={84}
                interval={0}
              />
              <Tooltip
                formatter={(_v, _n, p) => [
                  (p.payload as (typeof rows)[number]).days ?? t('dash.noHistory'),
                  '',
                ]}
              />
              <Bar
                dataKey="shown"
                cursor="pointer"
                onClick={(d) => go(ledger((d.payload as (typeof rows)[number]).itemId))}
              >
                {rows.map((r) => (
                  <Cell key={r.itemId} fill={r.belowReorder ? RED : r.days === null ? LIGHT : GREEN} />
                ))}
                <LabelList dataKey="tag" position="right" fontSize={11} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )
      }
      table={
        <table className="board-table">
          <caption>{t('dash.stock.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.stock.item')}</th>
              <th scope="col">{t('dash.stock.onHand')}</th>
              <th scope="col">{t('dash.stock.reorder')}</th>
              <th scope="col">{t('dash.stock.days')}</th>
            </tr>
          </thead>
          <tbody>
            {s.items.map((i) => (
              <tr key={i.itemId} className={i.belowReorder ? 'board-bad' : undefined}>
                <th scope="row">{i.item}</th>
                <td>
                  <Fig href={ledger(i.itemId)}>{`${i.onHand} ${i.unit}`}</Fig>
                </td>
                <td>{i.reorderLevel > 0 ? i.reorderLevel : t('dash.notSet')}</td>
                <td>{i.days === null ? t('dash.noHistory') : i.days}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function HealthPanel({ h }: { h: Dashboard['health'] }) {
  const { t } = useTranslation();
  const rows = h.completion.map((c) => ({ ...c, left: c.due - c.done }));
  return (
    <Panel
      testId="board-health"
      title={t('dash.health.title')}
      href="health"
      chart={
        !h.slotsMade ? (
          <p className="muted" data-testid="board-rounds-not-started">
            {t('dash.health.notStarted')}
          </p>
        ) : rows.length === 0 ? (
          <p className="muted">{t('dash.health.none')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={130}>
            <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 2, left: -18 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tickFormatter={short} fontSize={11} interval={0} />
              <YAxis fontSize={11} allowDecimals={false} />
              <Tooltip />
              <Bar
                dataKey="done"
                stackId="a"
                name={t('dash.health.done')}
                fill={GREEN}
                onClick={() => go('health')}
              />
              <Bar
                dataKey="left"
                stackId="a"
                name={t('dash.health.due')}
                fill={LIGHT}
                onClick={() => go('health')}
              />
            </BarChart>
          </ResponsiveContainer>
        )
      }
      table={
        <table className="board-table">
          <caption>{t('dash.health.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.health.place')}</th>
              <th scope="col">{t('dash.health.done')}</th>
              <th scope="col">{t('dash.health.due')}</th>
            </tr>
          </thead>
          <tbody>
            {h.completion.map((c) => (
              <tr key={`${c.kind}-${c.id}`}>
                <th scope="row">{c.name}</th>
                <td>
                  <Fig href="health">{c.done}</Fig>
                </td>
                <td>{c.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      foot={
        <>
          <span className="board-fig">
            <Fig href="health" testId="board-abnormal">
              {t('dash.health.abnormal', { n: h.abnormalToday })}
            </Fig>
          </span>
          <span className="board-fig">
            <Fig href="health">{t('dash.health.fevers', { n: h.openFevers })}</Fig>
          </span>
        </>
      }
    />
  );
}

export function TrendsPanel({ tr }: { tr: Dashboard['trends'] }) {
  const { t } = useTranslation();
  const masks = tr.maskItem ? t('dash.trends.masks', { item: tr.maskItem }) : t('dash.trends.masksNone');
  const rows = tr.days.map((d) => ({ ...d, label: d.day.slice(5) }));
  return (
    <Panel
      testId="board-trends"
      title={t('dash.trends.title')}
      href="stock/dashboard"
      chart={
        <ResponsiveContainer width="100%" height={200}>
          <LineChart data={rows} margin={{ top: 4, right: 4, bottom: 2, left: -18 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" fontSize={11} />
            <YAxis yAxisId="n" fontSize={11} allowDecimals={false} />
            {tr.maskItem && <YAxis yAxisId="m" orientation="right" fontSize={11} width={44} />}
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            <Line
              yAxisId="n"
              dataKey="inHotels"
              name={t('dash.trends.inHotels')}
              stroke={BLUE}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="n"
              dataKey="abnormal"
              name={t('dash.trends.abnormal')}
              stroke={RED}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="n"
              dataKey="errandsDone"
              name={t('dash.trends.errandsDone')}
              stroke={GREEN}
              dot={false}
              isAnimationActive={false}
            />
            {tr.maskItem && (
              <Line
                yAxisId="m"
                dataKey="masks"
                name={masks}
                stroke={PURPLE}
                strokeDasharray="4 2"
                dot={false}
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <table className="board-table">
          <caption>{t('dash.trends.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.trends.day')}</th>
              <th scope="col">{t('dash.trends.inHotels')}</th>
              <th scope="col">{t('dash.trends.abnormal')}</th>
              <th scope="col">{t('dash.trends.errandsDone')}</th>
              <th scope="col">{masks}</th>
            </tr>
          </thead>
          <tbody>
            {tr.days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>
                  <Fig href="hotels">{d.inHotels}</Fig>
                </td>
                <td>
                  <Fig href="health">{d.abnormal}</Fig>
                </td>
                <td>
                  <Fig href="errands?scope=all">{d.errandsDone}</Fig>
                </td>
                <td>{d.masks === null ? t('dash.notSet') : d.masks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
