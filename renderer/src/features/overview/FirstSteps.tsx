import { useTranslation } from 'react-i18next';
import type { FIRST_STEPS } from '../../../../electron/api/overview/contract';
import { useApiQuery } from '../../api/hooks';

/** Where each first-day step is done. */
const WHERE: Record<(typeof FIRST_STEPS)[number], string> = {
  compound: '#/settings',
  buildings: '#/buildings',
  residents: '#/import',
  team: '#/staff',
  roster: '#/roster',
  hotels: '#/hotels',
};

/**
 * The first day at a new post (issue 10 #13): a short checklist, each step ticked as its data
 * appears. Shown until every step is done.
 */
export function FirstSteps() {
  const { t } = useTranslation();
  const q = useApiQuery('overview.checklist', {});
  if (!q.data || q.data.allDone) return null;
  const next = q.data.steps.find((s) => !s.done)?.key;
  return (
    <section className="card first-steps" data-testid="first-steps" aria-labelledby="first-steps-title">
      <h3 id="first-steps-title">{t('firstSteps.title')}</h3>
      <p className="muted">{t('firstSteps.intro')}</p>
      <ol>
        {q.data.steps.map((s) => (
          <li
            key={s.key}
            className={s.done ? 'step done' : s.key === next ? 'step next' : 'step'}
            data-testid={`step-${s.key}`}
            data-done={s.done}
          >
            <span className="step-mark" aria-hidden>
              {s.done ? '✓' : ''}
            </span>
            <a href={WHERE[s.key]}>{t(`firstSteps.${s.key}.title`)}</a>
            <span className="muted">{s.done ? t('firstSteps.done') : t(`firstSteps.${s.key}.hint`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
