import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/open';
import { operators } from '../../db/schema';
import { writeAudit } from './audit-row';
import type { AuditEntry, Ctx, HostContext, Operator } from './context';
import { contract, isMethod, type Method } from './contract';
import { ApiError, AuditedRefusal, fail, type Issue, type Result } from './errors';
import type { AuditStamp } from './handler';
import { handlers } from './handlers';
import { JobId } from './jobs/contract';
import { finishJob, reportProgress, workerWriting } from './jobs/store';

// Validation messages the back end makes are in Chinese, the post's language.
z.config(z.locales.zhCN());

export type RequestMeta = { operatorId?: number | null; jobId?: string | null };

type AnyHandler =
  | ((db: Db, input: unknown, ctx: Ctx) => unknown)
  | {
      prepare: (input: unknown, ctx: Ctx, db: Db) => Promise<unknown>;
      run: (db: Db, input: unknown, ctx: Ctx, p: unknown) => unknown;
      offload?: (db: Db, input: unknown, ctx: Ctx, audit: AuditStamp) => Promise<unknown>;
    };

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

function findOperator(db: Db, id: number | null | undefined): Operator | null {
  if (!id) return null;
  const row = db
    .select({ id: operators.id, name: operators.name, active: operators.active })
    .from(operators)
    .where(eq(operators.id, id))
    .get();
  return row?.active ? { id: row.id, name: row.name } : null;
}

/** SQLite failures that are the user's conflict or the machine's state, not our crash. */
function sqliteFailure(e: unknown): Result<never> | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return fail('BUSY', '数据库正忙，请稍后重试（本次操作未保存）');
  if (code.startsWith('SQLITE_FULL'))
    return fail(
      'DISK_FULL',
      '磁盘已满，本次操作未保存。请删除不需要的文件或把旧备份移到 U 盘，腾出空间后重试',
    );
  if (!code.startsWith('SQLITE_CONSTRAINT')) return null;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return fail('CONFLICT', '记录已存在（重复），未保存');
  }
  return fail('CONFLICT', '数据与现有记录冲突，未保存');
}

/**
 * The one entry point of both transports: validate -> run (a mutation in one transaction,
 * with exactly one audit row) -> Result. Never throws, never returns a stack.
 */
export async function dispatch(
  db: Db,
  method: string,
  raw: unknown,
  host: HostContext,
  meta: RequestMeta = {},
): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('NOT_FOUND', `没有这个接口：${method}`);
  const def = contract[method];
  const parsed = def.input.safeParse(raw ?? {});
  if (!parsed.success) return fail('VALIDATION', '输入有误，未保存', issuesOf(parsed.error));

  const jobId = meta.jobId && JobId.safeParse(meta.jobId).success ? meta.jobId : null;
  try {
    const operator = findOperator(db, meta.operatorId);
    if (def.kind === 'mutation' && !operator && !('open' in def && def.open)) {
      return fail('FORBIDDEN', '请先选择值班人员，再进行修改');
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
        if (!operator) throw new ApiError('FORBIDDEN', '请先选择值班人员');
      },
      progress: jobId ? (phase, done, total) => reportProgress(jobId, phase, done, total) : () => undefined,
    };
    const handler = handlers[method] as AnyHandler;
    if (def.kind === 'query') {
      if (typeof handler !== 'function') throw new Error(`${method}: a query has no prepare step`);
      const value = def.output.parse(await handler(db, parsed.data, ctx));
      if (note) writeAudit(db, method, operator, note, host.now());
      return { ok: true, value };
    }
    if (typeof handler !== 'function' && handler.offload) {
      // Run whole in a worker on its own connection: one IMMEDIATE transaction there holds the
      // writes and the one audit row stamped here. null: not possible (in-memory) — run below.
      const stamp: AuditStamp = { method, operator };
      const out = await handler.offload(db, parsed.data, ctx, stamp);
      if (out !== null) return { ok: true, value: def.output.parse(out) };
    }
    const prep = typeof handler === 'function' ? undefined : await handler.prepare(parsed.data, ctx, db);
    const run = (): unknown => {
      const out =
        typeof handler === 'function'
          ? handler(db, parsed.data, ctx)
          : handler.run(db, parsed.data, ctx, prep);
      if (out instanceof Promise) throw new Error(`${method}: a mutation must write synchronously`);
      const value = def.output.parse(out);
      if (!readOnly) writeAudit(db, method, operator, note, host.now());
      return value;
    };
    // IMMEDIATE: take the write lock first, so busy_timeout waits for another writer instead of
    // failing on the upgrade from a read to a write halfway through.
    if (workerWriting()) return fail('BUSY', '正在写入导入的名单，请在导入完成后再保存（本次操作未保存）');
    return { ok: true, value: db.$client.transaction(run).immediate() };
  } catch (e) {
    if (e instanceof AuditedRefusal) writeRefusal(db, method, meta.operatorId, e, host.now());
    if (e instanceof ApiError) return fail(e.code, e.message, e.issues, e.changes);
    const sqlite = sqliteFailure(e);
    if (sqlite) return sqlite;
    console.error(`[gatepost] ${method} failed:`, e);
    return fail(
      'INTERNAL',
      `内部错误，操作未完成：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
  } finally {
    if (jobId) finishJob(jobId);
  }
}

/** A refusal that must leave a trace: written after the rollback, in its own transaction. */
function writeRefusal(
  db: Db,
  method: Method,
  operatorId: number | null | undefined,
  e: AuditedRefusal,
  at: Date,
) {
  try {
    const entry = { ...e.audit, summary: `已拒绝（${e.code}）：${e.audit.summary}` };
    db.$client.transaction(() => writeAudit(db, method, findOperator(db, operatorId), entry, at)).immediate();
  } catch (failure) {
    console.error(`[gatepost] ${method}: the refusal's audit row was not written:`, failure);
  }
}
