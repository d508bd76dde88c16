import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchRow } from '../../../../electron/api/residents/contract';
import { ApiCallError, call } from '../../api/client';

/** Find a registered resident by name, the last digits of an ID number or building-room. */
export function Lookup({ onPick }: { onPick: (r: SearchRow) => void }) {
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
