import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CHECK_METHODS } from '../../../../db/schema/enums';
import { useApiMutation } from '../../api/hooks';
import { worded } from '../../components/form';
import { EntryForm, type EntryValues, parseEntry } from './entry';
import { hhmm, type RoundCell } from './types';

type Props = {
  cell: RoundCell;
  name: string;
  slotName: string;
  threshold: number;
  /** Whether the slot's window has opened: a slot not open yet takes no entry. */
  started: boolean;
  method: (typeof CHECK_METHODS)[number];
};

/**
 * One slot of one person: the reading when there is one (high in red, with "recheck after a rest"
 * and the recheck's own entry beside it), else the entry itself. A slot not reached, or missed, can
 * still be entered when the person is reached later.
 */
export function RoundCellView({ cell, name, slotName, threshold, started, method }: Props) {
  const { t } = useTranslation();
  const reading =
    cell.temperature !== null ? (
      <span
        className={cell.temperature >= threshold ? 'reading hot' : 'reading'}
        title={`${hhmm(cell.at)} ${cell.byName}`}
      >
        {cell.temperature.toFixed(1)}
      </span>
    ) : null;
  if (cell.state === 'abnormal' && cell.recheckDue)
    return (
      <div className="cell-recheck">
        {reading} <span className="badge warn">{t('health.round.recheck')}</span>
        <CellEntry
          slotId={cell.slotId}
          slot={cell.slot}
          label={t('health.round.recheckOf', { name })}
          recheck
          method={method}
        />
      </div>
    );
  if (cell.state === 'due' && !started)
    return <span className="state">{t('health.round.from', { t: cell.starts })}</span>;
  if (cell.state === 'due' || cell.state === 'not_reached' || cell.state === 'missed')
    return (
      <div className="cell-entry" data-state={cell.state}>
        {cell.state !== 'due' && (
          <span className={`state ${cell.state}`}>{t(`slotState.${cell.state}`)}</span>
        )}
        <CellEntry
          slotId={cell.slotId}
          slot={cell.slot}
          label={t('health.round.entryOf', { name, slot: slotName })}
          method={method}
        />
      </div>
    );
  return (
    <div className="cell-done">
      {reading ?? (
        <span className={`state ${cell.state}`} title={`${hhmm(cell.at)} ${cell.byName}`}>
          {t(`slotState.${cell.state}`)}
        </span>
      )}
    </div>
  );
}

/**
 * The keyboard entry of a slot: a temperature and Enter saves it and moves to the next person's
 * cell of the same slot at once (the save runs meanwhile); `/` or `*` in an empty cell saves not
 * reached or refused at a key; arrows move up and down the column.
 */
export function CellEntry({
  slotId,
  slot,
  label,
  recheck = false,
  method,
}: {
  slotId: string;
  slot: number;
  label: string;
  recheck?: boolean;
  method: Props['method'];
}) {
  const { t } = useTranslation();
  const record = useApiMutation('health.record');
  const [sent, setSent] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const { register, handleSubmit, setError, setValue, reset, formState } = useForm<EntryValues>({
    resolver: worded(zodResolver(EntryForm)),
    defaultValues: { entry: '' },
  });
  const submit = handleSubmit((v) => {
    const entry = parseEntry(v.entry);
    if (!entry) return;
    setSent(v.entry);
    if (input.current) moveFrom(input.current, 1);
    record.mutate(
      { checks: [{ slotId, method, recheck, ...entry }], via: 'round' },
      {
        onSuccess: () => {
          setSent(null);
          reset({ entry: '' });
        },
        onError: (e) => {
          setSent(null);
          setError('entry', { type: 'server', message: e.message });
        },
      },
    );
  });
  const { ref, ...field } = register('entry');
  const error = formState.errors.entry?.message;
  if (sent !== null)
    return (
      <span className="reading pending" title={t('health.round.saving')}>
        {sent}…
      </span>
    );
  return (
    <form className="cell-form" onSubmit={(e) => void submit(e)} noValidate>
      <input
        {...field}
        ref={(el) => {
          ref(el);
          input.current = el;
        }}
        className="cell-input"
        data-slot={slot}
        data-recheck={recheck ? '1' : undefined}
        aria-label={label}
        aria-invalid={!!error}
        title={error ?? label}
        inputMode="decimal"
        autoComplete="off"
        onKeyDown={(e) => {
          const el = e.currentTarget;
          if ((e.key === '/' || e.key === '*') && el.value === '') {
            e.preventDefault();
            setValue('entry', e.key);
            void submit();
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            moveFrom(el, e.key === 'ArrowDown' ? 1 : -1);
          }
        }}
      />
      {error && <em className="field-error cell-error">{error}</em>}
    </form>
  );
}

/**
 * Focus the next (or previous) person's entry in the same slot's column, rechecks left out (they
 * come after a rest); past the last, the first entry of the next slot.
 */
function moveFrom(from: HTMLInputElement, dir: 1 | -1): void {
  const column = (slot: string | undefined) =>
    [...document.querySelectorAll<HTMLInputElement>(`input.cell-input[data-slot="${slot}"]`)].filter(
      (el) => el === from || !el.dataset.recheck,
    );
  const here = column(from.dataset.slot);
  const next = here[here.indexOf(from) + dir];
  if (next) {
    next.focus();
    return;
  }
  if (dir === 1) column(String(Number(from.dataset.slot) + 1))[0]?.focus();
}
