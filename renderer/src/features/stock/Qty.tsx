import { useTranslation } from 'react-i18next';
import { wordReason } from '../../i18n/words';

/** A quantity: below zero in red with "count needed" beside it — never shown as 0. */
export function Qty({ qty, unit }: { qty: number; unit: string }) {
  const { t } = useTranslation();
  if (qty >= 0)
    return (
      <span className="qty">
        {qty} {unit}
      </span>
    );
  return (
    <span className="qty negative" title={wordReason({ code: 'count_needed' })}>
      {qty} {unit} <span className="badge bad">{t('stock.countNeeded')}</span>
    </span>
  );
}
