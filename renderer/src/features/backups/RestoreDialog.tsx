import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { backupsContract } from '../../../../electron/api/backups/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { setOperatorId } from '../../app/operator';
import { landServerErrors, worded } from '../../components/form';
import { useDialog } from '../../components/useDialog';
import { reasonText, sizeText, when } from './format';

const RestoreInput = backupsContract['backups.restore'].input;

/** Check a backup, show what it holds, and only then, confirmed, replace the data with it. */
export function RestoreDialog({ path, onClose: close }: { path: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  // After a restore the people on file are the backup's: whoever is on duty chooses themselves again.
  const onClose = () => {
    if (done) setOperatorId(null);
    close();
  };
  const dialog = useDialog<HTMLFormElement>(onClose);
  const restoreMutation = useApiMutation('backups.restore', { toastErrors: false });
  const preview = useApiQuery('backups.preview', { path }, { staleTime: 0, gcTime: 0 });
  // backups.restore's own input: the file checked above and the confirmation. A problem the server
  // finds with the file at the moment of restoring (the stick pulled out since) is said on the file.
  const { register, handleSubmit, setError, watch, formState } = useForm<z.input<typeof RestoreInput>>({
    resolver: worded(zodResolver(RestoreInput)),
    defaultValues: { path },
  });
  const confirmed = watch('confirm') === true;
  const busy = formState.isSubmitting;
  const e = formState.errors;
  const d = preview.data?.details;

  const restore = handleSubmit(async (v) => {
    try {
      const r = await restoreMutation.mutateAsync(v);
      setDone(t('backups.restored', { at: when(r.restored.takenAt), file: r.safety.file }));
    } catch (x) {
      if (!landServerErrors(x, setError, ['path', 'confirm']))
        setError('root.server', { message: (x as Error).message });
    }
  });

  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        className="modal restore-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="restore-title"
        onSubmit={(ev) => void restore(ev)}
        noValidate
      >
        <h2 id="restore-title">{t('backups.dialogTitle')}</h2>
        <p className="muted break" id="restore-path">
          {path}
        </p>
        {e.path && (
          <p className="error-box" role="alert">
            {e.path.message}
          </p>
        )}
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
              <input type="checkbox" {...register('confirm')} aria-invalid={!!e.confirm} />
              {t('backups.confirm')}
            </label>
            {e.confirm && <em className="field-error">{e.confirm.message}</em>}
          </>
        )}
        {e.root?.server && (
          <p className="error-box" role="alert">
            {e.root.server.message}
          </p>
        )}
        {done && (
          <p className="success-box" role="status">
            {done}
          </p>
        )}
        <div className="actions">
          {d && !done && (
            <button type="submit" className="danger" disabled={!confirmed || busy}>
              {busy ? t('backups.restoring') : t('backups.doRestore')}
            </button>
          )}
          <button type="button" onClick={onClose} disabled={busy}>
            {t('common.close')}
          </button>
        </div>
      </form>
    </div>
  );
}
