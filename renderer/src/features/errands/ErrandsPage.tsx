import { type ComponentType, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { screen } from '../../app/screen';
import { RUN_SCREENS } from '../errands-run/routes';
import { ErrandsTabs } from './ErrandsTabs';

/**
 * `#/errands/<screen>/<rest>`: the errands screens under one menu entry and one tab bar, each its
 * own chunk. `#/errands` is the post's list and request form, `#/errands/ID` one errand whole.
 * The runners' screens (`runner`, `print`, `cash`: features/errands-run/routes.ts) are dispatched
 * here too. Another errands screen adds its line here and to ErrandsTabs.
 */
const SCREENS: Record<string, ComponentType<{ param: string }>> = {
  '': screen(() => import('./ErrandsScreen'), 'ErrandsScreen'),
  ...RUN_SCREENS,
};
const ErrandPage = screen(() => import('./ErrandPage'), 'ErrandPage');

export function ErrandsPage({ param }: { param: string }) {
  const { t } = useTranslation();
  const [first = '', ...rest] = param.split('/');
  const Screen = SCREENS[first] ?? (first ? ErrandPage : SCREENS['']);
  if (!Screen) return null;
  return (
    <div className="stock errands">
      <ErrandsTabs current={first} />
      <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
        <Screen param={SCREENS[first] ? rest.join('/') : param} />
      </Suspense>
    </div>
  );
}
