import { useTranslation } from 'react-i18next';
import { type PickItem, TypePicker } from './TypePicker';

/**
 * Several picked by typing, for lists too long for check boxes or a multiple select (a district's
 * 758 buildings): the typed picker offers those not picked yet; each picked one is a chip with a
 * button that takes it off. `none` says what no chip means (a distribution to every building).
 */
export function TypeChips({
  label,
  items,
  value,
  onChange,
  none,
}: {
  label: string;
  items: PickItem[];
  value: number[];
  onChange: (ids: number[]) => void;
  none?: string;
}) {
  const { t } = useTranslation();
  const picked = new Set(value);
  const names = new Map(items.map((it) => [it.id, it.name]));
  return (
    <span className="type-chips">
      <TypePicker
        label={label}
        items={items.filter((it) => !picked.has(it.id))}
        value={undefined}
        onPick={(id) => onChange([...value, id])}
        placeholder={value.length === 0 ? none : undefined}
      />
      {value.length > 0 && (
        <ul className="type-chips-list" aria-label={label}>
          {value.map((id) => {
            const name = names.get(id) ?? String(id);
            return (
              <li key={id} className="type-chip">
                {name}
                <button
                  type="button"
                  className="link"
                  aria-label={t('picker.remove', { name })}
                  onClick={() => onChange(value.filter((x) => x !== id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </span>
  );
}
