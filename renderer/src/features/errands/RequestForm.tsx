import { zodResolver } from '@hookform/resolvers/zod';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ERRAND_CHANNELS, ERRAND_KINDS, ERRAND_PAYERS, ERRAND_URGENCIES } from '../../../../db/schema/enums';
import { errandsContract } from '../../../../electron/api/errands/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { num } from '../stock/places';
import { HouseholdPicker, type PickedHousehold } from './HouseholdPicker';
import { errandNo, yuanToFen } from './words';

const Input = errandsContract['errands.add'].input;
type Form = z.input<typeof Input>;
const LINE = { what: '', qty: 1, note: '' };
const FIELDS = ['householdId', 'kind', 'urgency', 'channel', 'payer', 'budgetFen', 'note', 'lines'] as const;
const blank = (channel: Form['channel'] = 'phone'): Form =>
  ({ kind: 'groceries', urgency: 'today', channel, payer: 'household', lines: [LINE], note: '' }) as Form;

/**
 * 登记需求: a request typed without the mouse. The household by building-room or name (Enter picks),
 * the lines (Enter adds one; Enter on an empty last line goes on to the kind), kind, urgency,
 * channel, payer, budget in yuan (sent in fen), note. Ctrl+Enter, or Enter in the note, saves; the
 * form clears (the channel stays: requests from one WeChat group come in a row) and the household
 * field has the focus again. What came of the last save is said under the form.
 */
export function RequestForm() {
  const { t } = useTranslation();
  const notify = useToast();
  const add = useApiMutation('errands.add', { toastErrors: false });
  const householdRef = useRef<HTMLInputElement | null>(null);
  const [picked, setPicked] = useState<PickedHousehold | null>(null);
  const [last, setLast] = useState<string | null>(null);
  // Each saved request remounts the fields: a field the reset leaves undefined (the budget) would
  // otherwise read its old text back from the page.
  const [round, setRound] = useState(0);
  const { register, handleSubmit, setError, setValue, setFocus, reset, control, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: blank(),
  });
  const lines = useFieldArray({ control, name: 'lines' });
  // What this household asked for and is still open: a second call about the same thing is seen.
  const openHere = useApiQuery(
    'errands.list',
    { scope: 'open', householdId: picked?.id ?? 1, limit: 5 },
    { enabled: picked !== null },
  );
  const submit = handleSubmit(async (v) => {
    try {
      const made = await add.mutateAsync(v);
      const said =
        made.runnerId !== null
          ? t('errands.savedTo', { no: errandNo(made.no), runner: made.runnerName })
          : t('errands.savedWaiting', { no: errandNo(made.no) });
      setLast(`${picked?.label ?? ''} · ${said}`);
      notify(said, 'success');
      reset(blank(v.channel));
      setRound((n) => n + 1);
      setPicked(null);
      householdRef.current?.focus();
    } catch (e) {
      const fields = [
        ...FIELDS,
        ...lines.fields.flatMap((_, i) => ['what', 'qty', 'note'].map((k) => `lines.${i}.${k}`)),
      ];
      if (!landServerErrors(e, setError, fields)) setError('root.server', { message: (e as Error).message });
    }
  });
  const onKey = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    const el = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      void submit();
      return;
    }
    const line = el.dataset.line;
    if (line !== undefined) {
      e.preventDefault();
      const i = Number(line);
      const what = (el.closest('tr')?.querySelector('input[data-part="what"]') as HTMLInputElement | null)
        ?.value;
      if (i === lines.fields.length - 1 && i > 0 && !what?.trim()) {
        lines.remove(i);
        setFocus('kind');
      } else if (i === lines.fields.length - 1) lines.append(LINE);
      else setFocus(`lines.${i + 1}.what`);
      return;
    }
    if (el.tagName === 'INPUT' && el.id !== 'errand-budget' && el.id !== 'errand-note') e.preventDefault();
    if (el.id === 'errand-budget') {
      e.preventDefault();
      setFocus('note');
    }
    // Enter in the note is the form's own submit.
  };
  const e = formState.errors;
  const choice = (name: 'kind' | 'urgency' | 'channel' | 'payer', keys: readonly string[], label: string) => (
    <label className="field">
      <span>{label}</span>
      <select {...register(name)}>
        {keys.map((k) => (
          <option key={k} value={k}>
            {t(`errand${name[0]?.toUpperCase()}${name.slice(1)}.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      className="card errand-form"
      aria-label={t('errands.newTitle')}
      onSubmit={(ev) => void submit(ev)}
      onKeyDown={onKey}
      noValidate
    >
      <h2>{t('errands.newTitle')}</h2>
      <HouseholdPicker
        picked={picked}
        inputRef={householdRef}
        error={e.householdId ? t('errands.pickHousehold') : undefined}
        onPick={(h) => {
          setPicked(h);
          setValue('householdId', h.id, { shouldValidate: formState.isSubmitted });
          setFocus('lines.0.what');
        }}
      />
      {picked && openHere.data && openHere.data.total > 0 && (
        <p className="muted small errand-open-here">
          {t('errands.openHere', { count: openHere.data.total })}
          {openHere.data.rows.map((r) => (
            <a key={r.id} href={`#/errands/${r.id}`} tabIndex={-1}>
              {errandNo(r.no)} {r.summary}
              {t('punct.open')}
              {t(`errandState.${r.state}`)}
              {t('punct.close')}
            </a>
          ))}
        </p>
      )}
      <table className="errand-lines" aria-label={t('errands.lines')}>
        <thead>
          <tr>
            <th>{t('errands.what')}</th>
            <th>{t('errands.qty')}</th>
            <th>{t('errands.lineNote')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {lines.fields.map((f, i) => (
            <tr key={f.id}>
              <td>
                <input
                  {...register(`lines.${i}.what`)}
                  data-line={i}
                  data-part="what"
                  aria-label={`${t('errands.what')} ${i + 1}`}
                  aria-invalid={!!e.lines?.[i]?.what}
                />
                {e.lines?.[i]?.what && <em className="field-error">{e.lines[i].what.message}</em>}
              </td>
              <td className="qty">
                <input
                  type="number"
                  min={1}
                  {...register(`lines.${i}.qty`, { setValueAs: num })}
                  data-line={i}
                  aria-label={`${t('errands.qty')} ${i + 1}`}
                />
                {e.lines?.[i]?.qty && <em className="field-error">{e.lines[i].qty.message}</em>}
              </td>
              <td>
                <input
                  {...register(`lines.${i}.note`)}
                  data-line={i}
                  aria-label={`${t('errands.lineNote')} ${i + 1}`}
                />
              </td>
              <td>
                {lines.fields.length > 1 && (
                  <button
                    type="button"
                    className="link"
                    tabIndex={-1}
                    aria-label={`${t('errands.removeLine')} ${i + 1}`}
                    onClick={() => lines.remove(i)}
                  >
                    ✕
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {e.lines?.root && <em className="field-error">{e.lines.root.message}</em>}
      <div className="errand-choices" key={round}>
        {choice('kind', ERRAND_KINDS, t('errands.kind'))}
        {choice('urgency', ERRAND_URGENCIES, t('errands.urgency'))}
        {choice('channel', ERRAND_CHANNELS, t('errands.channel'))}
        {choice('payer', ERRAND_PAYERS, t('errands.payer'))}
        <label className="field narrow">
          <span>{t('errands.budget')}</span>
          <input
            id="errand-budget"
            inputMode="decimal"
            {...register('budgetFen', { setValueAs: yuanToFen })}
          />
          {e.budgetFen && <em className="field-error">{e.budgetFen.message}</em>}
        </label>
        <label className="field wide">
          <span>{t('errands.note')}</span>
          <input id="errand-note" {...register('note')} />
          {e.note && <em className="field-error">{e.note.message}</em>}
        </label>
      </div>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('errands.save')}
        </button>
        <span className="muted small">{t('errands.keys')}</span>
      </div>
      {last && (
        <p className="errand-last" role="status">
          {last}
        </p>
      )}
    </form>
  );
}
