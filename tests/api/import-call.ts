/** The two-step import as the import panel does it, for the import tests. */

import type { In, Method, Out, Result } from '../../electron/api/contract';
import type { ImportPreview, ImportReport, StaleField } from '../../electron/api/households/contract';

type Call = <M extends Method>(method: M, input: In<M>) => Promise<Result<Out<M>>>;

/**
 * households.importPreview, then (with `commit`) households.importCommit of the previewed sheet by its
 * hash. A refused preview is the answer; otherwise the preview's, or the commit's.
 */
export async function importSheet(
  call: Call,
  input: {
    fileName: string;
    dataBase64: string;
    commit?: boolean;
    skipInvalid?: boolean;
    createPlaces?: boolean;
    takeStale?: { row: number; fields: StaleField[] }[];
  },
): Promise<Result<ImportReport | ImportPreview>> {
  const preview = await call('households.importPreview', {
    fileName: input.fileName,
    dataBase64: input.dataBase64,
  });
  if (!preview.ok || !input.commit) return preview;
  return call('households.importCommit', {
    sheetHash: preview.value.sheetHash,
    skipInvalid: input.skipInvalid ?? false,
    createPlaces: input.createPlaces ?? false,
    takeStale: input.takeStale ?? [],
  });
}
