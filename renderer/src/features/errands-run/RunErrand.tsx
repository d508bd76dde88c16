import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { useToast } from '../../components/Toast';
import { money } from '../cash/money';
import { UndoDeliveryDialog } from '../errands/UndoDeliveryDialog';
import { BoughtForm } from './BoughtForm';
import { ageParts, errandNo, RUNNER_STEPS } from './groups';
import type { ErrandRow } from './types';

/** How long an errand has waited, in the UI language. */
export function useAge() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const { h, m } = ageParts(minutes);
    return h > 0 ? t('runner.hours', { h, m }) : t('runner.minutes', { m });
  };
}

/**
 * One errand on the runner's list: room, head of household, what is needed, budget and payer, how
 * long it has waited (coloured by its age), and its steps as large buttons. `bought` opens the small
 * amount/shop/receipt form; `delivered` and `no answer` are one tap. Each sends the state it was
 * shown in, so a second tap (or another operator first) is refused, not written twice.
 */
export function RunErrand({ row }: { row: ErrandRow }) {
  const { t } = useTranslation();
  const notify = useToast();
  const age = useAge();
  const step = useApiMutation('errands.step');
  const client = useQueryClient();
  const [buying, setBuying] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const no = errandNo(row.no);
  const tap = (s: 'delivered' | 'no_answer') =>
    step.mutate(
      { id: row.id, from: row.state, step: s, shop: '', receiptNo: '', deliveredTo: '', note: '' },
      {
        onSuccess: () => notify(t('runner.done', { no, step: t(`runner.step.${s}`) }), 'success'),
        // Refused (it moved on meanwhile, another operator or a second tap): show where it is now.
        onError: () => void client.invalidateQueries({ queryKey: ['errands'] }),
      },
    );
  const steps: readonly string[] = RUNNER_STEPS[row.state];
  return (
    <li className={`run-card run-${row.staleLevel}`} aria-label={`${no} ${row.building}-${row.room}`}>
      <div className="run-top">
        <strong className="run-room">
          {row.building}-{row.room}
        </strong>
        <span className="run-no muted">{no}</span>
        <span className={`run-kind kind-${row.kind}`}>{t(`runner.kind.${row.kind}`)}</span>
        {row.medicineOpen && row.kind !== 'medicine' && (
          <span className="run-kind kind-medicine">{t('runner.medicineOpen')}</span>
        )}
        <span className={`run-age run-${row.staleLevel}`}>
          {row.state === 'no_answer'
            ? t('runner.noAnswerNth', { n: row.noAnswers })
            : t(`runner.state.${row.state}`)}{' '}
          · {t('runner.waited', { age: age(row.ageMinutes) })}
        </span>
      </div>
      <div className="run-who">
        {row.householdHead}
        {row.phone && (
          <a className="run-phone" href={`tel:${row.phone}`} aria-label={`${t('runner.call')} ${row.phone}`}>
            {row.phone}
          </a>
        )}
      </div>
      <p className="run-what">{row.summary}</p>
      <div className="run-money muted">
        {row.budgetFen === null ? t('runner.noBudget') : t('runner.budget', { money: money(row.budgetFen) })}{' '}
        · {t(`runner.payer.${row.payer}`)} · {t(`runner.urgency.${row.urgency}`)}
      </div>
      {buying ? (
        <BoughtForm row={row} onDone={() => setBuying(false)} />
      ) : (
        steps.length > 0 && (
          <div className="run-steps">
            {steps.includes('bought') && (
              <button type="button" className="big primary" onClick={() => setBuying(true)}>
                {t('runner.step.bought')}
              </button>
            )}
            {steps.includes('delivered') && (
              <button
                type="button"
                className="big primary"
                disabled={step.isPending}
                onClick={() => tap('delivered')}
              >
                {t('runner.step.delivered')}
              </button>
            )}
            {steps.includes('no_answer') && (
              <button
                type="button"
                className="big"
                disabled={step.isPending}
                onClick={() => tap('no_answer')}
              >
                {t('runner.step.no_answer')}
              </button>
            )}
          </div>
        )
      )}
      {/* A delivery tapped by mistake: undone within the shift, as a step of its own. */}
      {row.state === 'delivered' && (
        <div className="run-steps">
          <button type="button" className="big" onClick={() => setUndoing(true)}>
            {t('errands.undo')}
          </button>
        </div>
      )}
      {undoing && <UndoDeliveryDialog errand={row} onDone={() => setUndoing(false)} />}
    </li>
  );
}
