import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { RUN_SCREENS } from './routes';

/**
 * `#/errands/<screen>/<rest>` for the runners' screens (runner, print, cash) until the errands page
 * of the post dispatches them itself; anything else opens the runner picker.
 */
export function ErrandsRunPage({ param }: { param: string }) {
  const { t } = useTranslation();
  const [first = '', ...rest] = param.split('/');
  const Screen = RUN_SCREENS[first] ?? RUN_SCREENS.runner;
  if (!Screen) return null;
  return (
    <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
      <Screen param={RUN_SCREENS[first] ? rest.join('/') : ''} />
    </Suspense>
  );
}
