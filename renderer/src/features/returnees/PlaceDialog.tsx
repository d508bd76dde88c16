import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { hotelsContract } from '../../../../electron/api/hotels/contract';
import type { ReturneeView } from '../../../../electron/api/returnees/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';
import { wordReason } from '../../i18n/words';

/** The method's own input: the rooms chosen per person become its assignments. */
const Schema = hotelsContract['hotels.place'].input;
type Form = z.input<typeof Schema>;

/** Who is placed: the returnee's id, name and needs. */
export type PlaceMember = Pick<ReturneeView, 'id' | 'name' | 'elderly' | 'wantsVentilation'>;

/** Suggest rooms for a group, let the commander adjust, then check them in. */
export function PlaceDialog({
  members,
  onClose,
}: {
  members: PlaceMember[];
  onClose: (placed: boolean) => void;
}) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLDivElement>(() => onClose(false));
  const notify = useToast();
  const ids = useMemo(() => members.map((m) => m.id), [members]);
  const suggestion = useApiQuery('hotels.suggest', { returneeIds: ids });
  const occupancy = useApiQuery('hotels.occupancy', {});
  const session = useApiQuery('session.get', {});
  const [rooms, setRooms] = useState<Record<number, number>>({});
  const place = useApiMutation('hotels.place', { toastErrors: false });
  const { register, handleSubmit, formState, setError, setValue, getValues } = useForm<Form>({
    resolver: worded(zodResolver(Schema)),
    defaultValues: { assignments: [], checkIn: '', overfillReason: '' },
  });
  const today = session.data?.today;
  useEffect(() => {
    if (today && !getValues('checkIn')) setValue('checkIn', today);
  }, [today, getValues, setValue]);
  // The people's rooms, grouped by room, are the method's assignments.
  useEffect(() => {
    const byRoom = new Map<number, number[]>();
    for (const id of ids) {
      const room = rooms[id];
      if (room) byRoom.set(room, [...(byRoom.get(room) ?? []), id]);
    }
    setValue(
      'assignments',
      [...byRoom].map(([roomId, returneeIds]) => ({ roomId, returneeIds })),
    );
  }, [rooms, ids, setValue]);
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
  const submit = handleSubmit(async (v) => {
    try {
      const r = await place.mutateAsync(v);
      for (const w of r.warnings) notify(wordReason(w), 'info');
      notify(t('place.placed'), 'success');
      onClose(true);
    } catch (e) {
      // An overfilled room asks for its reason on that field; anything else shows below.
      if (!landServerErrors(e, setError, ['checkIn', 'plannedEnd', 'overfillReason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  const err = (message: string | undefined) => message && <em className="field-error">{message}</em>;
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
            <input type="date" {...register('checkIn')} />
            {err(e.checkIn?.message)}
          </label>
          <label className="field span-2">
            <span>{t('place.overfill')}</span>
            <input {...register('overfillReason')} aria-invalid={!!e.overfillReason} />
            {err(e.overfillReason?.message)}
          </label>
        </div>
        {(e.root?.server || e.assignments) && (
          <p className="error-box" role="alert">
            {e.root?.server?.message ?? e.assignments?.message ?? e.assignments?.root?.message}
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
