import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matches, type PickItem } from './pick-match';

export type { PickItem };

/** The list shows at most this many matches; typing more narrows it (a district has 758 buildings). */
const SHOWN = 50;

/**
 * A picker typed into, for lists too long for a drop-down (a district's buildings): a combobox whose
 * list filters as you type, ↑/↓ move, Enter picks, Esc closes; the list draws at most 50 lines.
 * Its accessible name is `label`; `inputId` lets a visible <label> point at it. No line is chosen
 * until something is typed or an arrow pressed: Tab into it and Enter keeps what was picked.
 */
export function TypePicker({
  label,
  items,
  value,
  onPick,
  inputId,
  placeholder,
}: {
  label: string;
  inputId?: string;
  items: PickItem[];
  value: number | undefined;
  onPick: (id: number) => void;
  /** What shows while nothing is picked and nothing typed (a filter: "all"); else "type to find". */
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const current = items.find((it) => it.id === value);
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const open = typed !== null;
  const found = useMemo(() => (open ? matches(items, typed) : []), [open, items, typed]);
  const shown = found.slice(0, SHOWN);
  const activeId = open && shown[active] ? `${id}-${shown[active].id}` : undefined;
  // The line moved to with ↑/↓ stays in sight inside the list's own scroll.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  const close = () => {
    setTyped(null);
    setActive(-1);
  };
  const pick = (it: PickItem | undefined) => {
    if (!it) return;
    close();
    onPick(it.id);
  };
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setTyped('');
      const n = shown.length;
      const down = e.key === 'ArrowDown';
      if (n) setActive((a) => (a < 0 ? (down ? 0 : n - 1) : (a + (down ? 1 : n - 1)) % n));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (open) pick(shown[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  };
  return (
    <span className="type-picker">
      <input
        id={inputId}
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        value={open ? typed : (current?.name ?? '')}
        placeholder={open ? t('picker.type') : (placeholder ?? t('picker.type'))}
        onFocus={() => {
          setTyped('');
          setActive(-1);
        }}
        onBlur={close}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      {current?.hint && !open && <span className="muted small type-picker-hint">{current.hint}</span>}
      {open && (
        <div className="type-picker-pop">
          <div id={`${id}-list`} role="listbox" aria-label={label} className="type-picker-list">
            {shown.map((it, i) => (
              <div
                key={it.id}
                tabIndex={-1}
                id={`${id}-${it.id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // Pressed, not clicked: the input keeps its focus until the pick is made.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(it);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span>{it.name}</span>
                {it.hint && <span className="muted small">{it.hint}</span>}
              </div>
            ))}
          </div>
          <p className="muted small" data-testid="picker-count">
            {found.length === 0
              ? t('picker.none')
              : found.length > shown.length
                ? t('picker.more', { shown: shown.length, count: found.length })
                : t('picker.count', { count: found.length })}
          </p>
        </div>
      )}
    </span>
  );
}
