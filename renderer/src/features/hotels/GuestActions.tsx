import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEED_KINDS, RELEASE_TO } from '../../../../db/schema/enums';
import { ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';

type Mode = 'contact' | 'need' | 'move' | 'release' | null;

/** What the post does for a guest during the stay: call, record a need, move, release. */
export function GuestActions({
  returneeId,
  name,
  hotelId,
}: {
  returneeId: number;
  name: string;
  hotelId: number;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>(null);
  const dialog = useDialog<HTMLFormElement>(() => setMode(null), mode !== null);
  const notify = useToast();

  const [text, setText] = useState('');
  const [num, setNum] = useState('');
  const [choice, setChoice] = useState('');
  const [reached, setReached] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const occupancy = useApiQuery('hotels.occupancy', {}, { enabled: mode === 'move' });
  const contact = useApiMutation('hotels.logContact', { toastErrors: false });
  const need = useApiMutation('hotels.addNeed', { toastErrors: false });
  const move = useApiMutation('hotels.moveRoom', { toastErrors: false });
  const release = useApiMutation('hotels.release', { toastErrors: false });
  const open = (m: Mode) => {
    setMode(m);
    setText('');
    setNum('');
    setError(null);
    setChoice(m === 'need' ? 'alcohol' : m === 'release' ? 'home' : '');
  };
  const run = async () => {
    setError(null);
    try {
      if (mode === 'contact') {
        const r = await contact.mutateAsync({
          returneeId,
          reached,
          temperature: num === '' ? null : Number(num),
          wellbeing: text,
        });
        if (r.fever) notify(t('hotels.fever', { name, t: num }), 'error');
      }
      if (mode === 'need')
        await need.mutateAsync({ returneeId, kind: choice as (typeof NEED_KINDS)[number], detail: text });
      if (mode === 'move')
        await move.mutateAsync({ returneeId, toRoomId: Number(choice), reason: text, overfillReason: num });
      if (mode === 'release')
        await release.mutateAsync({ returneeId, to: choice as (typeof RELEASE_TO)[number], note: text });
      notify(
        `${name}${t('punct.colon')}${t(`file.${mode === 'contact' ? 'logContact' : mode === 'need' ? 'addNeed' : mode === 'move' ? 'move' : 'release'}`)} ✓`,
        'success',
      );
      setMode(null);
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    }
  };
  const rooms = (occupancy.data?.hotels ?? [])
    .filter((h) => h.id === hotelId)
    .flatMap((h) => h.rooms.filter((r) => r.status === 'free'));
  return (
    <div className="guest-actions no-print">
      <button type="button" className="link" onClick={() => open('contact')}>
        {t('file.logContact')}
      </button>
      <button type="button" className="link" onClick={() => open('need')}>
        {t('file.addNeed')}
      </button>
      <button type="button" className="link" onClick={() => open('move')}>
        {t('file.move')}
      </button>
      <button type="button" className="link" onClick={() => open('release')}>
        {t('file.release')}
      </button>
      {mode && (
        <div className="modal-backdrop">
          <form
            ref={dialog}
            className="modal"
            role="dialog"
            aria-modal="true"
            aria-label={`${name} ${t(`file.${mode === 'contact' ? 'logContact' : mode === 'need' ? 'addNeed' : mode}`)}`}
            onSubmit={(e) => {
              e.preventDefault();
              void run();
            }}
          >
            <h2>
              {name} · {t(`file.${mode === 'contact' ? 'logContact' : mode === 'need' ? 'addNeed' : mode}`)}
            </h2>
            <div className="grid-2">
              {mode === 'contact' && (
                <>
                  <label className="check">
                    <input type="checkbox" checked={reached} onChange={(e) => setReached(e.target.checked)} />{' '}
                    {t('file.reached')}
                  </label>
                  <label className="field">
                    <span>{t('intake.temperature')}</span>
                    <input type="number" step={0.1} value={num} onChange={(e) => setNum(e.target.value)} />
                  </label>
                </>
              )}
              {mode === 'need' && (
                <label className="field">
                  <span>{t('file.needs')}</span>
                  <select value={choice} onChange={(e) => setChoice(e.target.value)}>
                    {NEED_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`need.${k}`)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {mode === 'move' && (
                <>
                  <label className="field">
                    <span>{t('file.moveTo')}</span>
                    <select value={choice} onChange={(e) => setChoice(e.target.value)}>
                      <option value="">—</option>
                      {rooms.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.number}
                          {t('punct.open')}
                          {r.beds}
                          {r.ventilated ? ` ${t('hotels.ventilated')}` : ''}
                          {r.accessible ? ` ${t('hotels.accessible')}` : ''}
                          {t('punct.close')}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="field">
                    <span>{t('place.overfill')}</span>
                    <input value={num} onChange={(e) => setNum(e.target.value)} />
                  </label>
                </>
              )}
              {mode === 'release' && (
                <label className="field">
                  <span>{t('file.releaseTo')}</span>
                  <select value={choice} onChange={(e) => setChoice(e.target.value)}>
                    {RELEASE_TO.map((k) => (
                      <option key={k} value={k}>
                        {t(`releaseTo.${k}`)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <label className="field span-2">
                <span>
                  {mode === 'contact'
                    ? t('file.wellbeing')
                    : mode === 'move'
                      ? t('file.moveReason')
                      : mode === 'release'
                        ? t('file.releaseNote')
                        : t('household.note')}
                </span>
                <input value={text} onChange={(e) => setText(e.target.value)} />
              </label>
            </div>
            {error && (
              <p className="error-box" role="alert">
                {error}
              </p>
            )}
            <div className="actions">
              <button type="submit" className="primary">
                {t('check.apply')}
              </button>
              <button type="button" onClick={() => setMode(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
