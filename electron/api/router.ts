import type { z } from 'zod';
import { integrityChecked } from '../../db/integrity';
import { type Db, withQueryOnly } from '../../db/open';
import { keptStatement } from '../../db/statements';
import { findMethod } from './areas';
import type { AuditEntry, Ctx, HostContext, Operator } from './context';
import type { Method } from './contract';
import { ApiError, AuditedRefusal, fail, failWith, type Issue, type Result, refuse, worded } from './errors';
import type { AuditStamp } from './handler';
import { JobId } from './jobs/contract';
import { finishJob, reportProgress, workerWrite } from './jobs/store';
import { parseOutput } from './output-check';
import type { Reason } from './shared/reason';
import { loadZhWords, zhOr } from './shared/zh-words';
import { configureZodCodes, reasonOfMessage } from './shared/zod-codes';
import { signInStore } from './team/sessions';

// Zod answers codes with parameters (shared/zod-codes.ts); the renderer words them.
configureZodCodes();

/**
 * A request's input handed over once: the router takes it out to validate it, and no frame of the
 * transport or the router holds it while the method runs. V8 keeps every local and argument of a
 * suspended async function alive, so an input passed as a plain argument — an import's file as base64,
 * tens of MB — lived to the end of the request beside the handler's copy (issue 11: the import's peak).
 */
export class Payload {
  private taken = false;
  constructor(private raw: unknown) {}
  /** The input, once: a second take is a bug (a method would run on `{}`, its defaults). */
  take(): unknown {
    if (this.taken) throw new Error('a request payload was taken twice');
    this.taken = true;
    const raw = this.raw;
    this.raw = undefined;
    return raw;
  }
}

const takeInput = (raw: unknown): unknown => (raw instanceof Payload ? raw.take() : raw) ?? {};

/** What a transport hands over beside the input: who is on duty, their sign-in session, a job id. */
export type RequestMeta = { operatorId?: number | null; session?: string | null; jobId?: string | null };

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const reason = reasonOfMessage(i.message);
    return { path: i.path.map(String).join('.'), message: zhOr(reason), reason };
  });
}

const OPERATOR_ROW =
  'SELECT id, name, active, can_operate AS canOperate, pin_hash AS pinHash FROM team_members WHERE id = ?';
type OperatorRow = { id: number; name: string; active: number; canOperate: number; pinHash: string | null };

/**
 * The operator on duty: an active team member who may operate the laptop. A member with a PIN is
 * accepted only with a live session token of their own (team.signIn); one without a PIN may still be
 * named by id alone. `refusal` says why a named member is not accepted.
 */
function findOperator(db: Db, meta: RequestMeta, now: Date): { operator: Operator | null; refusal?: Reason } {
  const id = meta.operatorId;
  if (!id) return { operator: null };
  // Every call asks this: a statement kept on the connection, not one the ORM builds each time.
  const row = keptStatement(db.$client, OPERATOR_ROW).get(id) as OperatorRow | undefined;
  if (!row?.active || !row.canOperate) return { operator: null };
  if (row.pinHash && !signInStore(db.$client).touch(meta.session, { id: row.id, pinHash: row.pinHash }, now))
    return { operator: null, refusal: { code: 'pin_session_needed', params: { name: row.name } } };
  return { operator: { id: row.id, name: row.name } };
}

type WriteAudit = typeof import('./audit-row').writeAudit;
let auditRow: Promise<{ writeAudit: WriteAudit }> | null = null;
/**
 * What a write needs: the audit row (and the words it stores, shared/word.ts) and the words of a
 * failure, loaded on the first write, not at the start (issue 11).
 */
async function writeKit(): Promise<{ writeAudit: WriteAudit }> {
  auditRow ??= import('./audit-row');
  const [row] = await Promise.all([auditRow, loadZhWords()]);
  return row;
}

/** SQLite failures that are the user's conflict or the machine's state, not our crash. */
function sqliteFailure(e: unknown): Result<never> | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return failWith('BUSY', { code: 'db_busy' });
  if (code.startsWith('SQLITE_FULL')) return failWith('DISK_FULL', { code: 'disk_full' });
  if (!code.startsWith('SQLITE_CONSTRAINT')) return null;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return failWith('CONFLICT', { code: 'duplicate_record' });
  }
  return failWith('CONFLICT', { code: 'constraint_conflict' });
}

/**
 * Writes wait for the database's integrity check when it runs in the background after a fast start
 * (db/integrity.ts), and are refused once it has failed: nothing is written to a damaged file.
 */
async function damaged(db: Db): Promise<Result<never> | null> {
  const integrity = await integrityChecked(db.$client);
  if (integrity.state !== 'failed') return null;
  return failWith('CONFLICT', { code: 'db_damaged', params: { detail: integrity.detail } });
}

/**
 * The one entry point of both transports: validate -> run (a mutation in one transaction,
 * with exactly one audit row) -> Result. Never throws, never returns a stack. A failure leaves
 * worded (its message made once the words are loaded: shared/zh-words.ts).
 */
export async function dispatch(
  db: Db,
  name: string,
  raw: unknown,
  host: HostContext,
  meta: RequestMeta = {},
): Promise<Result<unknown>> {
  return worded(await answer(db, name, raw, host, meta));
}

async function answer(
  db: Db,
  name: string,
  raw: unknown,
  host: HostContext,
  meta: RequestMeta,
): Promise<Result<unknown>> {
  // The method's area is imported on its first call (areas.ts): the start loads only what it answers.
  const found = await findMethod(name);
  if (!found) return failWith('NOT_FOUND', { code: 'unknown_method', params: { method: name } });
  const { method, def, handler } = found;
  const parsed = def.input.safeParse(takeInput(raw));
  if (!parsed.success) return failWith('VALIDATION', { code: 'input_invalid' }, issuesOf(parsed.error));

  const jobId = meta.jobId && JobId.safeParse(meta.jobId).success ? meta.jobId : null;
  let writeAudit: WriteAudit | null = null;
  try {
    if (def.kind === 'mutation') {
      const refused = await damaged(db);
      if (refused) return refused;
      // A write stores words (the audit row's summary); a query that only reads does not wait for them.
      ({ writeAudit } = await writeKit());
    }
    const { operator, refusal } = findOperator(db, meta, host.now());
    if (def.kind === 'mutation' && !operator && !('open' in def && def.open)) {
      return failWith('FORBIDDEN', refusal ?? { code: 'no_operator' });
    }
    let note: AuditEntry | null = null;
    let readOnly = false;
    const ctx: Ctx = {
      ...host,
      operator,
      describe: (entry) => {
        note = entry;
      },
      readOnly: () => {
        readOnly = true;
      },
      requireOperator: () => {
        if (!operator) throw refuse('FORBIDDEN', refusal ?? { code: 'no_operator' });
      },
      progress: jobId ? (phase, done, total) => reportProgress(jobId, phase, done, total) : () => undefined,
    };
    if (def.kind === 'query') {
      if (typeof handler !== 'function') throw new Error(`${method}: a query has no prepare step`);
      // A query cannot write: by type (ReadDb), and what it writes anyway is rolled back (withQueryOnly).
      const value = parseOutput(def.output, await withQueryOnly(db, () => handler(db, parsed.data, ctx)));
      if (note) {
        // A read that leaves an audit line (a look-up by a whole ID number) is a write too.
        const refused = await damaged(db);
        if (refused) return refused;
        (await writeKit()).writeAudit(db, method, operator, note, host.now());
      }
      return { ok: true, value };
    }
    if (typeof handler !== 'function' && handler.offload) {
      // Run whole in a worker on its own connection: one IMMEDIATE transaction there holds the
      // writes and the one audit row stamped here. null: not possible (in-memory) — run below.
      const stamp: AuditStamp = { method, operator };
      const out = await handler.offload(db, parsed.data, ctx, stamp);
      if (out !== null) return { ok: true, value: parseOutput(def.output, out) };
    }
    const prep = typeof handler === 'function' ? undefined : await handler.prepare(parsed.data, ctx, db);
    const run = (): unknown => {
      const out =
        typeof handler === 'function'
          ? handler(db, parsed.data, ctx)
          : handler.run(db, parsed.data, ctx, prep);
      if (out instanceof Promise) throw new Error(`${method}: a mutation must write synchronously`);
      const value = parseOutput(def.output, out);
      if (!readOnly) {
        if (!writeAudit) throw new Error(`${method}: the audit row's writer was not loaded`);
        writeAudit(db, method, operator, note, host.now());
      }
      return value;
    };
    // IMMEDIATE: take the write lock first, so busy_timeout waits for another writer instead of
    // failing on the upgrade from a read to a write halfway through.
    const writing = workerWrite();
    if (writing) return failWith('BUSY', { code: writing });
    return { ok: true, value: db.$client.transaction(run).immediate() };
  } catch (e) {
    if (e instanceof AuditedRefusal)
      writeRefusal((await writeKit()).writeAudit, db, method, meta, e, host.now());
    if (e instanceof ApiError) return fail(e.code, e.message, e.issues, e.changes, e.reason);
    const sqlite = sqliteFailure(e);
    if (sqlite) return sqlite;
    console.error(`[gatepost] ${method} failed:`, e);
    const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
    return failWith('INTERNAL', { code: 'internal', params: { detail } });
  } finally {
    if (jobId) finishJob(jobId);
  }
}

/** A refusal that must leave a trace: written after the rollback, in its own transaction. */
function writeRefusal(
  writeAudit: WriteAudit,
  db: Db,
  method: Method,
  meta: RequestMeta,
  e: AuditedRefusal,
  at: Date,
) {
  try {
    const inner = e.audit.reason;
    const entry = {
      ...e.audit,
      reason: { code: 'audit_refused', params: { ...inner.params, error: e.code, act: inner.code } },
    };
    db.$client
      .transaction(() => writeAudit(db, method, findOperator(db, meta, at).operator, entry, at))
      .immediate();
  } catch (failure) {
    console.error(`[gatepost] ${method}: the refusal's audit row was not written:`, failure);
  }
}
