import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { REG_STATUS } from '../../../../db/schema/enums';
import { householdsContract } from '../../../../electron/api/households/contract';
import { call, callWithProgress, type Progress } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { downloadBase64, saveExport } from '../../app/download';
import { landServerErrors, worded } from '../../components/form';
import { JobProgress, jobRatio } from '../../components/JobProgress';
import { useToast } from '../../components/Toast';
import { TypePicker } from '../../components/TypePicker';
import { currentLang } from '../../i18n/words';
import { ImportPanel } from './ImportPanel';

const ExportInput = householdsContract['households.export'].input;
type ExportForm = z.input<typeof ExportInput>;
const orUndefined = (v: unknown) => (v === '' || v === undefined || v === null ? undefined : v);

function ExportPanel() {
  const { t } = useTranslation();
  const notify = useToast();
  const buildings = useApiQuery('buildings.list', {});
  const { register, handleSubmit, setError, formState, setValue, watch } = useForm<
    ExportForm,
    unknown,
    z.output<typeof ExportInput>
  >({ resolver: worded(zodResolver(ExportInput)), defaultValues: { revealIds: false } });
  const buildingId = watch('buildingId');
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<Progress | null>(null);
  const run = handleSubmit(async (v) => {
    setBusy(true);
    try {
      const f = await callWithProgress('households.export', v, setJob);
      await saveExport(f);
      notify(t('io.exported', { count: f.rows }), 'success');
    } catch (e) {
      if (!landServerErrors(e, setError, ['buildingId', 'regStatus', 'revealIds']))
        notify((e as Error).message, 'error');
    } finally {
      setBusy(false);
      setJob(null);
    }
  });
  const e = formState.errors;
  const err = (m: string | undefined) => m && <em className="field-error">{m}</em>;
  return (
    <section className="card">
      <h2>{t('io.export')}</h2>
      <p className="muted">{t('io.exportHint')}</p>
      <form className="row" onSubmit={(ev) => void run(ev)} noValidate>
        <span className="picker-with-clear">
          {/* Typed, not a drop-down: a district has hundreds of buildings. Empty is every building. */}
          <TypePicker
            label={t('progress.building')}
            placeholder={t('io.allBuildings')}
            items={buildings.data ?? []}
            value={buildingId}
            onPick={(id) => setValue('buildingId', id)}
          />
          {buildingId !== undefined && (
            <button type="button" className="link" onClick={() => setValue('buildingId', undefined)}>
              {t('io.allBuildings')}
            </button>
          )}
          {err(e.buildingId?.message)}
        </span>
        <span>
          <select
            aria-label={t('household.regStatus')}
            {...register('regStatus', { setValueAs: orUndefined })}
          >
            <option value="">{t('io.allStatus')}</option>
            {REG_STATUS.map((s) => (
              <option key={s} value={s}>
                {t(`regStatus.${s}`)}
              </option>
            ))}
          </select>
          {err(e.regStatus?.message)}
        </span>
        <label className="check">
          <input type="checkbox" {...register('revealIds')} /> {t('io.reveal')}
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('io.exportBtn')}
        </button>
      </form>
      {busy && (
        <JobProgress
          label={
            job
              ? t(`io.phase.${job.phase}`, {
                  done: job.done.toLocaleString(),
                  total: job.total.toLocaleString(),
                })
              : t('io.phase.build', { done: 0, total: '…' })
          }
          ratio={jobRatio(job)}
        />
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
              void call('households.template', { lang: currentLang() })
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
