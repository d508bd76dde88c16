import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { stockContract } from '../../../../electron/api/stock/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import type { Acting } from './BalancesScreen';
import { num, placeKey, placeLabel, placeOf } from './places';

const Input = stockContract['stock.issue'].input;
type Form = z.input<typeof Input>;
const KINDS = ['household', 'hotel_guest', 'runner'] as const;
const FIELDS = ['lines.0.qty', 'to', 'to.id', 'place', 'shortReason', 'note', 'lines.0.lotId'] as const;

/** Hand an item out to a household, a hotel guest or a runner, from a place (the lot expiring first). */
export function IssueDialog({ a, onDone }: { a: Acting; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const issue = useApiMutation('stock.issue', { toastErrors: false });
  const places = useApiQuery('stock.places', {});
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: {
      place: placeOf(a.place) ?? { kind: 'store' },
      to: { kind: 'household' },
      lines: [{ itemId: a.item.id, ...(a.lotId ? { lotId: a.lotId } : {}) }],
      note: '',
      shortReason: '',
    },
  });
  const kind = watch('to.kind');
  const found = useApiQuery('stock.recipients', { kind, q, limit: 8 }, { enabled: q.trim() !== '' });
  const place = watch('place') ?? { kind: 'store' };
  const submit = handleSubmit(async (v) => {
    try {
      await issue.mutateAsync(v);
      notify(t('stock.done', { what: `${t('stock.issue')} ${a.item.name} → ${picked ?? ''}` }), 'success');
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  const title = t('stock.issueTitle', { item: a.item.name });
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('stock.issue')}
      submitting={formState.isSubmitting}
    >
      <div className="grid-2">
        <label className="field">
          <span>{t('stock.fromPlace')}</span>
          <select
            value={placeKey(place)}
            onChange={(ev) => setValue('place', placeOf(ev.target.value) ?? { kind: 'store' })}
          >
            {places.data?.map((p) => (
              <option key={placeKey(p)} value={placeKey(p)}>
                {placeLabel(p)}
              </option>
            ))}
          </select>
          {e.place && <em className="field-error">{e.place.message}</em>}
        </label>
        <label className="field">
          <span>{t('stock.toKind')}</span>
          <select
            {...register('to.kind', {
              onChange: () => {
                setPicked(null);
                setValue('to.id', undefined as unknown as number);
              },
            })}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`stockCounterparty.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('stock.recipient')}</span>
        <input
          value={q}
          onChange={(ev) => setQ(ev.target.value)}
          placeholder={t('stock.findRecipient')}
          aria-label={t('stock.findRecipient')}
          autoFocus
        />
        {picked && <strong className="picked">✓ {picked}</strong>}
        {(e.to?.id || e.to) && !picked && <em className="field-error">{t('stock.pickRecipient')}</em>}
      </label>
      {q.trim() !== '' && (
        <ul className="pick-list" aria-label={t('stock.recipient')}>
          {found.data?.length === 0 && <li className="muted">{t('stock.noMatch')}</li>}
          {found.data?.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  setValue('to.id', r.id, { shouldValidate: formState.isSubmitted });
                  setPicked(r.name);
                  setQ('');
                }}
              >
                {r.name}
              </button>{' '}
              <span className="muted">{r.detail}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="grid-2">
        <label className="field">
          <span>
            {t('stock.qty')}
            {t('punct.open')}
            {a.item.unit}
            {t('punct.close')}
          </span>
          <input type="number" min={1} {...register('lines.0.qty', { setValueAs: num })} />
          {e.lines?.[0]?.qty && <em className="field-error">{e.lines[0].qty.message}</em>}
        </label>
        <label className="field">
          <span>{t('stock.note')}</span>
          <input {...register('note')} />
        </label>
      </div>
      <label className="field">
        <span>{t('stock.shortReason')}</span>
        <input {...register('shortReason')} />
        {e.shortReason && <em className="field-error">{e.shortReason.message}</em>}
      </label>
      <p className="muted small">{t('stock.shortHint')}</p>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
