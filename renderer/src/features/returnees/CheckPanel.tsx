import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES } from '../../../../db/schema/enums';
import type { ReturneeView } from '../../../../electron/api/returnees/contract';
import { ApiCallError, useApiMutation } from '../../api/hooks';
import { wordReason } from '../../i18n/words';
import { PlaceDialog } from './PlaceDialog';

type Outcome = (typeof OUTCOMES)[number];

export function RuleList({ r }: { r: ReturneeView }) {
  const { t } = useTranslation();
  return (
    <ul className="rules">
      {r.checks.map((c) => (
        <li key={c.rule} className={`rule rule-${c.status}`}>
          <span className="rule-status">{t(`ruleStatus.${c.status}`)}</span>
          <strong>{t(`rule.${c.rule}`)}</strong>
          <span>{wordReason(c.reason)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The check of one arrival group, and the commander's decision for all of it. */
export function CheckPanel({ members }: { members: ReturneeView[] }) {
  const { t } = useTranslation();
  const first = members[0];
  const [outcome, setOutcome] = useState<Outcome>(first?.recommendation ?? 'hotel');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [decided, setDecided] = useState<ReturneeView[] | null>(null);
  const [placing, setPlacing] = useState(false);
  const [placed, setPlaced] = useState(false);
  const decide = useApiMutation('returnees.decide', { toastErrors: false });
  if (!first) return null;
  const shown = decided ?? members;
  const apply = async () => {
    setError(null);
    try {
      setDecided(await decide.mutateAsync({ returneeIds: members.map((m) => m.id), outcome, reason }));
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    }
  };
  const needsReason = members.some((m) => m.recommendation !== outcome);
  return (
    <section className="card check-panel" data-testid="check-panel">
      {shown.map((m) => (
        <div key={m.id} className="check-member">
          <h3>
            {m.name}{' '}
            {m.address ? (
              <span className="muted">{m.address}</span>
            ) : (
              <span className="pill bad">{t('list.notResident')}</span>
            )}
            <span className={`pill outcome-${m.recommendation}`}>
              {t('check.recommend', { outcome: t(`outcome.${m.recommendation}`) })}
            </span>
            {m.outcome && (
              <span className="pill ok">{t('check.decided', { outcome: t(`outcome.${m.outcome}`) })}</span>
            )}
          </h3>
          <RuleList r={m} />
        </div>
      ))}
      {!decided && (
        <div className="decide row">
          <label className="field">
            <span>
              {members.length > 1 ? t('check.group', { count: members.length }) : t('check.decide')}
            </span>
            <select
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as Outcome)}
              aria-label={t('check.decide')}
            >
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`outcome.${o}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field grow">
            <span>{t('check.reason')}</span>
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={needsReason && !reason.trim()}
            />
          </label>
          <button type="button" className="primary" disabled={decide.isPending} onClick={() => void apply()}>
            {t('check.apply')}
          </button>
        </div>
      )}
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {placed && (
        <p className="ok-box" role="status">
          {t('place.placed')}
        </p>
      )}
      {!placed && decided?.every((d) => d.outcome === 'hotel' && !d.stay) && (
        <button type="button" className="primary" onClick={() => setPlacing(true)}>
          {t('check.place')}
        </button>
      )}
      {placing && decided && (
        <PlaceDialog
          members={decided}
          onClose={(placed) => {
            setPlacing(false);
            if (placed) setPlaced(true);
          }}
        />
      )}
    </section>
  );
}
