import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';
import { ContactForm, MoveForm, NeedForm, ReleaseForm } from './GuestForms';

type Mode = 'contact' | 'need' | 'move' | 'release';
const TITLE: Record<Mode, string> = {
  contact: 'file.logContact',
  need: 'file.addNeed',
  move: 'file.move',
  release: 'file.release',
};

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
  const [mode, setMode] = useState<Mode | null>(null);
  const dialog = useDialog<HTMLDivElement>(() => setMode(null), mode !== null);
  const notify = useToast();
  const close = () => setMode(null);
  const done = (fever?: boolean, temperature?: string) => {
    // A fever is an alert on the board and the overview until handled; the toast only says so.
    if (fever) notify(t('care.feverLogged', { name, t: temperature ?? '' }), 'error');
    if (mode) notify(`${name}${t('punct.colon')}${t(TITLE[mode])} ✓`, 'success');
    setMode(null);
  };
  return (
    <div className="guest-actions no-print">
      {(Object.keys(TITLE) as Mode[]).map((m) => (
        <button key={m} type="button" className="link" onClick={() => setMode(m)}>
          {t(TITLE[m])}
        </button>
      ))}
      {mode && (
        <div className="modal-backdrop">
          <div
            ref={dialog}
            className="modal"
            role="dialog"
            aria-modal="true"
            aria-label={`${name} ${t(TITLE[mode])}`}
          >
            <h2>
              {name} · {t(TITLE[mode])}
            </h2>
            {mode === 'contact' && <ContactForm returneeId={returneeId} onDone={done} onCancel={close} />}
            {mode === 'need' && <NeedForm returneeId={returneeId} onDone={done} onCancel={close} />}
            {mode === 'move' && (
              <MoveForm returneeId={returneeId} hotelId={hotelId} onDone={done} onCancel={close} />
            )}
            {mode === 'release' && <ReleaseForm returneeId={returneeId} onDone={done} onCancel={close} />}
          </div>
        </div>
      )}
    </div>
  );
}
