import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CHECK_METHODS } from '../../../../db/schema/enums';
import { msg } from '../../../../electron/api/shared/reason';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { hasStarted, usePostClock } from './clock';
import { MAX_C, MIN_C, parseEntry } from './entry';
import { type RoundCell, type RoundRow, slotLabel } from './types';

/** Each member's entry for one slot; an empty one is left out (not every member reports). */
const Form = z.object({
  slot: z.string(),
  method: z.enum(CHECK_METHODS),
  entries: z.array(
    z.object({
      entry: z
        .string()
        .refine(
          (s) => s.trim() === '' || parseEntry(s) !== null,
          msg('temperature_range', { min: MIN_C, max: MAX_C }),
        ),
    }),
  ),
});
type Values = z.input<typeof Form>;

/**
 * A household reports all its members at once (the WeChat way): one dialog, each member's
 * temperature, one save (`via: household`). Enter moves to the next member, and saves on the last.
 */
export function HouseholdDialog({
  members,
  day,
  perDay,
  method,
  onDone,
}: {
  members: RoundRow[];
  day: string;
  perDay: number;
  method: (typeof CHECK_METHODS)[number];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const record = useApiMutation('health.record', { toastErrors: false });
  const clock = usePostClock();
  // A slot takes an entry once its window has opened, until it has a reading.
  const open = (c: RoundCell | undefined) =>
    !!c &&
    (c.state === 'not_reached' ||
      c.state === 'missed' ||
      (c.state === 'due' && hasStarted(day, c.starts, clock)));
  const firstOpen = [...Array(perDay).keys()].find((s) =>
    members.some((m) => m.cells.some((c) => c.slot === s && open(c))),
  );
  const { register, handleSubmit, watch, setError, formState } = useForm<Values>({
    resolver: worded(zodResolver(Form)),
    defaultValues: { slot: String(firstOpen ?? 0), method, entries: members.map(() => ({ entry: '' })) },
  });
  const slot = Number(watch('slot'));
  const cellOf = (m: RoundRow) => m.cells.find((c) => c.slot === slot);
  const submit = handleSubmit(async (v) => {
    const checks = members.flatMap((m, i) => {
      const cell = cellOf(m);
      const entry = parseEntry(v.entries[i]?.entry ?? '');
      return cell && entry && open(cell) ? [{ slotId: cell.slotId, method: v.method, ...entry }] : [];
    });
    if (checks.length === 0) {
      setError('root.server', { message: t('health.round.nothingDue') });
      return;
    }
    try {
      const out = await record.mutateAsync({ checks, via: 'household' });
      notify(t('health.round.saved', { count: out.written }), 'success');
      onDone();
    } catch (e) {
      setError('root.server', { message: (e as Error).message });
    }
  });
  const room = members[0]?.room ?? '';
  const title = t('health.round.householdTitle', { room });
  const e = formState.errors;
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('health.save')}
      submitting={formState.isSubmitting}
    >
      <div className="grid-2">
        <label className="field">
          <span>{t('health.round.slotPick')}</span>
          <select {...register('slot')}>
            {[...Array(perDay).keys()].map((s) => (
              <option key={s} value={String(s)}>
                {slotLabel(t, s, perDay)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('health.round.method')}</span>
          <select {...register('method')}>
            {CHECK_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`checkMethod.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="table household-table">
        <tbody>
          {members.map((m, i) => {
            const cell = cellOf(m);
            const can = open(cell);
            const err = e.entries?.[i]?.entry?.message;
            return (
              <tr key={m.episodeId}>
                <td className="nowrap">{m.name}</td>
                <td>
                  {can ? (
                    <input
                      {...register(`entries.${i}.entry`)}
                      aria-label={`${m.name} ${t('health.temperature')}`}
                      aria-invalid={!!err}
                      inputMode="decimal"
                      autoComplete="off"
                      autoFocus={i === members.findIndex((x) => open(cellOf(x)))}
                      data-member
                      onKeyDown={(ev) => {
                        if (ev.key !== 'Enter') return;
                        const all = [
                          ...(ev.currentTarget.form?.querySelectorAll<HTMLInputElement>(
                            'input[data-member]',
                          ) ?? []),
                        ];
                        const next = all[all.indexOf(ev.currentTarget) + 1];
                        if (!next) return;
                        ev.preventDefault();
                        next.focus();
                      }}
                    />
                  ) : (
                    <span className="muted">
                      {cell?.temperature !== null && cell?.temperature !== undefined
                        ? cell.temperature.toFixed(1)
                        : cell
                          ? t(`slotState.${cell.state}`)
                          : ''}
                    </span>
                  )}
                  {err && <em className="field-error">{err}</em>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t('health.round.householdKeys')}</p>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
