import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { FeverActDialog } from '../medical/FeverActDialog';
import { CompletionTable } from './CompletionTable';
import { DueLists, FeverList, RecheckList } from './DutyLists';
import type { FeverAlert } from './types';

/**
 * `#/health`: the doctor's duty screen, in this order: fever alerts (each acted on through the
 * triage, which clears it), rechecks due, due and not taken, not seen for two slots or more, the
 * normal count; beside them today's completion per building and hotel. Refreshed every minute, so
 * a fever reaches the doctor within minutes.
 */
export function DutyScreen() {
  const { t } = useTranslation();
  // The lists' whole rows once someone opens "view all" (the contract's cap), else the first 100.
  const [limit, setLimit] = useState(100);
  const alerts = useApiQuery(
    'health.alerts',
    { limit },
    // The lists stay open while the longer answer comes.
    { refetchInterval: 60_000, placeholderData: keepPreviousData },
  );
  const [acting, setActing] = useState<FeverAlert | null>(null);
  return (
    <section aria-label={t('health.tabs.duty')}>
      <QueryState query={alerts}>
        {(a) => (
          <div className="duty-board">
            <div className="duty-main">
              <FeverList rows={a.fevers} onAct={setActing} />
              <RecheckList rows={a.rechecks} />
              <DueLists a={a} onAll={() => setLimit(500)} />
            </div>
            <aside className="duty-side">
              <section className="card duty-normal" aria-label={t('health.duty.normal')}>
                <span className="badge ok">{t('health.duty.normal')}</span>{' '}
                <strong>{t('health.duty.normalCount', { count: a.normal })}</strong>
                <p className="muted small">
                  {a.day} · {t('health.duty.refreshed')}
                </p>
              </section>
              <CompletionTable rows={a.completion} day={a.day} />
            </aside>
          </div>
        )}
      </QueryState>
      {acting && <FeverActDialog alert={acting} onDone={() => setActing(null)} />}
    </section>
  );
}
