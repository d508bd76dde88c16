import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../electron/api/households/contract';
import { ApiCallError, callWithProgress, type Progress } from '../../api/client';
import { useApiMutationWithProgress } from '../../api/hooks';
import { readFileBase64 } from '../../app/download';
import { JobProgress, jobRatio } from '../../components/JobProgress';
import { wordReason } from '../../i18n/words';
import { PlacesChoice, StaleChoice, type Taken, takeStaleOf } from './ImportChoices';

/** Base64 grows a file by a third; this keeps the request under the host's 64 MB limit. */
const MAX_BYTES = 45 * 1024 * 1024;
type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; p: number }
  | { kind: 'server'; commit: boolean; job: Progress | null };

const size = (n: number) =>
  n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

export function ImportPanel() {
  const { t } = useTranslation();
  const commitImport = useApiMutationWithProgress('households.importCommit');
  const [file, setFile] = useState<{ name: string; size: number } | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [report, setReport] = useState<ImportReport | null>(null);
  // The preview's sheet: the host keeps its checked rows, and the commit names them by this hash.
  const [sheetHash, setSheetHash] = useState<string | null>(null);
  const [skip, setSkip] = useState(false);
  const [create, setCreate] = useState(false);
  const [taken, setTaken] = useState<Taken>(new Set());
  const [error, setError] = useState<string | null>(null);

  const choose = async (f: File | undefined) => {
    setReport(null);
    setSheetHash(null);
    setError(null);
    setCreate(false);
    setTaken(new Set());
    setFile(null);
    if (!f) return;
    if (f.size > MAX_BYTES) return setError(t('io.tooBig'));
    try {
      setPhase({ kind: 'reading', p: 0 });
      const data = await readFileBase64(f, (p) => setPhase({ kind: 'reading', p }));
      setFile({ name: f.name, size: f.size });
      setPhase({ kind: 'server', commit: false, job: null });
      const { sheetHash: hash, ...preview } = await callWithProgress(
        'households.importPreview',
        { fileName: f.name, dataBase64: data },
        (job) => setPhase({ kind: 'server', commit: false, job }),
      );
      setReport(preview);
      setSheetHash(hash);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  const commit = async () => {
    if (!file || !sheetHash) return;
    setError(null);
    setPhase({ kind: 'server', commit: true, job: null });
    try {
      const choices = { sheetHash, skipInvalid: skip, createPlaces: create, takeStale: takeStaleOf(taken) };
      const done = await commitImport(choices, (job) => setPhase({ kind: 'server', commit: true, job }));
      setReport(done);
    } catch (e) {
      // The host no longer has the previewed sheet (restarted, or two newer previews): the stale
      // preview goes, and the message asks to choose the file again.
      if (e instanceof ApiCallError && e.issues.some((i) => i.path === 'sheetHash')) {
        setReport(null);
        setSheetHash(null);
      }
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  return (
    <div className="import">
      <label className="file-pick">
        <span className="button-like">{t('io.choose')}</span>
        {/* Also the formats the import refuses (.xls, .et …): chosen, they are answered with what to save them as. */}
        <input
          type="file"
          accept=".xlsx,.csv,.txt,.tsv,.xls,.et,.ods,.xlsb,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-label={t('io.choose')}
          disabled={phase.kind !== 'idle'}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {phase.kind !== 'idle' && <Busy phase={phase} file={file} />}
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {report && file && (
        <Report
          report={report}
          name={file.name}
          skip={skip}
          setSkip={setSkip}
          create={create}
          setCreate={setCreate}
          taken={taken}
          setTaken={setTaken}
          onCommit={() => void commit()}
          busy={phase.kind !== 'idle'}
        />
      )}
    </div>
  );
}

function Busy({
  phase,
  file,
}: {
  phase: Exclude<Phase, { kind: 'idle' }>;
  file: { name: string; size: number } | null;
}) {
  const { t } = useTranslation();
  const job = phase.kind === 'server' ? phase.job : null;
  const ratio = phase.kind === 'reading' ? phase.p : jobRatio(job);
  const label =
    phase.kind === 'reading'
      ? t('io.reading', { name: file?.name ?? '' })
      : job
        ? t(`io.phase.${job.phase}`, { done: job.done.toLocaleString(), total: job.total.toLocaleString() })
        : phase.commit
          ? t('io.writing')
          : t('io.checking', { name: file?.name ?? '', size: size(file?.size ?? 0) });
  return <JobProgress label={label} ratio={ratio} testId="import-busy" />;
}

function Report(props: {
  report: ImportReport;
  name: string;
  skip: boolean;
  setSkip: (v: boolean) => void;
  create: boolean;
  setCreate: (v: boolean) => void;
  taken: Taken;
  setTaken: (v: Taken) => void;
  onCommit: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const { report: r } = props;
  if (r.committed) {
    return (
      <p className="ok-box" role="status" data-testid="import-done">
        {t('io.done', { new: r.residents.new, updated: r.residents.updated })}
        {r.stale.rows > 0 && <> {t('io.stale.done', { kept: r.stale.rows - r.stale.taken })}</>}
      </p>
    );
  }
  // Rows that need new buildings or rooms are refused unless those are created (or the rows skipped).
  const placesRefused = r.places.rows > 0 && !props.create;
  const blocked = (r.invalidRows > 0 || placesRefused) && !props.skip;
  return (
    <div className="import-report" data-testid="import-preview">
      <h3>{t('io.preview', { name: props.name })}</h3>
      <p className="muted">{t('io.sheet', { sheet: r.sheet, row: r.headerRow, count: r.rows })}</p>
      <div className="row">
        <span className="pill ok">{t('io.valid', { count: r.validRows })}</span>
        <span className={r.invalidRows ? 'pill bad' : 'pill'}>
          {t('io.invalid', { count: r.invalidRows })}
        </span>
        <span>{t('io.households', r.households)}</span>
        <span>{t('io.residents', r.residents)}</span>
      </div>
      {r.ignoredColumns.length > 0 && (
        <p className="muted">{t('io.ignored', { cols: r.ignoredColumns.join(t('punct.list')) })}</p>
      )}
      {r.errors.length > 0 && (
        <div className="errors-scroll">
          <table className="table" aria-label={t('io.errors')}>
            <thead>
              <tr>
                <th style={{ width: 60 }}>{t('io.row')}</th>
                <th style={{ width: 110 }}>{t('io.column')}</th>
                <th>{t('io.message')}</th>
              </tr>
            </thead>
            <tbody>
              {r.errors.map((e) => (
                <tr key={`${e.row}-${e.column}`}>
                  <td>{e.row}</td>
                  <td>{t(`fieldName.${e.column}`, { defaultValue: e.column })}</td>
                  <td>{wordReason({ code: e.code, ...(e.params ? { params: e.params } : {}) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PlacesChoice places={r.places} create={props.create} setCreate={props.setCreate} />
      <StaleChoice stale={r.stale} taken={props.taken} setTaken={props.setTaken} />
      <div className="actions">
        {(r.invalidRows > 0 || placesRefused) && (
          <label className="check">
            <input type="checkbox" checked={props.skip} onChange={(e) => props.setSkip(e.target.checked)} />{' '}
            {t('io.skip')}
          </label>
        )}
        <button
          type="button"
          className="primary"
          disabled={blocked || props.busy || r.validRows === 0}
          onClick={props.onCommit}
        >
          {t('io.commit')}
        </button>
        {blocked && (
          <span className="muted">{t(r.invalidRows > 0 ? 'io.mustFix' : 'io.places.mustChoose')}</span>
        )}
      </div>
    </div>
  );
}
