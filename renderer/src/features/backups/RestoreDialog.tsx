import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { setOperatorId } from '../../app/operator';
import { useDialog } from '../../components/useDialog';
import { reasonText, sizeText, when } from './format';

/** Check a backup, show what it holds, and only then, confirmed, replace the data with it. */
export function RestoreDialog({ path, onClose: close }: { path: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  // After a restore the people on file are the backup's: whoever is on duty chooses themselves again.
  const onClose = () => {
    if (done) setOperatorId(null);
    close();
  };
  const dialog = useDialog<HTMLDivElement>(onClose);
  const restoreMutation = useApiMutation('backups.restore', { toastErrors: false });
  const preview = useApiQuery('backups.preview', { path }, { staleTime: 0, gcTime: 0 });
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const d = preview.data?.details;

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await restoreMutation.mutateAsync({ path, confirm: true });
      setDone(t('backups.restored', { at: when(r.restored.takenAt), file: r.safety.file }));
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal restore-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="restore-title"
      >
        <h2 id="restore-title">{t('backups.dialogTitle')}</h2>
        <p className="muted break">{path}</p>
        {preview.isPending && <p className="muted">{t('backups.checking')}</p>}
        {preview.isError && <p className="error-box">{preview.error.message}</p>}
        {preview.data?.problem && (
          <p className="error-box" role="alert">
            {t('backups.cannotUse')}
            {t(`backups.problem.${preview.data.problem}`)}
          </p>
        )}
        {d && !done && (
          <>
            <dl className="facts">
              <dt>{t('backups.takenAt')}</dt>
              <dd>
                {when(d.takenAt)} · {reasonText(t, d.reason)}
              </dd>
              <dt>{t('backups.takenBy')}</dt>
              <dd>{d.by ?? '—'}</dd>
              <dt>{t('backups.compound')}</dt>
              <dd>{d.compound ?? '—'}</dd>
              <dt>{t('backups.lastChange')}</dt>
              <dd>{d.lastChangeAt ? when(d.lastChangeAt) : '—'}</dd>
              <dt>{t('backups.households')}</dt>
              <dd>{d.counts.households}</dd>
              <dt>{t('backups.residents')}</dt>
              <dd>{d.counts.residents}</dd>
              <dt>{t('backups.returnees')}</dt>
              <dd>{d.counts.returnees}</dd>
              <dt>{t('backups.people')}</dt>
              <dd>{d.counts.people}</dd>
              <dt>{t('backups.auditRows')}</dt>
              <dd>{d.counts.auditRows}</dd>
              <dt>{t('backups.size')}</dt>
              <dd>{sizeText(d.size)}</dd>
              <dt>{t('backups.version')}</dt>
              <dd>
                {d.schemaVersion < (preview.data?.currentVersion ?? 0)
                  ? t('backups.willMigrate', { from: d.schemaVersion, to: preview.data?.currentVersion })
                  : d.schemaVersion}
              </dd>
            </dl>
            <p className="warning-box">{t('backups.warning')}</p>
            <label className="check">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
              {t('backups.confirm')}
            </label>
          </>
        )}
        {error && (
          <p className="error-box" role="alert">
            {error}
          </p>
        )}
        {done && (
          <p className="success-box" role="status">
            {done}
          </p>
        )}
        <div className="actions">
          {d && !done && (
            <button
              type="button"
              className="danger"
              disabled={!confirmed || busy}
              onClick={() => void restore()}
            >
              {busy ? t('backups.restoring') : t('backups.doRestore')}
            </button>
          )}
          <button type="button" onClick={onClose} disabled={busy}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
