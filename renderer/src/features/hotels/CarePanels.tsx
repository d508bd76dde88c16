/**
 * The hotel board's panels that ask for action: fever alerts not yet handled, who waits for a room
 * (待安置), and guests whose planned end is not the closure's end since the closure length changed.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  type AwaitingRow,
  type FeverAlert,
  type Guest,
  hotelsContract,
} from '../../../../electron/api/hotels/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { PlaceDialog, type PlaceMember } from '../returnees/PlaceDialog';
import { CareDialog, HandleFeverForm } from './CareForms';

type Awaiting = z.infer<typeof AwaitingRow>;

/** Who was decided "hotel" and has no room yet, by arrival group; a group is placed together. */
export function AwaitingPanel({ rows }: { rows: Awaiting[] }) {
  const { t } = useTranslation();
  const [placing, setPlacing] = useState<PlaceMember[] | null>(null);
  const groups = new Map<number, Awaiting[]>();
  for (const r of rows) groups.set(r.groupId, [...(groups.get(r.groupId) ?? []), r]);
  return (
    <section className="card no-print" data-testid="awaiting">
      <h3>{t('care.awaitingList', { count: rows.length })}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('care.awaitingNone')}</p>
      ) : (
        <ul className="plain">
          {[...groups.values()].map((g) => (
            <li key={g[0]?.groupId}>
              {g.map((r, i) => (
                <span key={r.returneeId}>
                  {i > 0 && t('punct.list')}
                  <a href={`#/returnee/${r.returneeId}`}>{r.name}</a>
                  {r.address && <span className="muted"> {r.address}</span>}
                </span>
              ))}{' '}
              <span className="muted">
                {g[0]?.fromPlace} · {t('care.waitingSince', { at: formatInstant(g[0]?.decidedAt ?? '') })}
              </span>{' '}
              <button
                type="button"
                className="link"
                onClick={() =>
                  setPlacing(
                    g.map((r) => ({
                      id: r.returneeId,
                      name: r.name,
                      elderly: r.elderly,
                      wantsVentilation: r.wantsVentilation,
                    })),
                  )
                }
              >
                {t('care.placeGroup')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {placing && <PlaceDialog members={placing} onClose={() => setPlacing(null)} />}
    </section>
  );
}

const MoveInput = hotelsContract['hotels.movePlannedEnd'].input;
type MoveValues = z.input<typeof MoveInput>;

/** Guests placed under another closure length: choose whom to move to the closure's end. */
export function OffClosurePanel({ guests, closureEnd }: { guests: Guest[]; closureEnd: string }) {
  const { t } = useTranslation();
  const notify = useToast();
  const move = useApiMutation('hotels.movePlannedEnd', { toastErrors: false });
  const { register, handleSubmit, formState, setError, setValue, watch } = useForm<MoveValues>({
    resolver: worded(zodResolver(MoveInput)),
    defaultValues: { stayIds: guests.map((g) => g.stayId), plannedEnd: closureEnd, reason: '' },
  });
  const chosen = watch('stayIds');
  const toggle = (id: number, on: boolean) =>
    setValue('stayIds', on ? [...chosen, id] : chosen.filter((x) => x !== id), { shouldValidate: false });
  const submit = handleSubmit(async (v) => {
    try {
      const r = await move.mutateAsync(v);
      notify(t('care.moved', { count: r.moved }), 'success');
    } catch (e) {
      if (!landServerErrors(e, setError, ['stayIds', 'plannedEnd', 'reason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <section className="card no-print" data-testid="off-closure">
      <h3 className="warn-text">{t('care.offClosureTitle', { end: closureEnd, count: guests.length })}</h3>
      <p className="muted">{t('care.offClosureHint')}</p>
      <form onSubmit={(ev) => void submit(ev)} noValidate>
        <div className="chips">
          {guests.map((g) => (
            <label key={g.stayId} className="check chip">
              <input
                type="checkbox"
                checked={chosen.includes(g.stayId)}
                onChange={(ev) => toggle(g.stayId, ev.target.checked)}
              />{' '}
              {g.name} · {g.hotel} {g.room} · {t('hotels.plannedEnd')} {g.plannedEnd}
            </label>
          ))}
        </div>
        {e.stayIds && <em className="field-error">{e.stayIds.message ?? e.stayIds.root?.message}</em>}
        <div className="row">
          <label className="field">
            <span>{t('care.moveTo')}</span>
            <input type="date" {...register('plannedEnd')} aria-invalid={!!e.plannedEnd} />
            {e.plannedEnd && <em className="field-error">{e.plannedEnd.message}</em>}
          </label>
          <label className="field grow">
            <span>{t('care.moveReason')}</span>
            <input {...register('reason')} />
          </label>
          <button type="submit" className="primary" disabled={move.isPending}>
            {t('care.moveChosen')}
          </button>
        </div>
        {e.root?.server && (
          <p className="error-box" role="alert">
            {e.root.server.message}
          </p>
        )}
      </form>
    </section>
  );
}

/** Fevers not yet handled: each stays here until someone records what was done. */
export function FeverAlertsPanel({ alerts }: { alerts: FeverAlert[] }) {
  const { t } = useTranslation();
  const [handling, setHandling] = useState<FeverAlert | null>(null);
  if (alerts.length === 0) return null;
  return (
    <section className="card no-print fever-alerts" data-testid="fever-alerts" role="alert">
      <h3>{t('care.feverAlertsList', { count: alerts.length })}</h3>
      <ul className="plain">
        {alerts.map((a) => (
          <li key={a.contactId}>
            <a href={`#/returnee/${a.returneeId}`}>
              <strong>{a.name}</strong>
            </a>{' '}
            {a.hotel && `${a.hotel} ${a.room ?? ''} · `}
            {t('care.feverAlertLine', { temperature: a.temperature, at: formatInstant(a.at) })}{' '}
            <button type="button" className="link" onClick={() => setHandling(a)}>
              {t('care.handleFever')}
            </button>
          </li>
        ))}
      </ul>
      {handling && (
        <CareDialog title={`${handling.name} · ${t('care.handleFever')}`} onClose={() => setHandling(null)}>
          <HandleFeverForm
            contactId={handling.contactId}
            onDone={() => setHandling(null)}
            onCancel={() => setHandling(null)}
          />
        </CareDialog>
      )}
    </section>
  );
}
