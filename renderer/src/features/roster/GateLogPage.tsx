import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GATE_KINDS, gateContract } from '../../../../electron/api/gate/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { QueryState } from '../../components/QueryState';

const LogInput = gateContract['gate.log'].input;
type LogForm = z.input<typeof LogInput>;
const idOrUndefined = (v: unknown) => (v === '' || v === undefined ? undefined : Number(v));

/** 出入登记: who came in or went out at each post, with the staff on duty at the time. */
export function GateLogPage() {
  const { t } = useTranslation();
  const session = useApiQuery('session.get', {});
  const posts = useApiQuery('posts.list', {});
  const today = session.data?.today ?? '';
  const list = useApiQuery('gate.list', { day: today }, { enabled: !!today });
  const log = useApiMutation('gate.log', { toastErrors: false });
  const { register, handleSubmit, formState, setError, setValue, getValues, reset } = useForm<LogForm>({
    resolver: worded(zodResolver(LogInput)),
    defaultValues: { direction: 'in', kind: 'delivery', who: '', note: '' },
  });
  const firstPost = posts.data?.[0]?.id;
  useEffect(() => {
    if (firstPost && !getValues('postId')) setValue('postId', firstPost);
  }, [firstPost, getValues, setValue]);
  const submit = handleSubmit(async (v) => {
    try {
      await log.mutateAsync(v);
      reset({ ...v, who: '', note: '' });
    } catch (e) {
      if (!landServerErrors(e, setError, ['postId', 'who', 'note']))
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
            {posts.data?.map((p) => (
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
        <label className="field grow">
          <span>{t('gate.note')}</span>
          <input {...register('note')} />
          {e.note && <em className="field-error">{e.note.message}</em>}
        </label>
        <button type="submit" className="primary">
          {t('gate.record')}
        </button>
        {e.root?.server && (
          <p className="error-box" role="alert">
            {e.root.server.message}
          </p>
        )}
      </form>
      <QueryState query={list}>
        {(rows) => (
          <table className="table" aria-label={t('gate.title')}>
            <thead>
              <tr>
                <th>{t('audit.time')}</th>
                <th>{t('gate.post')}</th>
                <th>{t('gate.direction')}</th>
                <th>{t('gate.kind')}</th>
                <th>{t('gate.who')}</th>
                <th>{t('gate.onDuty')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">{formatInstant(r.at)}</td>
                  <td>{r.post}</td>
                  <td>{t(`gate.${r.direction}`)}</td>
                  <td>{t(`gate.kinds.${r.kind}`)}</td>
                  <td>
                    {r.who}
                    {r.note && <div className="small muted">{r.note}</div>}
                  </td>
                  <td>{r.onDuty || '—'}</td>
                </tr>
              ))}
              {rows.length === 0 && (
                <tr>
                  <td colSpan={6} className="muted">
                    {t('gate.none')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        )}
      </QueryState>
    </div>
  );
}
