import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In, Out } from '../../../../electron/api/contract';
import type { SearchRow } from '../../../../electron/api/residents/contract';
import { ApiCallError, call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';

type Person = In<'returnees.register'>['members'][number] & { key: number; linked?: SearchRow };
let nextKey = 1;
const blank = (): Person => ({
  key: nextKey++,
  name: '',
  idNumber: '',
  phone: '',
  certificateNo: '',
  symptoms: '',
  wantsVentilation: false,
});
const orNull = (v: string) => (v === '' ? null : v);
/** A datetime-local value is read as post time (UTC+8). */
const postInstant = (v: string) => (v ? `${v}:00+08:00` : null);

function Lookup({ onPick }: { onPick: (r: SearchRow) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<SearchRow[]>([]);
  // A refused look-up (a whole ID number, rate limited or with nobody on duty) says why.
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    if (!q.trim()) return setRows([]);
    const timer = setTimeout(() => {
      call('residents.search', { q, limit: 8 }).then(
        (r) => setRows(r.rows),
        (e: Error) => {
          setRows([]);
          if (e instanceof ApiCallError) setError(e.message);
        },
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <div className="lookup">
      <input
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('intake.find')}
        aria-label={t('intake.find')}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {rows.length > 0 && (
        <div className="lookup-results">
          {rows.map((r) => (
            <button
              key={r.id}
              type="button"
              onClick={() => {
                onPick(r);
                setQ('');
              }}
            >
              <strong>{r.name}</strong> {[r.building, r.unit, r.room].filter(Boolean).join(' ')} ·{' '}
              {r.idNumberMasked ?? '—'}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

export function IntakeForm({ onDone }: { onDone: (r: Out<'returnees.register'>) => void }) {
  const { t } = useTranslation();
  const [fromPlace, setFrom] = useState('');
  const [note, setNote] = useState('');
  const [people, setPeople] = useState<Person[]>([blank()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const register = useApiMutation('returnees.register', { toastErrors: false });
  const set = (key: number, patch: Partial<Person>) =>
    setPeople((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const submit = async () => {
    setErrors({});
    try {
      const r = await register.mutateAsync({
        fromPlace,
        note,
        members: people.map(({ key: _k, linked: _l, ...p }) => p),
      });
      setPeople([blank()]);
      setFrom('');
      setNote('');
      onDone(r);
    } catch (e) {
      if (!(e instanceof ApiCallError)) throw e;
      setErrors(Object.fromEntries([['', e.message], ...e.issues.map((i) => [i.path, i.message])]));
    }
  };
  const err = (path: string) => errors[path] && <em className="field-error">{errors[path]}</em>;
  return (
    <form
      className="card intake"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
    >
      <h2>{t('intake.title')}</h2>
      <div className="grid-2">
        <label className="field">
          <span>{t('intake.fromPlace')}</span>
          <input value={fromPlace} onChange={(e) => setFrom(e.target.value)} />
          {err('fromPlace')}
        </label>
        <label className="field">
          <span>{t('intake.note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      {people.map((p, i) => (
        <fieldset key={p.key} className="person" aria-label={t('intake.member', { n: i + 1 })}>
          <legend>
            {t('intake.member', { n: i + 1 })}
            {people.length > 1 && (
              <button
                type="button"
                className="link"
                onClick={() => setPeople((ps) => ps.filter((x) => x.key !== p.key))}
              >
                {t('intake.remove')}
              </button>
            )}
          </legend>
          {p.linked ? (
            <p className="linked">
              {t('intake.linked', {
                name: p.linked.name,
                address: [p.linked.building, p.linked.unit, p.linked.room].filter(Boolean).join(' '),
              })}{' '}
              <button
                type="button"
                className="link"
                onClick={() => set(p.key, { linked: undefined, residentId: undefined })}
              >
                {t('intake.unlink')}
              </button>
            </p>
          ) : (
            <div className="grid-3">
              <Lookup
                onPick={(r) => set(p.key, { linked: r, residentId: r.id, name: r.name, phone: r.phone })}
              />
              <label className="field">
                <span>{t('intake.name')}</span>
                <input value={p.name} onChange={(e) => set(p.key, { name: e.target.value })} />
                {err(`members.${i}.name`)}
              </label>
              <label className="field">
                <span>{t('intake.idNumber')}</span>
                <input value={p.idNumber} onChange={(e) => set(p.key, { idNumber: e.target.value })} />
                {err(`members.${i}.idNumber`)}
              </label>
            </div>
          )}
          <div className="grid-4">
            <label className="field">
              <span>{t('intake.quarantineFrom')}</span>
              <input type="date" onChange={(e) => set(p.key, { quarantineFrom: orNull(e.target.value) })} />
            </label>
            <label className="field">
              <span>{t('intake.quarantineTo')}</span>
              <input type="date" onChange={(e) => set(p.key, { quarantineTo: orNull(e.target.value) })} />
            </label>
            <label className="field">
              <span>{t('intake.certificate')}</span>
              <input
                value={p.certificateNo}
                onChange={(e) => set(p.key, { certificateNo: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('intake.testAt')}</span>
              <input
                type="datetime-local"
                onChange={(e) => set(p.key, { testAt: postInstant(e.target.value) })}
              />
            </label>
            <label className="field">
              <span>{t('intake.testResult')}</span>
              <select
                onChange={(e) => set(p.key, { testResult: orNull(e.target.value) as Person['testResult'] })}
              >
                <option value="">{t('intake.unknown')}</option>
                {(['negative', 'positive', 'pending'] as const).map((v) => (
                  <option key={v} value={v}>
                    {t(`testResult.${v}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('intake.healthCode')}</span>
              <select
                onChange={(e) => set(p.key, { healthCode: orNull(e.target.value) as Person['healthCode'] })}
              >
                <option value="">{t('intake.unknown')}</option>
                {(['green', 'yellow', 'red'] as const).map((v) => (
                  <option key={v} value={v}>
                    {t(`healthCode.${v}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('intake.temperature')}</span>
              <input
                type="number"
                step={0.1}
                onChange={(e) =>
                  set(p.key, { temperature: e.target.value === '' ? null : Number(e.target.value) })
                }
              />
              {err(`members.${i}.temperature`)}
            </label>
            <label className="field">
              <span>{t('intake.symptoms')}</span>
              <input value={p.symptoms} onChange={(e) => set(p.key, { symptoms: e.target.value })} />
            </label>
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={p.wantsVentilation}
              onChange={(e) => set(p.key, { wantsVentilation: e.target.checked })}
            />{' '}
            {t('intake.ventilation')}
          </label>
        </fieldset>
      ))}
      {errors[''] && (
        <p className="error-box" role="alert">
          {errors['']}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setPeople((ps) => [...ps, blank()])}>
          {t('intake.addMember')}
        </button>
        <button type="submit" className="primary" disabled={register.isPending}>
          {t('intake.check')}
        </button>
      </div>
    </form>
  );
}
