import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GATE_KINDS } from '../../../../electron/api/gate/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { type ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';

type Kind = (typeof GATE_KINDS)[number];

/** 出入登记: who came in or went out at each post, with the staff on duty at the time. */
export function GateLogPage() {
  const { t } = useTranslation();
  const overview = useApiQuery('overview.get', {});
  const posts = useApiQuery('posts.list', {});
  const today = overview.data?.today ?? '';
  const list = useApiQuery('gate.list', { day: today }, { enabled: !!today });
  const log = useApiMutation('gate.log', { toastErrors: false });
  const [v, setV] = useState({
    postId: 0,
    direction: 'in' as 'in' | 'out',
    kind: 'delivery' as Kind,
    who: '',
    note: '',
  });
  const [error, setError] = useState<string | null>(null);
  const postId = v.postId || posts.data?.[0]?.id || 0;
  return (
    <div className="gate-log">
      <form
        className="card row"
        onSubmit={(e) => {
          e.preventDefault();
          log.mutateAsync({ ...v, postId }).then(
            () => {
              setV({ ...v, who: '', note: '' });
              setError(null);
            },
            (err: ApiCallError) => setError(err.message),
          );
        }}
      >
        <label className="field">
          <span>{t('gate.post')}</span>
          <select value={postId} onChange={(e) => setV({ ...v, postId: Number(e.target.value) })}>
            {posts.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('gate.direction')}</span>
          <select
            value={v.direction}
            onChange={(e) => setV({ ...v, direction: e.target.value as 'in' | 'out' })}
          >
            <option value="in">{t('gate.in')}</option>
            <option value="out">{t('gate.out')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('gate.kind')}</span>
          <select value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value as Kind })}>
            {GATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`gate.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{t('gate.who')}</span>
          <input value={v.who} onChange={(e) => setV({ ...v, who: e.target.value })} />
        </label>
        <label className="field grow">
          <span>{t('gate.note')}</span>
          <input value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />
        </label>
        <button type="submit" className="primary">
          {t('gate.record')}
        </button>
        {error && (
          <p className="error-box" role="alert">
            {error}
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
