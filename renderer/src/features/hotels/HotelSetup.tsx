import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiCallError, useApiMutation } from '../../api/hooks';
import { useToast } from '../../components/Toast';

export function AddHotelForm() {
  const { t } = useTranslation();
  const notify = useToast();
  const save = useApiMutation('hotels.save', { toastErrors: false });
  const [v, setV] = useState({ name: '', address: '', contact: '', phone: '' });
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="row card"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutateAsync(v).then(
          (h) => {
            notify(`${t('hotels.addHotel')}${t('punct.colon')}${h.name}`, 'success');
            setV({ name: '', address: '', contact: '', phone: '' });
            setError(null);
          },
          (err: ApiCallError) => setError(err.message),
        );
      }}
    >
      {(['name', 'address', 'contact', 'phone'] as const).map((k) => (
        <label key={k} className="field">
          <span>{t(`hotels.${k}`)}</span>
          <input value={v[k]} onChange={(e) => setV({ ...v, [k]: e.target.value })} />
        </label>
      ))}
      <button type="submit" className="primary">
        {t('hotels.addHotel')}
      </button>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

export function AddRoomsForm({ hotelId }: { hotelId: number }) {
  const { t } = useTranslation();
  const notify = useToast();
  const add = useApiMutation('hotels.addRooms', { toastErrors: false });
  const [v, setV] = useState({ from: '', to: '', beds: '2', ventilated: false, accessible: false });
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="row add-rooms no-print"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        add
          .mutateAsync({
            hotelId,
            from: Number(v.from),
            to: Number(v.to || v.from),
            beds: Number(v.beds),
            ventilated: v.ventilated,
            accessible: v.accessible,
          })
          .then(
            (r) => notify(t('hotels.added', { count: r.added }), 'success'),
            (err: ApiCallError) => setError(err.message),
          );
      }}
    >
      <strong>{t('hotels.addRooms')}</strong>
      <label className="field narrow">
        <span>{t('hotels.from')}</span>
        <input type="number" value={v.from} onChange={(e) => setV({ ...v, from: e.target.value })} />
      </label>
      <label className="field narrow">
        <span>{t('hotels.to')}</span>
        <input type="number" value={v.to} onChange={(e) => setV({ ...v, to: e.target.value })} />
      </label>
      <label className="field narrow">
        <span>{t('hotels.beds')}</span>
        <input type="number" value={v.beds} onChange={(e) => setV({ ...v, beds: e.target.value })} />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={v.ventilated}
          onChange={(e) => setV({ ...v, ventilated: e.target.checked })}
        />{' '}
        {t('hotels.ventilated')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={v.accessible}
          onChange={(e) => setV({ ...v, accessible: e.target.checked })}
        />{' '}
        {t('hotels.accessible')}
      </label>
      <button type="submit">{t('hotels.add')}</button>
      {error && (
        <em className="field-error" role="alert">
          {error}
        </em>
      )}
    </form>
  );
}
