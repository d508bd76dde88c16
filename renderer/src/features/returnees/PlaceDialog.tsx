import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturneeView } from '../../../../electron/api/returnees/contract';
import { ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';
import { wordReason } from '../../i18n/words';

/** Suggest rooms for a group, let the commander adjust, then check them in. */
export function PlaceDialog({
  members,
  onClose,
}: {
  members: ReturneeView[];
  onClose: (placed: boolean) => void;
}) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLDivElement>(() => onClose(false));
  const notify = useToast();
  const ids = members.map((m) => m.id);
  const suggestion = useApiQuery('hotels.suggest', { returneeIds: ids });
  const occupancy = useApiQuery('hotels.occupancy', {});
  const overview = useApiQuery('overview.get', {});
  const [rooms, setRooms] = useState<Record<number, number>>({});
  const [checkIn, setCheckIn] = useState<string | null>(null);
  const [overfill, setOverfill] = useState('');
  const [error, setError] = useState<string | null>(null);
  const place = useApiMutation('hotels.place', { toastErrors: false });
  useEffect(() => {
    const s = suggestion.data;
    if (s)
      setRooms(Object.fromEntries(s.assignments.flatMap((a) => a.returneeIds.map((id) => [id, a.roomId]))));
  }, [suggestion.data]);
  const hotelId = suggestion.data?.hotelId ?? occupancy.data?.hotels[0]?.id;
  const choices = useMemo(
    () =>
      (occupancy.data?.hotels ?? []).flatMap((h) =>
        h.rooms
          .filter((r) => r.status === 'free' || r.status === 'occupied')
          .map((r) => ({ ...r, hotel: h.name })),
      ),
    [occupancy.data],
  );
  const day = checkIn ?? overview.data?.today ?? '';
  const submit = async () => {
    setError(null);
    const byRoom = new Map<number, number[]>();
    for (const id of ids) {
      const room = rooms[id];
      if (room) byRoom.set(room, [...(byRoom.get(room) ?? []), id]);
    }
    try {
      const r = await place.mutateAsync({
        assignments: [...byRoom].map(([roomId, returneeIds]) => ({ roomId, returneeIds })),
        checkIn: day,
        overfillReason: overfill,
      });
      for (const w of r.warnings) notify(wordReason(w), 'info');
      notify(t('place.placed'), 'success');
      onClose(true);
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    }
  };
  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal wide" role="dialog" aria-modal="true" aria-labelledby="place-title">
        <h2 id="place-title">{t('place.title')}</h2>
        <p className="muted">{t('place.suggested')}</p>
        {suggestion.data && suggestion.data.unmet.length > 0 && (
          <p className="warn-text">
            {t('place.unmet', { list: suggestion.data.unmet.map(wordReason).join(t('place.listSep')) })}
          </p>
        )}
        <table className="table">
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <td>
                  {m.name}
                  {m.elderly ? ` · ${t('flags.elderly')}` : ''}
                  {m.wantsVentilation ? ` · ${t('hotels.ventilated')}` : ''}
                </td>
                <td>
                  <select
                    aria-label={`${t('place.room')} ${m.name}`}
                    value={rooms[m.id] ?? ''}
                    onChange={(e) => setRooms((r) => ({ ...r, [m.id]: Number(e.target.value) }))}
                  >
                    <option value="">—</option>
                    {choices
                      .filter((c) => !hotelId || c.hotelId === hotelId || c.id === rooms[m.id])
                      .map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.hotel} {c.number}
                          {t('punct.open')}
                          {c.occupants}/{c.beds}
                          {c.ventilated ? ` ${t('hotels.ventilated')}` : ''}
                          {c.accessible ? ` ${t('hotels.accessible')}` : ''}
                          {t('punct.close')}
                        </option>
                      ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="grid-3">
          <label className="field">
            <span>{t('place.checkIn')}</span>
            <input type="date" value={day} onChange={(e) => setCheckIn(e.target.value)} />
          </label>
          <label className="field span-2">
            <span>{t('place.overfill')}</span>
            <input value={overfill} onChange={(e) => setOverfill(e.target.value)} />
          </label>
        </div>
        {error && (
          <p className="error-box" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={place.isPending || ids.some((id) => !rooms[id])}
            onClick={() => void submit()}
          >
            {t('place.confirm')}
          </button>
          <button type="button" onClick={() => onClose(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
