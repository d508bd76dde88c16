import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CASH_ENTRY_KINDS } from '../../../../db/schema/enums';
import { cashContract } from '../../../../electron/api/errands/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { errandNo } from '../errands-run/groups';
import { money, yuanToFen } from './money';

/** What a person fills; the runner is the book's. A reconciliation's difference is not typed here. */
const Entry = cashContract['cash.entry'].input.omit({ runnerId: true, at: true });
type Form = z.input<typeof Entry>;
const KINDS = CASH_ENTRY_KINDS.filter((k) => k !== 'difference');
const FIELDS = ['kind', 'amountFen', 'errandId', 'receiptNo', 'note'] as const;
/** An amount box emptied: the form holds what was typed until the resolver reads it as fen. */
const BLANK = '' as unknown as number;

/** One line in a runner's cash book: advance, spent (with its receipt and errand), collected, refund, handback. */
export function EntryForm({ runnerId }: { runnerId: number }) {
  const { t } = useTranslation();
  const notify = useToast();
  const entry = useApiMutation('cash.entry', { toastErrors: false });
  const errands = useApiQuery('errands.list', { scope: 'all', runnerId, offset: 0, limit: 100 });
  const { register, handleSubmit, setError, reset, formState } = useForm<
    Form,
    unknown,
    z.output<typeof Entry>
  >({
    resolver: worded(zodResolver(Entry)),
    defaultValues: { kind: 'advance', receiptNo: '', note: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await entry.mutateAsync({ runnerId, ...v });
      notify(
        t('cash.entry.saved', { kind: t(`cash.kinds.${v.kind}`), money: money(v.amountFen) }),
        'success',
      );
      // The kind stays for the next line; the boxes empty.
      reset({ kind: v.kind, amountFen: BLANK, errandId: '', receiptNo: '', note: '' });
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <form
      className="card cash-entry"
      aria-label={t('cash.entry.title')}
      onSubmit={(ev) => void submit(ev)}
      noValidate
    >
      <h3>{t('cash.entry.title')}</h3>
      <div className="grid-2">
        <label className="field">
          <span>{t('cash.kind')}</span>
          <select {...register('kind')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`cash.kinds.${k}`)}
              </option>
            ))}
          </select>
          {e.kind && <em className="field-error">{e.kind.message}</em>}
        </label>
        <label className="field">
          <span>{t('cash.entry.amount')}</span>
          <input
            {...register('amountFen', { setValueAs: yuanToFen })}
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={!!e.amountFen}
          />
          {e.amountFen && <em className="field-error">{e.amountFen.message}</em>}
        </label>
        <label className="field">
          <span>{t('cash.entry.errand')}</span>
          <select {...register('errandId', { setValueAs: (v: string) => v || undefined })}>
            <option value="">{t('cash.entry.noErrand')}</option>
            {errands.data?.rows.map((r) => (
              <option key={r.id} value={r.id}>
                {errandNo(r.no)} {r.building}-{r.room} {r.summary}
              </option>
            ))}
          </select>
          {e.errandId && <em className="field-error">{e.errandId.message}</em>}
        </label>
        <label className="field">
          <span>{t('cash.receipt')}</span>
          <input {...register('receiptNo')} aria-invalid={!!e.receiptNo} />
          {e.receiptNo && <em className="field-error">{e.receiptNo.message}</em>}
        </label>
      </div>
      <label className="field">
        <span>{t('cash.note')}</span>
        <input {...register('note')} aria-invalid={!!e.note} />
        {e.note && <em className="field-error">{e.note.message}</em>}
      </label>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('cash.entry.save')}
        </button>
      </div>
    </form>
  );
}
