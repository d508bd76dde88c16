/** The text alternatives of the dashboard's charts: the same figures as tables, each item a link to its ledger. */
import { useTranslation } from 'react-i18next';
import { wordReason } from '../../i18n/words';
import { type Cover, type Daily, dailyItems } from './DashCharts';

export const ledgerHref = (itemId: string) => `#/stock/ledger?item=${encodeURIComponent(itemId)}`;

export function CoverTable({ cover, levels }: { cover: Cover; levels: Map<string, number> }) {
  const { t } = useTranslation();
  return (
    <table className="table dash-table" aria-label={t('stockdash.coverTable')}>
      <thead>
        <tr>
          <th>{t('stockdash.item')}</th>
          <th className="num">{t('stockdash.onHand')}</th>
          <th className="num">{t('stockdash.reorderLevel')}</th>
          <th className="num">{t('stockdash.issuedWeek')}</th>
          <th className="num">{t('stockdash.days')}</th>
          <th>{t('stockdash.flags')}</th>
        </tr>
      </thead>
      <tbody>
        {cover.items.map((i) => (
          <tr key={i.itemId} className={i.flags.length ? 'flagged' : undefined}>
            <td>
              <a href={ledgerHref(i.itemId)}>{i.item}</a>
            </td>
            <td className={i.onHand < 0 ? 'num bad' : 'num'}>
              {i.onHand} {i.unit}
            </td>
            <td className="num">{levels.get(i.itemId) || '—'}</td>
            <td className="num">{i.issuedLastWeek}</td>
            <td className="num">{i.days ?? '—'}</td>
            <td>{i.flags.map((f) => wordReason(f)).join(t('punct.comma'))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DailyTable({ daily }: { daily: Daily }) {
  const { t } = useTranslation();
  const items = dailyItems(daily);
  return (
    <table className="table dash-table" aria-label={t('stockdash.dailyTable')}>
      <thead>
        <tr>
          <th>{t('stockdash.day')}</th>
          {items.map((i) => (
            <th key={i.itemId} className="num">
              {t('stockdash.itemUnit', { item: i.item, unit: i.unit })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {daily.days.map((d) => (
          <tr key={d.day}>
            <td>{d.day}</td>
            {items.map((i) => (
              <td key={i.itemId} className="num">
                {d.issued[i.itemId] ?? 0}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExpiringTable({ cover }: { cover: Cover }) {
  const { t } = useTranslation();
  if (cover.expiring.length === 0) return <p className="muted">{t('stockdash.noneExpiring')}</p>;
  const left = (day: string) => Math.round((Date.parse(day) - Date.parse(cover.today)) / 86_400_000);
  return (
    <table className="table dash-table" aria-label={t('stockdash.expiringTable')}>
      <thead>
        <tr>
          <th>{t('stockdash.item')}</th>
          <th>{t('stockdash.lot')}</th>
          <th>{t('stockdash.expiresOn')}</th>
          <th className="num">{t('stockdash.qty')}</th>
        </tr>
      </thead>
      <tbody>
        {cover.expiring.map((l) => (
          <tr key={l.lotId} className={left(l.expiresOn) < 0 ? 'flagged' : undefined}>
            <td>
              <a href={ledgerHref(l.itemId)}>{l.item}</a>
            </td>
            <td>{l.lotCode || '—'}</td>
            <td>
              {l.expiresOn}{' '}
              <span className="muted">
                {left(l.expiresOn) < 0
                  ? t('stockdash.expired')
                  : t('stockdash.daysLeft', { count: left(l.expiresOn) })}
              </span>
            </td>
            <td className="num">{l.qty}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
