import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import type { Subject } from './types';

export type Picked = { subject: Subject; name: string };

/**
 * Find who a form is about: a resident (by name, phone or room, through the registry's search) or
 * a returnee (by name, among the returnees). Only chooses; the form that holds it sends it.
 */
export function SubjectPicker({
  picked,
  onPick,
  invalid,
}: {
  picked: Picked | null;
  onPick: (p: Picked) => void;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Subject['kind']>('resident');
  const [q, setQ] = useState('');
  const typed = q.trim();
  const residents = useApiQuery(
    'residents.search',
    { q: typed, limit: 8 },
    { enabled: kind === 'resident' && typed !== '' },
  );
  const returnees = useApiQuery(
    'returnees.list',
    { limit: 1000 },
    { enabled: kind === 'returnee' && typed !== '' },
  );
  const found =
    kind === 'resident'
      ? (residents.data?.rows ?? []).map((r) => ({
          id: r.id,
          name: r.name,
          detail: `${r.building}-${r.room}${r.phone ? ` · ${r.phone}` : ''}`,
        }))
      : (returnees.data ?? [])
          .filter((r) => r.name.includes(typed) || r.phone.includes(typed))
          .slice(0, 8)
          .map((r) => ({ id: r.id, name: r.name, detail: r.phone }));
  return (
    <div className="subject-picker">
      <div className="row">
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as Subject['kind'])}
          aria-label={t('health.episodes.who')}
        >
          <option value="resident">{t('health.episodes.resident')}</option>
          <option value="returnee">{t('health.episodes.returnee')}</option>
        </select>
        <input
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('health.episodes.find')}
          aria-label={t('health.episodes.find')}
          aria-invalid={invalid && !picked}
          autoFocus
        />
      </div>
      {picked && <strong className="picked">✓ {picked.name}</strong>}
      {invalid && !picked && <em className="field-error">{t('health.episodes.pickSubject')}</em>}
      {typed !== '' && (
        <ul className="pick-list" aria-label={t('health.episodes.who')}>
          {found.length === 0 && <li className="muted">{t('health.episodes.noMatch')}</li>}
          {found.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  onPick({ subject: { kind, id: r.id }, name: r.name });
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
    </div>
  );
}
