/**
 * The hotel part of a returnee's file: stays (a release by mistake undone here), needs (待处理 /
 * 已处理, handled with what was done, reopened by mistake), calls (a fever is an alert until
 * handled) and the care log — every correction a new row with its reason.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturneeFile } from '../../../../electron/api/returnees/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { wordWho } from '../../i18n/words';
import {
  CareDialog,
  HandleFeverForm,
  HandleNeedForm,
  ReopenNeedForm,
  UndoReleaseForm,
} from '../hotels/CareForms';

type Open =
  | {
      kind: 'handleNeed';
      id: number;
      title: string;
      need: ReturneeFile['needs'][number]['kind'];
      hotel: { id: number; name: string } | null;
    }
  | { kind: 'reopenNeed'; id: number; title: string }
  | { kind: 'undoRelease' | 'handleFever'; id: number; title: string };

/** One open dialog at a time, for any of the lists below. */
function useCareDialog() {
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);
  const dialog = open && (
    <CareDialog title={open.title} onClose={close}>
      {open.kind === 'handleNeed' && (
        <HandleNeedForm
          needId={open.id}
          kind={open.need}
          hotel={open.hotel}
          onDone={close}
          onCancel={close}
        />
      )}
      {open.kind === 'reopenNeed' && <ReopenNeedForm needId={open.id} onDone={close} onCancel={close} />}
      {open.kind === 'undoRelease' && <UndoReleaseForm stayId={open.id} onDone={close} onCancel={close} />}
      {open.kind === 'handleFever' && <HandleFeverForm contactId={open.id} onDone={close} onCancel={close} />}
    </CareDialog>
  );
  return { setOpen, dialog };
}

export function StaysList({ f }: { f: ReturneeFile }) {
  const { t } = useTranslation();
  const { setOpen, dialog } = useCareDialog();
  const last = f.stays.at(-1);
  const undone = new Map(f.care.filter((e) => e.kind === 'release_undone').map((e) => [e.stayId, e]));
  return (
    <ul className="plain" data-testid="stays">
      {f.stays.map((s) => (
        <li key={s.id}>
          {s.hotel} {s.room}
          {t('punct.colon')}
          {formatInstant(s.startedAt)} → {s.endedAt ? formatInstant(s.endedAt) : t('file.current')}
          {s.endKind &&
            `${t('punct.open')}${t(`file.${s.endKind}`)}${s.endReason ? `${t('punct.colon')}${s.endReason}` : ''}${s.releaseTo ? ` · ${t(`releaseTo.${s.releaseTo}`)}` : ''}${t('punct.close')}`}
          {s.overfillReason && ` ⚠ ${s.overfillReason}`}
          {undone.has(s.id) && (
            <span className="pill flag">{t('care.releaseUndone', { reason: undone.get(s.id)?.reason })}</span>
          )}
          {s === last && s.endKind === 'released' && !f.stay && !undone.has(s.id) && (
            <button
              type="button"
              className="link"
              onClick={() =>
                setOpen({ kind: 'undoRelease', id: s.id, title: `${f.name} · ${t('care.undoRelease')}` })
              }
            >
              {t('care.undoRelease')}
            </button>
          )}
        </li>
      ))}
      {dialog}
    </ul>
  );
}

export function NeedsList({ f }: { f: ReturneeFile }) {
  const { t } = useTranslation();
  const { setOpen, dialog } = useCareDialog();
  return (
    <ul className="plain" data-testid="needs">
      {f.needs.map((n) => (
        <li key={n.id}>
          {n.handledAt ? (
            <span className="pill ok">{t('care.needHandled')}</span>
          ) : (
            <span className="pill bad">{t('care.needOpen')}</span>
          )}{' '}
          <strong>{t(`need.${n.kind}`)}</strong> {n.detail}{' '}
          <span className="muted">{formatInstant(n.askedAt)}</span>{' '}
          {n.handledAt ? (
            <>
              <span>
                {n.handledDone ? t(`needDone.${n.handledDone}`) : ''} {n.handledNote}{' '}
                {n.given.length > 0 && (
                  <span className="pill" data-testid="need-given">
                    {t('give.given', {
                      what: n.given.map((g) => `${g.item} ${g.qty} ${g.unit}`).join(t('punct.list')),
                    })}
                  </span>
                )}{' '}
                <span className="muted">
                  {t('file.handled', { by: wordWho(n.handledBy ?? ''), at: formatInstant(n.handledAt) })}
                </span>
              </span>{' '}
              <button
                type="button"
                className="link quiet"
                onClick={() =>
                  setOpen({
                    kind: 'reopenNeed',
                    id: n.id,
                    title: `${t(`need.${n.kind}`)} · ${t('care.reopenNeed')}`,
                  })
                }
              >
                {t('care.reopenNeed')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="link"
              onClick={() =>
                setOpen({
                  kind: 'handleNeed',
                  id: n.id,
                  need: n.kind,
                  hotel: f.stay ? { id: f.stay.hotelId, name: f.stay.hotel } : null,
                  title: `${t(`need.${n.kind}`)} · ${t('care.handleNeed')}`,
                })
              }
            >
              {t('care.handleNeed')}
            </button>
          )}
        </li>
      ))}
      {dialog}
    </ul>
  );
}

export function ContactsList({ f }: { f: ReturneeFile }) {
  const { t } = useTranslation();
  const { setOpen, dialog } = useCareDialog();
  return (
    <ul className="plain" data-testid="contacts">
      {f.contacts.map((c) => (
        <li key={c.id}>
          {formatInstant(c.at)} {wordWho(c.operatorName)}
          {t('punct.colon')}
          {c.reached ? t('file.reached') : t('file.notReached')}
          {c.temperature !== null && ` · ${c.temperature} ℃`} {c.wellbeing}{' '}
          {c.fever &&
            (c.feverHandled ? (
              <span className="pill ok">{t('care.feverHandled')}</span>
            ) : (
              <>
                <span className="pill bad">{t('care.feverOpen')}</span>{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    setOpen({ kind: 'handleFever', id: c.id, title: `${f.name} · ${t('care.handleFever')}` })
                  }
                >
                  {t('care.handleFever')}
                </button>
              </>
            ))}
        </li>
      ))}
      {dialog}
    </ul>
  );
}

/** What the post did beyond the stay, oldest first, worded in the UI language. */
export function CareLog({ f }: { f: ReturneeFile }) {
  const { t } = useTranslation();
  if (f.care.length === 0) return null;
  const action = (kind: string, a: string | null) =>
    !a
      ? ''
      : kind === 'need_handled'
        ? t(`needDone.${a}`)
        : kind === 'fever_handled'
          ? t(`feverAction.${a}`)
          : kind === 'release_override'
            ? t(`releaseHold.${a}`)
            : a;
  return (
    <>
      <h3>{t('care.log')}</h3>
      <ul className="plain" data-testid="care-log">
        {f.care.map((e) => (
          <li key={e.id}>
            {formatInstant(e.at)} {wordWho(e.byName)}
            {t('punct.colon')}
            <strong>{t(`careKind.${e.kind}`)}</strong> {action(e.kind, e.action)}
            {e.fromDay && ` ${e.fromDay} → ${e.toDay}`}
            {e.reason && `${t('punct.open')}${e.reason}${t('punct.close')}`}
          </li>
        ))}
      </ul>
    </>
  );
}
