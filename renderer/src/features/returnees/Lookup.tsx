import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchRow } from '../../../../electron/api/residents/contract';
import { ApiCallError, call } from '../../api/client';

/**
 * Find a registered resident by name, the last digits of an ID number or building-room. A
 * combobox: arrow keys move through the answers, Enter picks one, Escape closes the list; Enter in
 * this box never submits the intake form around it (issue 10 #16).
 */
export function Lookup({ onPick }: { onPick: (r: SearchRow) => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<SearchRow[]>([]);
  const [active, setActive] = useState(-1);
  // A refused look-up (a whole ID number, rate limited or with nobody on duty) says why.
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    setActive(-1);
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
  const pick = (r: SearchRow) => {
    onPick(r);
    setQ('');
    setRows([]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (rows.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + rows.length) % rows.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const r = rows[active] ?? (rows.length === 1 ? rows[0] : undefined);
      if (r) pick(r);
    } else if (e.key === 'Escape' && rows.length > 0) {
      e.preventDefault();
      e.stopPropagation();
      setRows([]);
    }
  };
  const open = rows.length > 0;
  return (
    <div className="lookup">
      <input
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t('intake.find')}
        aria-label={t('intake.find')}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {open && (
        <div className="lookup-results" role="listbox" id={listId} aria-label={t('intake.find')}>
          {rows.map((r, i) => (
            <div
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'lookup-option active' : 'lookup-option'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(r)}
              onKeyDown={() => undefined}
            >
              <strong>{r.name}</strong> {[r.building, r.unit, r.room].filter(Boolean).join(' ')} ·{' '}
              {r.idNumberMasked ?? '—'}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
