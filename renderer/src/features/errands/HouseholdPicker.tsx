import { type Ref, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

export type PickedHousehold = { id: number; label: string };
type Found = PickedHousehold & { names: string; phone: string };

/** What was typed, once the typing pauses (a search a keystroke would be wasted). */
function usePaused(value: string, ms = 200): string {
  const [paused, setPaused] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setPaused(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return paused;
}

/**
 * A household by building-room ("3-502", "3栋502") or by a resident's name, through the registry
 * search (`residents.search`, which reads a building and a room joined by a dash as an address).
 * Keyboard-first: ↓/↑ move through the households found, Enter picks (the first when none is
 * highlighted), Escape clears what was typed.
 */
export function HouseholdPicker({
  picked,
  onPick,
  inputRef,
  error,
}: {
  picked: PickedHousehold | null;
  onPick: (h: PickedHousehold) => void;
  inputRef: Ref<HTMLInputElement>;
  error?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [at, setAt] = useState(0);
  const typed = usePaused(q.trim());
  const search = useApiQuery('residents.search', { q: typed, limit: 40 }, { enabled: typed !== '' });
  const found: Found[] = [];
  if (q.trim() !== '' && typed === q.trim()) {
    for (const r of search.data?.rows ?? []) {
      const place = [r.building, r.unit, r.room].filter(Boolean).join(' ');
      const same = found.find((f) => f.id === r.householdId);
      if (same) same.names = `${same.names}${t('punct.list')}${r.name}`;
      else if (found.length < 8)
        found.push({ id: r.householdId, label: place, names: r.name, phone: r.phone });
    }
  }
  const pick = (f: Found) => {
    onPick({ id: f.id, label: `${f.label} ${f.names.split(t('punct.list'))[0] ?? ''}`.trim() });
    setQ('');
    setAt(0);
  };
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = found.length;
      if (n) setAt((at + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      const f = found[at] ?? found[0];
      if (f) pick(f);
    } else if (e.key === 'Escape' && q) {
      e.preventDefault();
      e.stopPropagation();
      setQ('');
    }
  };
  return (
    <div className="field errand-household">
      <label htmlFor="errand-household">{t('errands.household')}</label>
      <div className="row">
        <input
          id="errand-household"
          ref={inputRef}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setAt(0);
          }}
          onKeyDown={onKey}
          placeholder={t('errands.findHousehold')}
          autoComplete="off"
          autoFocus
          aria-controls="errand-household-list"
          aria-invalid={!!error && !picked}
        />
        {picked && (
          <strong className="picked" data-testid="errand-picked">
            ✓ {picked.label}
          </strong>
        )}
      </div>
      {error && !picked && <em className="field-error">{error}</em>}
      {q.trim() !== '' && (
        <ul className="pick-list" id="errand-household-list" aria-label={t('errands.household')}>
          {typed === q.trim() && search.data && found.length === 0 && (
            <li className="muted">{t('errands.noMatch')}</li>
          )}
          {found.map((f, i) => (
            <li
              key={f.id}
              className={i === at ? 'active' : undefined}
              aria-current={i === at ? 'true' : undefined}
            >
              <button type="button" className="link" tabIndex={-1} onClick={() => pick(f)}>
                <strong>{f.label}</strong> {f.names}
              </button>{' '}
              <span className="muted">{f.phone}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
