import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Out } from '../../../../electron/api/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { wordReason } from '../../i18n/words';
import { BackupSettingsForm } from './BackupSettingsForm';
import { FromFile } from './FromFile';
import { reasonText, sizeText, when } from './format';
import { RestoreDialog } from './RestoreDialog';
import { UsbCard } from './UsbCard';

type Status = Out<'backups.status'>;

function StatusCard({ status }: { status: Status }) {
  const { t } = useTranslation();
  const notify = useToast();
  const create = useApiMutation('backups.create');
  const { age, latest } = status;
  const ago =
    age.code === 'never'
      ? ''
      : age.hours === 0
        ? t('backups.justNow')
        : t('backups.hoursAgo', { hours: age.hours });
  const backUp = async () => {
    try {
      const b = await create.mutateAsync({ folder: null });
      notify(t('backups.done', { file: b.file }), 'success');
    } catch {
      // Shown as a toast.
    }
  };
  return (
    <section className="card">
      <h2>{t('backups.status')}</h2>
      {!status.available && <p className="muted">{t('backups.unavailable')}</p>}
      {status.available && age.code === 'never' && <p className="warning-box">{t('backups.never')}</p>}
      {age.code === 'stale' && <p className="warning-box">{t('backups.stale', { at: when(age.at) })}</p>}
      {latest && age.code === 'fresh' && (
        <p className="backup-latest">
          {t('backups.latest', { at: when(latest.takenAt), ago })}
          {latest.by && t('backups.by', { name: latest.by })} · {reasonText(t, latest.reason)}
        </p>
      )}
      {status.folder && (
        <p className="muted break">{t('backups.folder', { folder: status.folder, count: status.count })}</p>
      )}
      {status.external && !status.external.present && (
        <p className="warning-box">{t('backups.usbMissing', { folder: status.external.folder })}</p>
      )}
      {status.external?.lastError && (
        <p className="warning-box">
          {t('backups.usbError', { error: wordReason(status.external.lastError) })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!status.available || create.isPending}
          onClick={() => void backUp()}
        >
          {create.isPending ? t('backups.backingUp') : t('backups.backupNow')}
        </button>
      </div>
    </section>
  );
}

function BackupList({
  folder,
  onAuto,
  onRestore,
}: {
  folder?: string;
  onAuto: () => void;
  onRestore: (path: string) => void;
}) {
  const { t } = useTranslation();
  const list = useApiQuery('backups.list', folder ? { folder } : {});
  return (
    <section className="card">
      <h2>{t('backups.listTitle')}</h2>
      <QueryState query={list}>
        {(l) => (
          <>
            <p className="muted break">
              {l.exists || !folder
                ? t('backups.listFolder', { folder: l.folder })
                : t('backups.folderGone', { folder: l.folder })}
              {folder && (
                <button type="button" className="link" onClick={onAuto}>
                  {t('backups.showAuto')}
                </button>
              )}
            </p>
            {l.backups.length === 0 ? (
              <p className="muted">{t('backups.empty')}</p>
            ) : (
              <div className="backup-table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th>{t('backups.takenAt')}</th>
                      <th>{t('backups.reasonCol')}</th>
                      <th>{t('backups.byCol')}</th>
                      <th>{t('backups.size')}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {l.backups.map((b) => (
                      <tr key={b.path} title={b.file}>
                        <td className="nowrap">{when(b.takenAt)}</td>
                        <td>{reasonText(t, b.reason)}</td>
                        <td>{b.by ?? '—'}</td>
                        <td className="nowrap">{sizeText(b.size)}</td>
                        <td>
                          <button type="button" onClick={() => onRestore(b.path)}>
                            {t('backups.restore')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

/** 备份与恢复: the last backup and its age, back up now (here or to a USB stick), settings, restore. */
export function BackupsPage() {
  const status = useApiQuery('backups.status', {});
  const [folder, setFolder] = useState<string | undefined>();
  const [restoring, setRestoring] = useState<string | null>(null);
  return (
    <QueryState query={status}>
      {(s) => (
        <div className="backups">
          <div className="backups-col">
            <StatusCard status={s} />
            <UsbCard initial={s.settings.externalFolder ?? ''} onShow={setFolder} />
            <BackupSettingsForm settings={s.settings} />
          </div>
          <div className="backups-col">
            <BackupList folder={folder} onAuto={() => setFolder(undefined)} onRestore={setRestoring} />
            <FromFile onCheck={setRestoring} />
          </div>
          {restoring && <RestoreDialog path={restoring} onClose={() => setRestoring(null)} />}
        </div>
      )}
    </QueryState>
  );
}
