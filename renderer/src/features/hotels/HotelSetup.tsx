import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { HotelInput, hotelsContract } from '../../../../electron/api/hotels/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';

type HotelForm = z.input<typeof HotelInput>;
const HOTEL_FIELDS = ['name', 'address', 'contact', 'phone'] as const;

export function AddHotelForm() {
  const { t } = useTranslation();
  const notify = useToast();
  const save = useApiMutation('hotels.save', { toastErrors: false });
  const { register, handleSubmit, formState, setError, reset } = useForm<HotelForm>({
    resolver: worded(zodResolver(HotelInput)),
    defaultValues: { name: '', address: '', contact: '', phone: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      const h = await save.mutateAsync(v);
      notify(`${t('hotels.addHotel')}${t('punct.colon')}${h.name}`, 'success');
      reset();
    } catch (e) {
      if (!landServerErrors(e, setError, HOTEL_FIELDS))
        setError('root.server', { message: (e as Error).message });
    }
  });
  return (
    <form className="row card" onSubmit={(e) => void submit(e)} noValidate>
      {HOTEL_FIELDS.map((k) => (
        <label key={k} className="field">
          <span>{t(`hotels.${k}`)}</span>
          <input {...register(k)} aria-invalid={!!formState.errors[k]} />
          {formState.errors[k] && <em className="field-error">{formState.errors[k]?.message}</em>}
        </label>
      ))}
      <button type="submit" className="primary">
        {t('hotels.addHotel')}
      </button>
      {formState.errors.root?.server && (
        <p className="error-box" role="alert">
          {formState.errors.root.server.message}
        </p>
      )}
    </form>
  );
}

const RoomsInput = hotelsContract['hotels.addRooms'].input;
type RoomsForm = z.input<typeof RoomsInput>;
const num = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v));
/** A blank "to" adds one room: the form reads it as the "from". */
const roomsResolver = worded(zodResolver(RoomsInput));
const resolveRooms: typeof roomsResolver = (values, ctx, opts) =>
  roomsResolver({ ...values, to: values.to ?? values.from }, ctx, opts);

export function AddRoomsForm({ hotelId }: { hotelId: number }) {
  const { t } = useTranslation();
  const notify = useToast();
  const add = useApiMutation('hotels.addRooms', { toastErrors: false });
  const { register, handleSubmit, formState, setError } = useForm<RoomsForm>({
    resolver: resolveRooms,
    defaultValues: { hotelId, beds: 2, ventilated: false, accessible: false },
  });
  const submit = handleSubmit(async (v) => {
    try {
      const r = await add.mutateAsync(v);
      notify(t('hotels.added', { count: r.added }), 'success');
    } catch (e) {
      if (!landServerErrors(e, setError, ['from', 'to', 'beds']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const err = (k: 'from' | 'to' | 'beds') =>
    formState.errors[k] && <em className="field-error">{formState.errors[k]?.message}</em>;
  return (
    <form className="row add-rooms no-print" onSubmit={(e) => void submit(e)} noValidate>
      <strong>{t('hotels.addRooms')}</strong>
      <label className="field narrow">
        <span>{t('hotels.from')}</span>
        <input type="number" {...register('from', { setValueAs: num })} />
        {err('from')}
      </label>
      <label className="field narrow">
        <span>{t('hotels.to')}</span>
        <input type="number" {...register('to', { setValueAs: num })} />
        {err('to')}
      </label>
      <label className="field narrow">
        <span>{t('hotels.beds')}</span>
        <input type="number" {...register('beds', { setValueAs: num })} />
        {err('beds')}
      </label>
      <label className="check">
        <input type="checkbox" {...register('ventilated')} /> {t('hotels.ventilated')}
      </label>
      <label className="check">
        <input type="checkbox" {...register('accessible')} /> {t('hotels.accessible')}
      </label>
      <button type="submit">{t('hotels.add')}</button>
      {formState.errors.root?.server && (
        <em className="field-error" role="alert">
          {formState.errors.root.server.message}
        </em>
      )}
    </form>
  );
}
