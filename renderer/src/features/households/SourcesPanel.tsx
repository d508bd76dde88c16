import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_METHODS } from '../../../../db/schema/enums';
import type { HouseholdFile } from '../../../../electron/api/households/contract';
import { useApiMutation } from '../../api/hooks';

type Method = (typeof SOURCE_METHODS)[number];

export function SourcesPanel({ file, today }: { file: HouseholdFile; today: string }) {
  const { t } = useTranslation();
  const add = useApiMutation('households.addSource');
  const [method, setMethod] = useState<Method>('door_visit');
  const [picked, setDay] = useState<string | null>(null);
  // Today until the operator picks another day (today may arrive after the first render).
  const day = picked ?? today;
  const [note, setNote] = useState('');
  const [verify, setVerify] = useState(false);
  return (
    <section className="card">
      <h3>{t('household.sources')}</h3>
      {file.sources.length === 0 ? (
        <p className="muted">{t('household.noSources')}</p>
      ) : (
        <ul className="plain">
          {file.sources.map((s) => (
            <li key={s.id}>
              <strong>{t(`source.${s.method}`)}</strong> {s.day} · {s.operatorName}
              {s.note && ` — ${s.note}`}
            </li>
          ))}
        </ul>
      )}
      <form
        className="row no-print source-form"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutateAsync({ householdId: file.household.id, method, day, note, verify }).then(
            () => {
              setNote('');
              setVerify(false);
            },
            () => undefined, // shown as a toast; the form keeps what was typed
          );
        }}
      >
        <label className="field">
          <span>{t('household.method')}</span>
          <select value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            {SOURCE_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`source.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('household.day')}</span>
          <input type="date" value={day} max={today} onChange={(e) => setDay(e.target.value)} required />
        </label>
        <label className="field grow">
          <span>{t('household.note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={verify} onChange={(e) => setVerify(e.target.checked)} />{' '}
          {t('household.verify')}
        </label>
        <button type="submit" disabled={add.isPending || !day}>
          {t('household.addSource')}
        </button>
      </form>
    </section>
  );
}
