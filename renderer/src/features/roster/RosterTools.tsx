import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Out } from '../../../../electron/api/contract';
import { rosterContract } from '../../../../electron/api/roster/contract';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { downloadBase64 } from '../../app/download';
import { go } from '../../app/route';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { currentLang } from '../../i18n/words';

/** roster.generate's own input: the first day and the range, which are also the view's. */
const Input = rosterContract['roster.generate'].input;
type Form = z.input<typeof Input>;
export const RANGES = [7, 14, 28];

/**
 * The roster's bar: the first day and the range shown (a valid change moves the view at once, kept
 * in the address) and generating the roster for them (the button or Enter), printing, exporting.
 */
export function RosterTools({
  start,
  days,
  hint,
  onGenerated,
}: {
  start: string;
  days: number;
  hint: string;
  onGenerated: (r: Out<'roster.generate'>) => void;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const generate = useApiMutation('roster.generate', { toastErrors: false });
  const { register, handleSubmit, setError, getValues, formState } = useForm<
    Form,
    unknown,
    z.output<typeof Input>
  >({
    resolver: worded(zodResolver(Input)),
    // The address is the source of truth: going back or forward shows its day and range here.
    values: { from: start, days },
  });
  const e = formState.errors;
  const show = () => {
    const v = Input.safeParse(getValues());
    if (v.success) go(`roster/${v.data.from}/${v.data.days}`);
  };
  const submit = handleSubmit(async (v) => {
    try {
      onGenerated(await generate.mutateAsync(v));
    } catch (x) {
      if (!landServerErrors(x, setError, ['from', 'days'])) notify((x as Error).message, 'error');
    }
  });
  return (
    <form className="card row roster-tools no-print" onSubmit={(ev) => void submit(ev)} noValidate>
      <label className="field">
        <span>{t('roster.from')}</span>
        <input type="date" {...register('from', { onChange: show })} aria-invalid={!!e.from} />
        {e.from && <em className="field-error">{e.from.message}</em>}
      </label>
      <label className="field">
        <span>{t('roster.days')}</span>
        <select {...register('days', { valueAsNumber: true, onChange: show })} aria-invalid={!!e.days}>
          {RANGES.map((d) => (
            <option key={d} value={d}>
              {t('roster.nDays', { n: d })}
            </option>
          ))}
        </select>
        {e.days && <em className="field-error">{e.days.message}</em>}
      </label>
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {t('roster.generate')}
      </button>
      <button type="button" onClick={() => go(`roster-print/${start}/${days}`)}>
        {t('roster.print')}
      </button>
      <button
        type="button"
        onClick={() =>
          void call('roster.exportXlsx', { from: start, days, lang: currentLang() }).then(
            (f) => downloadBase64(f.fileName, f.dataBase64),
            (x: Error) => notify(x.message, 'error'),
          )
        }
      >
        {t('roster.export')}
      </button>
      <span className="muted">{hint}</span>
    </form>
  );
}
