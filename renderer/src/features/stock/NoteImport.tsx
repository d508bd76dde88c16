import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { STOCK_SOURCES } from '../../../../db/schema/enums';
import { stockContract } from '../../../../electron/api/stock/contract';
import type { stockScreensContract } from '../../../../electron/api/stock/contract-screens';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { downloadBase64, readFileBase64 } from '../../app/download';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { wordReason } from '../../i18n/words';
import { uiLang } from './places';

/** What a person fills for a note's commit; the lines are the previewed rows, as they were. */
const Choices = stockContract['stock.receive'].input.pick({ source: true, sourceName: true, note: true });
type Form = z.input<typeof Choices>;
type Preview = z.infer<(typeof stockScreensContract)['stock.receivePreview']['output']>;

/**
 * A delivery note from a sheet: the preview reads and checks it (nothing written), lists each bad
 * cell by row and column; only a note without problems is received, exactly the rows shown.
 */
export function NoteImport() {
  const { t } = useTranslation();
  const notify = useToast();
  const receive = useApiMutation('stock.receive', { toastErrors: false });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setErrorText] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(Choices)),
    defaultValues: { source: 'town', sourceName: '', note: '' },
  });
  const choose = async (f: File | undefined) => {
    setPreview(null);
    setErrorText(null);
    if (!f) return;
    setBusy(true);
    try {
      const dataBase64 = await readFileBase64(f, () => undefined);
      setPreview(await call('stock.receivePreview', { fileName: f.name, dataBase64 }));
    } catch (e) {
      setErrorText((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const commit = handleSubmit(async (v) => {
    if (!preview || preview.issues.length > 0 || preview.rows.length === 0) return;
    try {
      const out = await receive.mutateAsync({
        ...v,
        note: v.note || preview.fileName,
        place: { kind: 'store' },
        lines: preview.rows.map((r) => ({
          itemId: r.itemId,
          qty: r.qty,
          ...(r.lotId ? { lotId: r.lotId } : { lotCode: r.lotCode, expiresOn: r.expiresOn }),
        })),
      });
      notify(t('stock.received', { count: out.lines.length }), 'success');
      setPreview(null);
    } catch (e) {
      if (!landServerErrors(e, setError, ['source', 'sourceName', 'note']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const template = () =>
    void call('stock.receiveTemplate', { lang: uiLang() })
      .then((f) => downloadBase64(f.fileName, f.dataBase64))
      .catch((e: Error) => notify(e.message, 'error'));
  const e = formState.errors;
  return (
    <form
      className="card note-import"
      onSubmit={(ev) => void commit(ev)}
      noValidate
      aria-label={t('stock.noteTitle')}
    >
      <h3>{t('stock.noteTitle')}</h3>
      <p className="muted small">{t('stock.noteHint')}</p>
      <div className="row">
        <label className="field">
          <span>{t('stock.chooseFile')}</span>
          <input
            type="file"
            accept=".xlsx,.csv"
            aria-label={t('stock.chooseFile')}
            onChange={(ev) => void choose(ev.target.files?.[0])}
            disabled={busy}
          />
        </label>
        <button type="button" onClick={template}>
          {t('stock.template')}
        </button>
        {busy && <span className="muted">{t('stock.previewing')}</span>}
      </div>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div className="note-preview">
          <p>
            <strong>{preview.fileName}</strong>
            {t('punct.colon')}
            {t('stock.previewRows', { read: preview.read, ready: preview.rows.length, total: preview.total })}
          </p>
          {preview.issues.length > 0 && (
            <>
              <p className="error-box" role="alert">
                {t('stock.previewIssues', { count: preview.issues.length })}
              </p>
              <table className="table note-issues" aria-label={t('stock.problem')}>
                <thead>
                  <tr>
                    <th>{t('stock.row')}</th>
                    <th>{t('stock.column')}</th>
                    <th>{t('stock.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.issues.map((i) => (
                    <tr key={`${i.row}/${i.column}/${i.code}`}>
                      <td>{i.row}</td>
                      <td>{t(`stock.columns.${i.column}`)}</td>
                      <td>{wordReason({ code: i.code, params: i.params })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <table className="table note-rows" aria-label={t('stock.lines')}>
            <thead>
              <tr>
                <th>{t('stock.row')}</th>
                <th>{t('stock.item')}</th>
                <th>{t('stock.lot')}</th>
                <th>{t('stock.expiry')}</th>
                <th className="num">{t('stock.qty')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>{r.item}</td>
                  <td>{r.lotCode}</td>
                  <td>{r.expiresOn ?? ''}</td>
                  <td className="num">
                    {r.qty} {r.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            <label className="field">
              <span>{t('stock.source')}</span>
              <select {...register('source')}>
                {STOCK_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`stockSource.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field wide">
              <span>{t('stock.sourceName')}</span>
              <input {...register('sourceName')} aria-invalid={!!e.sourceName} />
              {e.sourceName && <em className="field-error">{e.sourceName.message}</em>}
            </label>
            <label className="field wide">
              <span>{t('stock.note')}</span>
              <input {...register('note')} placeholder={preview.fileName} />
            </label>
            <button
              type="submit"
              className="primary"
              disabled={formState.isSubmitting || preview.issues.length > 0 || preview.rows.length === 0}
            >
              {t('stock.commitNote')}
            </button>
          </div>
          {e.root?.server && (
            <p className="error-box" role="alert">
              {e.root.server.message}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
