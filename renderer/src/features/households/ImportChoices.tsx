/**
 * The preview's two choices (issue 10): create the buildings and rooms the sheet names that the board
 * lacks, and which fields of stale rows (an older export than the records) to take. Nothing is
 * created or taken unless ticked.
 */
import { useTranslation } from 'react-i18next';
import type { ImportReport, StaleField, StaleRow } from '../../../../electron/api/households/contract';

/** The stale fields taken, as `row.field`. */
export type Taken = ReadonlySet<string>;
export const takenKey = (row: number, field: StaleField) => `${row}.${field}`;

/** The commit's `takeStale` from the ticked fields. */
export function takeStaleOf(taken: Taken): { row: number; fields: StaleField[] }[] {
  const byRow = new Map<number, StaleField[]>();
  for (const k of taken) {
    const [row, field] = k.split('.') as [string, StaleField];
    const list = byRow.get(Number(row)) ?? [];
    list.push(field);
    byRow.set(Number(row), list);
  }
  return [...byRow].map(([row, fields]) => ({ row, fields }));
}

export function PlacesChoice(props: {
  places: ImportReport['places'];
  create: boolean;
  setCreate: (v: boolean) => void;
}) {
  const { t } = useTranslation();
  const { places } = props;
  if (places.rows === 0) return null;
  return (
    <section className="import-choice" data-testid="import-places" aria-label={t('io.places.title')}>
      <h4>{t('io.places.title')}</h4>
      <p className="muted">{t('io.places.hint', { rows: places.rows, rooms: places.newRooms })}</p>
      <ul className="place-list">
        {places.buildings.map((b) => (
          <li key={b.name}>{t('io.places.building', { name: b.name, units: b.units, rooms: b.rooms })}</li>
        ))}
        {places.rooms.map((r) => (
          <li key={`${r.building}|${r.unit}|${r.room}`}>
            {t('io.places.room', { address: [r.building, r.unit, r.room].filter(Boolean).join(' ') })}
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={props.create} onChange={(e) => props.setCreate(e.target.checked)} />{' '}
        {t('io.places.create')}
      </label>
    </section>
  );
}

export function StaleChoice(props: {
  stale: ImportReport['stale'];
  taken: Taken;
  setTaken: (next: Taken) => void;
}) {
  const { t } = useTranslation();
  const { stale, taken } = props;
  if (stale.rows === 0) return null;
  const word = (f: StaleField, v: string): string => {
    if (v === '') return t('conflict.empty');
    if (f === 'gender' || f === 'presence' || f === 'occupancy' || f === 'regStatus')
      return t(`${f}.${v}`, { defaultValue: v });
    if (f === 'flags')
      return v
        .split(',')
        .map((k) => t(`flags.${k}`, { defaultValue: k }))
        .join(t('punct.list'));
    return v;
  };
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(taken);
    for (const k of keys) {
      if (on) next.add(k);
      else next.delete(k);
    }
    props.setTaken(next);
  };
  const keysOf = (r: StaleRow) => r.fields.map((f) => takenKey(r.row, f.field));
  return (
    <section className="import-choice" data-testid="import-stale" aria-label={t('io.stale.title')}>
      <h4>{t('io.stale.title')}</h4>
      <p className="muted">{t('io.stale.hint', { count: stale.rows })}</p>
      {stale.rows > stale.list.length && (
        <p className="muted">{t('io.stale.more', { shown: stale.list.length })}</p>
      )}
      <div className="errors-scroll">
        <table className="table stale-table" aria-label={t('io.stale.title')}>
          <thead>
            <tr>
              <th style={{ width: 50 }}>{t('io.row')}</th>
              <th>{t('io.stale.who')}</th>
              <th style={{ width: 110 }}>{t('conflict.field')}</th>
              <th>{t('io.stale.sheet')}</th>
              <th>{t('io.stale.current')}</th>
              <th style={{ width: 90 }}>{t('io.stale.take')}</th>
            </tr>
          </thead>
          <tbody>
            {stale.list.map((r) =>
              r.fields.map((f, i) => {
                const k = takenKey(r.row, f.field);
                return (
                  <tr key={k}>
                    {i === 0 && (
                      <>
                        <td className="stale-cell" rowSpan={r.fields.length}>
                          {r.row}
                        </td>
                        <td className="stale-cell" rowSpan={r.fields.length}>
                          <strong>{r.name}</strong>
                          <br />
                          <span className="muted small">{r.address}</span>
                          <br />
                          <label className="check small">
                            <input
                              type="checkbox"
                              checked={keysOf(r).every((x) => taken.has(x))}
                              onChange={(e) => toggle(keysOf(r), e.target.checked)}
                            />{' '}
                            {t('io.stale.takeRow')}
                          </label>
                        </td>
                      </>
                    )}
                    <td>{t(`fieldName.${f.field}`, { defaultValue: f.field })}</td>
                    <td className="stale-cell">{word(f.field, f.sheet)}</td>
                    <td className="stale-cell stale-now">{word(f.field, f.current)}</td>
                    <td>
                      <label className="check">
                        <input
                          type="checkbox"
                          aria-label={t('io.stale.takeField', {
                            row: r.row,
                            field: t(`fieldName.${f.field}`),
                          })}
                          checked={taken.has(k)}
                          onChange={(e) => toggle([k], e.target.checked)}
                        />{' '}
                        {t('io.stale.useSheet')}
                      </label>
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
