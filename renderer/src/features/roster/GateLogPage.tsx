import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GATE_KINDS, gateContract } from '../../../../electron/api/gate/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { GateHistory } from './GateHistory';

const LogInput = gateContract['gate.log'].input;
type LogForm = z.input<typeof LogInput>;
const idOrUndefined = (v: unknown) => (v === '' || v === undefined ? undefined : Number(v));
const temperatureOrNull = (v: unknown) => (v === '' || v === undefined || v === null ? null : Number(v));

/**
 * 出入登记: who came in or went out at each post, with who was present at the post then; a person
 * coming in has their temperature taken, and a fever is said at once. Below, the history.
 */
export function GateLogPage() {
  const { t } = useTranslation();
  const session = useApiQuery('session.get', {});
  const posts = useApiQuery('posts.list', {});
  const today = session.data?.today ?? '';
  const [fever, setFever] = useState<{ who: string; temperature: number; threshold: number } | null>(null);
  const log = useApiMutation('gate.log', { toastErrors: false });
  const { register, handleSubmit, formState, setError, setValue, getValues, reset } = useForm<LogForm>({
    resolver: worded(zodResolver(LogInput)),
    defaultValues: { direction: 'in', kind: 'delivery', who: '', note: '', temperature: null },
  });
  // A retired post takes no more entries (its history stays below).
  const open = posts.data?.filter((p) => !p.retiredAt);
  const firstPost = open?.[0]?.id;
  useEffect(() => {
    if (firstPost && !getValues('postId')) setValue('postId', firstPost);
  }, [firstPost, getValues, setValue]);
  const submit = handleSubmit(async (v) => {
    try {
      const r = await log.mutateAsync(v);
      // A fever at the gate is said at once and stays until the next entry.
      setFever(r.fever ? { who: v.who, temperature: v.temperature ?? 0, threshold: r.threshold } : null);
      reset({ ...v, who: '', note: '', temperature: null });
    } catch (e) {
      if (!landServerErrors(e, setError, ['postId', 'who', 'note', 'temperature']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <div className="gate-log">
      <form className="card row" onSubmit={(ev) => void submit(ev)} noValidate>
        <label className="field">
          <span>{t('gate.post')}</span>
          <select {...register('postId', { setValueAs: idOrUndefined })}>
            {open?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('gate.direction')}</span>
          <select {...register('direction')}>
            <option value="in">{t('gate.in')}</option>
            <option value="out">{t('gate.out')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('gate.kind')}</span>
          <select {...register('kind')}>
            {GATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`gate.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{t('gate.who')}</span>
          <input {...register('who')} aria-invalid={!!e.who} />
          {e.who && <em className="field-error">{e.who.message}</em>}
        </label>
        <label className="field narrow">
          <span>{t('gate.temperature')}</span>
          <input
            type="number"
            step="0.1"
            inputMode="decimal"
            {...register('temperature', { setValueAs: temperatureOrNull })}
            aria-invalid={!!e.temperature}
          />
          {e.temperature && <em className="field-error">{e.temperature.message}</em>}
        </label>
        <label className="field grow">
          <span>{t('gate.note')}</span>
          <input {...register('note')} />
          {e.note && <em className="field-error">{e.note.message}</em>}
        </label>
        <button type="submit" className="primary">
          {t('gate.record')}
        </button>
        {fever && (
          <p className="error-box wide" role="alert" data-testid="gate-fever">
            {t('gate.feverAlert', fever)}
          </p>
        )}
        {e.root?.server && (
          <p className="error-box" role="alert">
            {e.root.server.message}
          </p>
        )}
      </form>
      {today && <GateHistory today={today} />}
    </div>
  );
}
