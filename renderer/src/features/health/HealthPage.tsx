import { type ComponentType, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { screen } from '../../app/screen';
import { HealthTabs } from './HealthTabs';

/**
 * `#/health/<screen>`: the temperature rounds and the community doctor's screens (issue 14), under
 * one menu entry and one tab bar; each screen is its own chunk.
 */
const SCREENS: Record<string, ComponentType<{ param: string }>> = {
  '': screen(() => import('./DutyScreen'), 'DutyScreen'),
  round: screen(() => import('./RoundScreen'), 'RoundScreen'),
  episodes: screen(() => import('./EpisodesScreen'), 'EpisodesScreen'),
  medical: screen(() => import('../medical/MedicalScreen'), 'MedicalScreen'),
};

export function HealthPage({ param }: { param: string }) {
  const { t } = useTranslation();
  const [first = '', ...rest] = param.split('/');
  const current = first in SCREENS ? first : '';
  const Screen = SCREENS[current];
  if (!Screen) return null;
  return (
    <div className="stock health">
      <HealthTabs current={current} />
      <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
        <Screen param={rest.join('/')} />
      </Suspense>
    </div>
  );
}
