import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { SignInput } from '../../../../electron/api/reports/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { REPORT_WORDS } from '../../../../electron/api/shared/report-lines';
import { call, printView } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { saveExport } from '../../app/download';
import { landServerErrors, worded } from '../../components/form';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { ChangeList, ReportTable } from './ReportView';

type Form = z.input<typeof SignInput>;

/** 日报: the history one row a day (gaps shown), a day's draft or its signed version, signing, print, .xlsx. */
export function ReportsPage({ param }: { param: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const w = REPORT_WORDS[lang];
  const notify = useToast();
  const list = useApiQuery('reports.list', {});
  const day = /^\d{4}-\d{2}-\d{2}$/.test(param) ? param : (list.data?.to ?? '');
  const draft = useApiQuery('reports.daily', { day }, { enabled: !!day });
  const latest = draft.data?.latestVersion ?? 0;
  const signed = useApiQuery('reports.get', { day }, { enabled: latest > 0 });
  const sign = useApiMutation('reports.sign', { toastErrors: false });
  const { register, handleSubmit, setError, reset, formState } = useForm<Form>({
    resolver: worded(zodResolver(SignInput)),
    values: { day, basedOn: latest, nilReport: false, incidents: '', notes: '', reason: '' },
  });
  const e = formState.errors;
  const submit = handleSubmit((v) =>
    sign.mutateAsync(v).then(
      (r) => {
        notify(t('reports.signed', { version: r.version }), 'success');
        reset();
      },
      (err: Error) => {
        if (!landServerErrors(err, setError, ['incidents', 'notes', 'reason', 'day']))
          notify(err.message, 'error');
      },
    ),
  );
  const exportXlsx = () =>
    void call('reports.exportXlsx', { day, lang })
      .then(saveExport)
      .catch((err: Error) => notify(err.message, 'error'));
  return (
    <div className="reports-page">
      <aside className="report-history no-print" aria-label={t('reports.history')}>
        <h2>{t('reports.history')}</h2>
        <QueryState query={list}>
          {(l) => (
            <ul>
              {l.days.map((d) => (
                <li key={d.day} className={d.day === day ? 'current' : d.latest ? '' : 'gap'}>
                  <a href={`#/reports/${d.day}`}>
                    {d.day}{' '}
                    {d.latest
                      ? `${w.version} ${d.latest.version}${d.latest.nilReport ? ` · ${w.nil}` : ''}`
                      : t('reports.gap')}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </aside>
      <section className="report-day">
        <div className="toolbar no-print">
          <h1>
            {t('reports.title')} {day}
          </h1>
          <button
            type="button"
            onClick={() => void printView(t('reports.printFile', { day })).catch(() => {})}
          >
            {t('reports.print')}
          </button>
          <button type="button" onClick={exportXlsx}>
            {t('reports.export')}
          </button>
        </div>
        {latest > 0 && signed.data ? (
          <div className="report-sheet print-page">
            <h2 className="sheet-title">{w.title}</h2>
            <p className="report-meta">
              {w.day}: {day} · {w.version} {signed.data.version}
              {signed.data.nilReport ? ` · ${w.nil}` : ''}
            </p>
            <ReportTable sections={signed.data.sections} />
            <p>
              <b>{w.incidents}:</b> {signed.data.incidents || w.none}
            </p>
            <p>
              <b>{w.notes}:</b> {signed.data.notes || w.none}
            </p>
            {signed.data.version > 1 && (
              <div>
                <b>{w.reason}:</b> {signed.data.reason}
                <ChangeList changes={signed.data.changes} />
              </div>
            )}
            <p className="report-signature">
              {w.signedBy}: {signed.data.signedBy} · {w.signedAt}: {formatInstant(signed.data.signedAt)}
            </p>
          </div>
        ) : (
          <QueryState query={draft}>
            {(d) => (
              <div className="report-sheet print-page">
                <h2 className="sheet-title">{w.title}</h2>
                <p className="report-meta">
                  {w.day}: {d.day} · {w.draft}
                </p>
                <ReportTable sections={d.sections} />
              </div>
            )}
          </QueryState>
        )}
        {draft.data && draft.data.changes.length > 0 && (
          <div className="report-since no-print">
            <b>{t('reports.changedSince')}</b>
            <ChangeList changes={draft.data.changes} />
          </div>
        )}
        <form className="report-sign no-print" onSubmit={(ev) => void submit(ev)}>
          <label className="check">
            <input type="checkbox" {...register('nilReport')} /> {w.nil}
          </label>
          <label className="field">
            <span>{w.incidents}</span>
            <textarea rows={2} {...register('incidents')} />
            {e.incidents && <em className="field-error">{e.incidents.message}</em>}
          </label>
          <label className="field">
            <span>{w.notes}</span>
            <textarea rows={2} {...register('notes')} />
          </label>
          {latest > 0 && (
            <label className="field">
              <span>{w.reason}</span>
              <input {...register('reason')} />
              {e.reason && <em className="field-error">{e.reason.message}</em>}
            </label>
          )}
          {e.day && <em className="field-error">{e.day.message}</em>}
          <button type="submit" className="primary" disabled={sign.isPending || !day}>
            {latest > 0 ? t('reports.correct', { version: latest + 1 }) : t('reports.sign')}
          </button>
        </form>
      </section>
    </div>
  );
}
