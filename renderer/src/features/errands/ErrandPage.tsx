import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Out } from '../../../../electron/api/contract';
import type { ERRAND_STEPS } from '../../../../electron/api/errands/contract';
import { isOpen, TRANSITIONS } from '../../../../electron/api/errands/rules';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { wordWho } from '../../i18n/words';
import { AssignDialog } from './AssignDialog';
import { StepDialog } from './StepDialog';
import { UndoDeliveryDialog } from './UndoDeliveryDialog';
import { ageText, errandNo, yuan } from './words';

export type Errand = Out<'errands.get'>;
export type StepKey = (typeof ERRAND_STEPS)[number];
type Action = 'assign' | StepKey;

/** The order the next steps are offered in: the errand's way forward first, then the others. */
const ORDER: readonly Action[] = [
  'bought',
  'delivered',
  'confirmed',
  'assign',
  'no_answer',
  'cancelled',
  'duplicate',
];

/**
 * The next steps offered from a state: the rules' own transitions. The first is the main button:
 * assigning while nobody has it, else the way forward.
 */
function nextOf(e: Errand): Action[] {
  const allowed = new Set<Action>(TRANSITIONS[e.state].map((m) => (m === 'assigned' ? 'assign' : m)));
  const next = ORDER.filter((a) => allowed.has(a));
  return e.runnerId === null && allowed.has('assign')
    ? ['assign', ...next.filter((a) => a !== 'assign')]
    : next;
}

/** `#/errands/ID`: one errand whole — lines, every step, the cash that names it — and its next steps. */
export function ErrandPage({ param }: { param: string }) {
  const { t } = useTranslation();
  const id = param.split('/')[0] ?? '';
  const errand = useApiQuery('errands.get', { id });
  const [acting, setActing] = useState<Action | 'undo' | null>(null);
  const next = errand.data ? nextOf(errand.data) : [];
  return (
    <QueryState query={errand}>
      {(e) => (
        <div className="errand-page">
          <p className="no-print">
            <a href="#/errands">← {t('errands.back')}</a>
          </p>
          <section className="card errand-head">
            <h2>
              {errandNo(e.no)} <span className="badge">{t(`errandState.${e.state}`)}</span>{' '}
              {isOpen(e.state) && (
                <span className={`age-chip age-${e.staleLevel}`}>{ageText(t, e.ageMinutes)}</span>
              )}
            </h2>
            {e.medicineOpen && (
              <p className="badge bad" role="note">
                {t('errands.medicineFlag')}
              </p>
            )}
            <dl className="errand-facts">
              <dt>{t('errands.household')}</dt>
              <dd>
                <a href={`#/household/${e.householdId}?from=errands/${e.id}`}>
                  {e.building} {e.room}
                </a>{' '}
                {e.householdHead}
              </dd>
              <dt>{t('errands.phone')}</dt>
              <dd>{e.phone}</dd>
              <dt>{t('errands.kind')}</dt>
              <dd>
                {t(`errandKind.${e.kind}`)} · {t(`errandUrgency.${e.urgency}`)}
              </dd>
              <dt>{t('errands.channel')}</dt>
              <dd>{t(`errandChannel.${e.channel}`)}</dd>
              <dt>{t('errands.payer')}</dt>
              <dd>
                {t(`errandPayer.${e.payer}`)}
                {e.budgetFen !== null && ` · ${t('errands.budgetShort')} ${yuan(e.budgetFen)}`}
              </dd>
              <dt>{t('errands.runner')}</dt>
              <dd>
                {e.runnerId !== null ? (
                  e.runnerName
                ) : (
                  <span className="muted">{t('errands.unassigned')}</span>
                )}
              </dd>
              <dt>{t('errands.createdAt')}</dt>
              <dd>{formatInstant(e.createdAt)}</dd>
              {e.note && (
                <>
                  <dt>{t('errands.note')}</dt>
                  <dd>{e.note}</dd>
                </>
              )}
            </dl>
            <table className="table errand-lines-view" aria-label={t('errands.lines')}>
              <thead>
                <tr>
                  <th>{t('errands.what')}</th>
                  <th>{t('errands.qty')}</th>
                  <th>{t('errands.lineNote')}</th>
                </tr>
              </thead>
              <tbody>
                {e.lines.map((l, i) => (
                  // Lines have no key of their own: their order is the request's.
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines are never reordered
                  <tr key={i}>
                    <td>
                      {l.what}
                      {l.itemId && <span className="badge">{t('errands.fromStock')}</span>}
                    </td>
                    <td className="num">{l.qty}</td>
                    <td>{l.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {next.length > 0 && (
              <div className="actions errand-next">
                {next.map((a) => (
                  <button
                    key={a}
                    type="button"
                    className={a === next[0] ? 'primary' : undefined}
                    onClick={() => setActing(a)}
                  >
                    {a === 'assign'
                      ? t(e.runnerId !== null ? 'errands.reassign' : 'errands.assign')
                      : t(`errands.step.${a}`)}
                  </button>
                ))}
                {e.state === 'delivered' && (
                  <button type="button" onClick={() => setActing('undo')}>
                    {t('errands.undo')}
                  </button>
                )}
              </div>
            )}
          </section>
          <Steps e={e} />
          <Cash e={e} />
          {acting === 'assign' && (
            <AssignDialog e={e} onDone={() => setActing(null)} reload={() => void errand.refetch()} />
          )}
          {acting === 'undo' && <UndoDeliveryDialog errand={e} onDone={() => setActing(null)} />}
          {acting && acting !== 'assign' && acting !== 'undo' && (
            <StepDialog
              e={e}
              step={acting}
              onDone={() => setActing(null)}
              reload={() => void errand.refetch()}
            />
          )}
        </div>
      )}
    </QueryState>
  );
}

function Steps({ e }: { e: Errand }) {
  const { t } = useTranslation();
  const undone = new Set(e.steps.map((s) => s.undoes));
  return (
    <section className="card">
      <h3>{t('errands.steps')}</h3>
      <table className="table errand-steps" aria-label={t('errands.steps')}>
        <thead>
          <tr>
            <th>{t('errands.at')}</th>
            <th>{t('errands.state')}</th>
            <th>{t('errands.runner')}</th>
            <th>{t('errands.details')}</th>
            <th>{t('errands.operator')}</th>
          </tr>
        </thead>
        <tbody>
          {e.steps.map((s) => (
            <tr key={s.id}>
              <td className="nowrap">{formatInstant(s.at)}</td>
              <td className="nowrap">
                {t(`errandState.${s.state}`)}
                {s.attempt !== null && s.attempt > 1 && (
                  <div className="muted small">{t('errands.attempt', { n: s.attempt })}</div>
                )}
                {s.undoes && <div className="badge warn">{t('errands.undoes')}</div>}
                {undone.has(s.id) && <div className="muted small">{t('errands.undone')}</div>}
              </td>
              <td>{s.runnerName}</td>
              <td>
                {[
                  s.amountFen !== null ? `${t('errands.amount')} ${yuan(s.amountFen)}` : '',
                  s.shop && `${t('errands.shop')} ${s.shop}`,
                  s.receiptNo && `${t('errands.receiptNo')} ${s.receiptNo}`,
                  s.deliveredTo && `${t('errands.deliveredTo')} ${s.deliveredTo}`,
                  s.note,
                ]
                  .filter(Boolean)
                  .join(t('punct.semi'))}
                {s.duplicateOf && (
                  <a href={`#/errands/${s.duplicateOf}`}>
                    {' '}
                    {s.duplicateOfNo !== null
                      ? t('errands.duplicateOfNo', { no: errandNo(s.duplicateOfNo) })
                      : t('errands.duplicateOfLink')}
                  </a>
                )}
              </td>
              <td>{wordWho(s.operatorName)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Cash({ e }: { e: Errand }) {
  const { t } = useTranslation();
  const team = useApiQuery('team.list', {});
  const nameOf = (id: number) => team.data?.find((m) => m.id === id)?.name ?? '';
  return (
    <section className="card">
      <h3>{t('errands.cash')}</h3>
      {e.cash.length === 0 ? (
        <p className="muted">{t('errands.noCash')}</p>
      ) : (
        <table className="table errand-cash" aria-label={t('errands.cash')}>
          <thead>
            <tr>
              <th>{t('errands.at')}</th>
              <th>{t('errands.runner')}</th>
              <th>{t('errands.kind')}</th>
              <th>{t('errands.amount')}</th>
              <th>{t('errands.receiptNo')}</th>
              <th>{t('errands.note')}</th>
              <th>{t('errands.operator')}</th>
            </tr>
          </thead>
          <tbody>
            {e.cash.map((c) => (
              <tr key={c.id}>
                <td className="nowrap">{formatInstant(c.at)}</td>
                <td>{nameOf(c.runnerId)}</td>
                <td>{t(`cashKind.${c.kind}`)}</td>
                <td className="num">{yuan(c.amountFen)}</td>
                <td>{c.receiptNo}</td>
                <td>{c.note}</td>
                <td>{wordWho(c.operatorName)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
