import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { wordWho } from '../../i18n/words';
import { GuestActions } from '../hotels/GuestActions';
import { CheckPanel, RuleList } from './CheckPanel';
import { CareLog, ContactsList, NeedsList, StaysList } from './FileCare';
import { PlaceDialog, type PlaceMember } from './PlaceDialog';

/** Decided "hotel", no room yet: 待安置, and the button that places them. */
function PlaceButton({ member }: { member: PlaceMember }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="row">
      <span className="pill flag">{t('care.awaiting')}</span>
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        {t('check.place')}
      </button>
      {open && <PlaceDialog members={[member]} onClose={() => setOpen(false)} />}
    </div>
  );
}

export function ReturneeFilePage({ param }: { param: string }) {
  const { t } = useTranslation();
  const file = useApiQuery('returnees.get', { id: Number(param) }, { enabled: Number(param) > 0 });
  if (!(Number(param) > 0)) return <p className="error-box">{t('household.notFound')}</p>;
  return (
    <QueryState query={file}>
      {(f) => (
        <div className="returnee-file">
          <div className="toolbar">
            <a href="#/returnees">← {t('file.back')}</a>
          </div>
          <section className="card">
            <h2 data-testid="returnee-name">
              {f.name} <span className="muted">{f.address ?? t('list.notResident')}</span>
              {f.stay && <span className="pill presence-in_hotel">{`${f.stay.hotel} ${f.stay.room}`}</span>}
            </h2>
            <p className="muted">
              {formatInstant(f.arrivedAt)} · {f.fromPlace}
            </p>
            {f.stay && <GuestActions returneeId={f.id} name={f.name} hotelId={f.stay.hotelId} />}
          </section>
          {!f.outcome ? (
            <CheckPanel members={[f]} />
          ) : (
            <section className="card">
              <RuleList r={f} />
              {f.awaitingPlacement && <PlaceButton member={f} />}
            </section>
          )}
          <div className="two-col">
            <section className="card">
              <h3>{t('file.decisions')}</h3>
              <ul className="plain">
                {f.decisions.map((d) => (
                  <li key={d.id}>
                    {formatInstant(d.at)} {wordWho(d.decidedBy)}
                    {t('punct.colon')}
                    <strong>{t(`outcome.${d.outcome}`)}</strong>
                    {d.outcome !== d.recommendation &&
                      `${t('punct.open')}${t('check.recommend', { outcome: t(`outcome.${d.recommendation}`) })}${t('punct.semi')}${d.reason}${t('punct.close')}`}
                  </li>
                ))}
              </ul>
              <h3>{t('file.stays')}</h3>
              <StaysList f={f} />
              <CareLog f={f} />
            </section>
            <section className="card">
              <h3>{t('file.needs')}</h3>
              <NeedsList f={f} />
              <h3>{t('file.contacts')}</h3>
              <ContactsList f={f} />
            </section>
          </div>
        </div>
      )}
    </QueryState>
  );
}
