import type { PlainHandler, PreparedHandler } from '../handler';
import { prepared } from '../handler';

/**
 * The registry import's two methods, loaded the first time one is called: the import (the sheet
 * readers, the zip and XML parsers, the planner) is a large part of the API's code and nothing else
 * needs it, so the host and the Electron app start without parsing it (issue 11).
 */
let loading: Promise<typeof import('./import')> | null = null;
const importModule = () => {
  loading ??= import('./import');
  return loading;
};

type Commit = PreparedHandler<'households.importCommit', unknown>;
const commitHandler = async (): Promise<Commit> =>
  (await importModule()).importCommitHandler as unknown as Commit;

export const importPreviewHandler: PlainHandler<'households.importPreview'> = async (db, input, ctx) =>
  (await importModule()).importPreviewHandler(db, input, ctx);

export const importCommitHandler = prepared<'households.importCommit', { commit: Commit; p: unknown }>({
  offload: async (db, input, ctx, audit) => {
    const commit = await commitHandler();
    return commit.offload ? commit.offload(db, input, ctx, audit) : null;
  },
  prepare: async (input, ctx, db) => {
    const commit = await commitHandler();
    return { commit, p: await commit.prepare(input, ctx, db) };
  },
  run: (db, input, ctx, { commit, p }) => commit.run(db, input, ctx, p),
});
