import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { OUTCOMES } from '../../../../db/schema/enums';
import type { ReturneeView } from '../../../../electron/api/returnees/contract';
import { returneesContract } from '../../../../electron/api/returnees/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { wordReason } from '../../i18n/words';
import { PlaceDialog } from './PlaceDialog';

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

const DecideInput = returneesContract['returnees.decide'].input;
type DecideValues = z.input<typeof DecideInput>;

/** The decision for the whole group: the method's own schema; a missing reason lands on its field. */
function DecideForm({
  members,
  onDecided,
}: {
  members: ReturneeView[];
  onDecided: (d: ReturneeView[]) => void;
}) {
  const { t } = useTranslation();
  const decide = useApiMutation('returnees.decide', { toastErrors: false });
  const { register, handleSubmit, formState, setError, watch } = useForm<DecideValues>({
    resolver: worded(zodResolver(DecideInput)),
    defaultValues: {
      returneeIds: members.map((m) => m.id),
      outcome: members[0]?.recommendation ?? 'hotel',
      reason: '',
    },
  });
  const outcome = watch('outcome');
  const needsReason = members.some((m) => m.recommendation !== outcome);
  const submit = handleSubmit(async (v) => {
    try {
      onDecided(await decide.mutateAsync(v));
    } catch (e) {
      if (!landServerErrors(e, setError, ['outcome', 'reason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <form className="decide-form" onSubmit={(ev) => void submit(ev)} noValidate>
      <div className="decide row">
        <label className="field">
          <span>{members.length > 1 ? t('check.group', { count: members.length }) : t('check.decide')}</span>
          <select {...register('outcome')} aria-label={t('check.decide')}>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{t('check.reason')}</span>
          <input {...register('reason')} aria-invalid={!!e.reason || needsReason} />
          {e.reason && <em className="field-error">{e.reason.message}</em>}
        </label>
        <button type="submit" className="primary" disabled={decide.isPending}>
          {t('check.apply')}
        </button>
      </div>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </form>
  );
}

/** The check of one arrival group, and the commander's decision for all of it. */
export function CheckPanel({ members }: { members: ReturneeView[] }) {
  const { t } = useTranslation();
  const first = members[0];
  const [decided, setDecided] = useState<ReturneeView[] | null>(null);
  const [placing, setPlacing] = useState(false);
  const [placed, setPlaced] = useState(false);
  if (!first) return null;
  const shown = decided ?? members;
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
      {!decided && <DecideForm members={members} onDecided={setDecided} />}
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
