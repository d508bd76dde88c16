/** What a committed import answers besides its writes: the refusal of bad rows, its audit row. */

import { ApiError } from '../errors';
import type { Reason } from '../shared/reason';
import { zhMessage } from '../shared/word';
import type { ImportReport } from './contract';
import type { IdLookups } from './import-plan';

/** A commit with bad rows is refused unless the user chose to skip them. */
export function refuseInvalid(report: ImportReport, skipInvalid: boolean): void {
  if (report.invalidRows > 0 && !skipInvalid) {
    const why = { code: 'import_has_bad_rows', params: { count: report.invalidRows } };
    throw new ApiError(
      'VALIDATION',
      zhMessage(why),
      report.errors.slice(0, 50).map((e) => {
        const reason = { code: e.code, ...(e.params ? { params: e.params } : {}) };
        return { path: `${e.row}.${e.column}`, message: zhMessage(reason), reason };
      }),
      undefined,
      why,
    );
  }
}

/** The audit row of a committed import: the file and its counts. */
export function importReason(
  fileName: string,
  report: ImportReport,
  ids: IdLookups,
  created: boolean,
): Reason {
  const r = report.residents;
  return {
    code: 'audit_import',
    params: {
      file: fileName,
      valid: report.validRows,
      invalid: report.invalidRows,
      hNew: report.households.new,
      hUpdated: report.households.updated,
      rNew: r.new,
      rUpdated: r.updated,
      rUnchanged: r.unchanged,
      withId: ids.withId,
      matched: ids.matched,
      bNew: created ? report.places.buildings.length : 0,
      staleKept: report.stale.rows - report.stale.taken,
    },
  };
}
