import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { when } from './format';

/** On the overview and the settings screen: no backup yet, or none for more than a day. */
export function BackupWarning() {
  const { t } = useTranslation();
  const status = useApiQuery('backups.status', {});
  const s = status.data;
  if (!s?.available || s.age.code === 'fresh') return null;
  return (
    <p className="warning-box" role="alert" data-testid="backup-warning">
      {s.age.code === 'never' ? t('backups.never') : t('backups.stale', { at: when(s.age.at) })}{' '}
      <a href="#/backups">{t('backups.go')}</a>
    </p>
  );
}
