import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { type ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { GuestActions } from '../hotels/GuestActions';
import { CheckPanel, RuleList } from './CheckPanel';
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
  const notify = useToast();
  const file = useApiQuery('returnees.get', { id: Number(param) }, { enabled: Number(param) > 0 });
  const handle = useApiMutation('hotels.handleNeed', { toastErrors: false });
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
                    {formatInstant(d.at)} {d.decidedBy}
                    {t('punct.colon')}
                    <strong>{t(`outcome.${d.outcome}`)}</strong>
                    {d.outcome !== d.recommendation &&
                      `${t('punct.open')}${t('check.recommend', { outcome: t(`outcome.${d.recommendation}`) })}${t('punct.semi')}${d.reason}${t('punct.close')}`}
                  </li>
                ))}
              </ul>
              <h3>{t('file.stays')}</h3>
              <ul className="plain" data-testid="stays">
                {f.stays.map((s) => (
                  <li key={s.id}>
                    {s.hotel} {s.room}
                    {t('punct.colon')}
                    {formatInstant(s.startedAt)} → {s.endedAt ? formatInstant(s.endedAt) : t('file.current')}
                    {s.endKind &&
                      `${t('punct.open')}${t(`file.${s.endKind}`)}${s.endReason ? `${t('punct.colon')}${s.endReason}` : ''}${s.releaseTo ? ` · ${t(`releaseTo.${s.releaseTo}`)}` : ''}${t('punct.close')}`}
                    {s.overfillReason && ` ⚠ ${s.overfillReason}`}
                  </li>
                ))}
              </ul>
            </section>
            <section className="card">
              <h3>{t('file.needs')}</h3>
              <ul className="plain" data-testid="needs">
                {f.needs.map((n) => (
                  <li key={n.id}>
                    <strong>{t(`need.${n.kind}`)}</strong> {n.detail}{' '}
                    <span className="muted">{formatInstant(n.askedAt)}</span>{' '}
                    {n.handledAt ? (
                      <span className="pill ok">
                        {t('file.handled', { by: n.handledBy, at: formatInstant(n.handledAt) })}
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          void handle
                            .mutateAsync({ needId: n.id })
                            .catch((e: ApiCallError) => notify(e.message, 'error'))
                        }
                      >
                        {t('file.handle')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
              <h3>{t('file.contacts')}</h3>
              <ul className="plain">
                {f.contacts.map((c) => (
                  <li key={c.id}>
                    {c.day} {c.operatorName}
                    {t('punct.colon')}
                    {c.reached ? t('file.reached') : t('file.notReached')}
                    {c.temperature !== null && ` · ${c.temperature} ℃`} {c.wellbeing}
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </div>
      )}
    </QueryState>
  );
}
