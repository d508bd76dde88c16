/**
 * A long call's progress (an import, an export, a large distribution), as a status line and a bar:
 * `ratio` from 0 to 1, or null while there is no count yet (the bar moves to and fro).
 */
export function JobProgress({
  label,
  ratio,
  testId,
}: {
  label: string;
  ratio: number | null;
  testId?: string;
}) {
  return (
    <div className="busy" role="status" data-testid={testId}>
      <span>{label}</span>
      <div className={ratio === null ? 'progress indeterminate' : 'progress'}>
        <div
          className="progress-bar"
          style={{ width: ratio === null ? '40%' : `${Math.round(ratio * 100)}%` }}
        />
      </div>
    </div>
  );
}

/** How far a job has got, from its counts: null (no bar to fill yet) when it has none. */
export const jobRatio = (job: { done: number; total: number } | null | undefined): number | null =>
  job && job.total > 0 ? job.done / job.total : null;
