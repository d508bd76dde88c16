/**
 * Part of the need's handling form (issue 12): what was handed out from stock — from the post's store
 * or the guest's hotel, item(s) and quantity. Written as one issue to the guest in the same
 * transaction as the handling (`hotels.handleNeed` with `give`).
 */
import {
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
  useFieldArray,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { NEED_KINDS } from '../../../../db/schema/enums';
import type { hotelsContract } from '../../../../electron/api/hotels/contract';
import { useApiQuery } from '../../api/hooks';
import { Err } from './FormShell';

export type HandleNeedValues = z.input<(typeof hotelsContract)['hotels.handleNeed']['input']>;

/** The catalogue category a need is usually met from, to put the likely item first. */
const CATEGORY: Partial<Record<(typeof NEED_KINDS)[number], string>> = {
  alcohol: 'disinfection',
  thermometer: 'medical',
  masks: 'protection',
  medicine: 'medical',
};

/** The item a need most likely asks for, or '' when none fits. */
export function likelyItem(kind: (typeof NEED_KINDS)[number], items: { id: string; category: string }[]) {
  return items.find((i) => i.category === CATEGORY[kind])?.id ?? '';
}

export function NeedGiveFields({
  control,
  register,
  errors,
  hotel,
  setValue,
}: {
  control: Control<HandleNeedValues>;
  register: UseFormRegister<HandleNeedValues>;
  setValue: UseFormSetValue<HandleNeedValues>;
  errors: FieldErrors<HandleNeedValues>;
  hotel: { id: number; name: string } | null;
}) {
  const { t } = useTranslation();
  const items = useApiQuery('stock.items', {});
  const { fields, append, remove } = useFieldArray({ control, name: 'give.lines' });
  return (
    <fieldset className="give-lines">
      <legend>{t('give.fromStock')}</legend>
      <label className="field inline">
        <span>{t('give.place')}</span>
        <select
          defaultValue="store"
          onChange={(e) =>
            setValue(
              'give.place',
              e.target.value === 'store' ? { kind: 'store' } : { kind: 'hotel', id: Number(e.target.value) },
            )
          }
        >
          <option value="store">{t('give.store')}</option>
          {hotel && <option value={hotel.id}>{`${t('give.hotel')} ${hotel.name}`}</option>}
        </select>
      </label>
      {fields.map((f, i) => (
        <div className="give-line" key={f.id}>
          <select aria-label={t('give.item')} {...register(`give.lines.${i}.itemId`)}>
            <option value="">{t('give.choose')}</option>
            {(items.data ?? []).map((it) => (
              <option key={it.id} value={it.id}>
                {t('give.itemOnHand', { item: it.name, onHand: it.onHand, unit: it.unit })}
              </option>
            ))}
          </select>
          <input
            type="number"
            min={1}
            aria-label={t('give.qty')}
            {...register(`give.lines.${i}.qty`, { valueAsNumber: true })}
          />
          {fields.length > 1 && (
            <button type="button" className="link quiet" onClick={() => remove(i)}>
              {t('give.remove')}
            </button>
          )}
          <Err message={errors.give?.lines?.[i]?.itemId?.message ?? errors.give?.lines?.[i]?.qty?.message} />
        </div>
      ))}
      <button type="button" className="link" onClick={() => append({ itemId: '', qty: 1 })}>
        {t('give.addLine')}
      </button>
    </fieldset>
  );
}
