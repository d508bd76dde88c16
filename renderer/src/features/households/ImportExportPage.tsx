import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REG_STATUS } from '../../../../db/schema/enums';
import { call, callWithProgress, type Progress } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { downloadBase64 } from '../../app/download';
import { useToast } from '../../components/Toast';
import { ImportPanel } from './ImportPanel';

function ExportPanel() {
  const { t } = useTranslation();
  const notify = useToast();
  const buildings = useApiQuery('buildings.list', {});
  const [buildingId, setBuildingId] = useState<number | undefined>();
  const [regStatus, setRegStatus] = useState<(typeof REG_STATUS)[number] | undefined>();
  const [revealIds, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<Progress | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const f = await callWithProgress('households.export', { buildingId, regStatus, revealIds }, setJob);
      downloadBase64(f.fileName, f.dataBase64);
      notify(t('io.exported', { rows: f.rows }), 'success');
    } catch (e) {
      notify((e as Error).message, 'error');
    } finally {
      setBusy(false);
      setJob(null);
    }
  };
  return (
    <section className="card">
      <h2>{t('io.export')}</h2>
      <p className="muted">{t('io.exportHint')}</p>
      <div className="row">
        <select
          aria-label={t('progress.building')}
          value={buildingId ?? ''}
          onChange={(e) => setBuildingId(Number(e.target.value) || undefined)}
        >
          <option value="">{t('io.allBuildings')}</option>
          {buildings.data?.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('household.regStatus')}
          value={regStatus ?? ''}
          onChange={(e) => setRegStatus((e.target.value || undefined) as typeof regStatus)}
        >
          <option value="">{t('io.allStatus')}</option>
          {REG_STATUS.map((s) => (
            <option key={s} value={s}>
              {t(`regStatus.${s}`)}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={revealIds} onChange={(e) => setReveal(e.target.checked)} />{' '}
          {t('io.reveal')}
        </label>
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {t('io.exportBtn')}
        </button>
      </div>
      {busy && (
        <div className="busy" role="status">
          <span>
            {job
              ? t(`io.phase.${job.phase}`, {
                  done: job.done.toLocaleString(),
                  total: job.total.toLocaleString(),
                })
              : t('io.phase.build', { done: 0, total: '…' })}
          </span>
          <div className={job?.total ? 'progress' : 'progress indeterminate'}>
            <div
              className="progress-bar"
              style={{ width: job?.total ? `${Math.round((job.done / job.total) * 100)}%` : '40%' }}
            />
          </div>
        </div>
      )}
    </section>
  );
}

export function ImportExportPage() {
  const { t } = useTranslation();
  const notify = useToast();
  return (
    <div className="io-page">
      <section className="card">
        <div className="row spread">
          <p className="muted">{t('io.templateHint')}</p>
          <button
            type="button"
            onClick={() =>
              void call('households.template', {})
                .then((f) => downloadBase64(f.fileName, f.dataBase64))
                .catch((e: Error) => notify(e.message, 'error'))
            }
          >
            ⇩ {t('io.template')}
          </button>
        </div>
        <ImportPanel />
      </section>
      <ExportPanel />
    </div>
  );
}
