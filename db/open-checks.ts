import { accessSync, constants, existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** What is wrong with a file before SQLite looks at it; reason codes match OpenReason. */
export type FileProblem = { reason: 'readonly' | 'corrupt' | 'locked'; message: string };

export function isSqliteCode(e: unknown, prefix: string): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith(prefix);
}

function accessError(path: string, mode: number): string | null {
  try {
    accessSync(path, mode);
    return null;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' ? code : 'EACCES';
  }
}

/**
 * A file Gatepost cannot write is read-only, not corrupt: saying "corrupt" could lead someone to
 * replace good data. Checks the file and its folder (WAL needs to create files beside it).
 */
export function fileProblem(path: string): FileProblem | null {
  const untouched = '文件本身完好，未做任何修改。';
  if (accessError(path, constants.R_OK))
    return {
      reason: 'readonly',
      message: `没有读取数据库文件 ${path} 的权限。${untouched}请以有权限的账户打开，或修改文件权限。`,
    };
  const file = accessError(path, constants.W_OK);
  const folder = file ? null : accessError(dirname(path), constants.W_OK);
  const code = file ?? folder;
  if (!code) return null;
  const why =
    code === 'EROFS'
      ? '所在磁盘或 U 盘是只读的'
      : file
        ? '文件被设为只读'
        : `所在文件夹 ${dirname(path)} 不允许写入`;
  return {
    reason: 'readonly',
    message: `数据库文件 ${path} 是只读的（${why}），Gatepost 需要写入它才能使用。${untouched}请把文件复制到可写的文件夹，或取消只读后再打开。`,
  };
}

/** Classify an error SQLite raised while looking at an existing file read-only. */
export function inspectionFailure(path: string, e: unknown): FileProblem {
  const detail = e instanceof Error ? e.message : String(e);
  if (isSqliteCode(e, 'SQLITE_BUSY') || isSqliteCode(e, 'SQLITE_LOCKED'))
    return {
      reason: 'locked',
      message: `数据库 ${path} 正被另一个程序写入，暂时无法打开。请稍后重试，文件未被修改。`,
    };
  if (
    isSqliteCode(e, 'SQLITE_READONLY') ||
    isSqliteCode(e, 'SQLITE_CANTOPEN') ||
    isSqliteCode(e, 'SQLITE_PERM') ||
    isSqliteCode(e, 'SQLITE_AUTH')
  ) {
    const problem = fileProblem(path);
    if (problem) return problem;
    return {
      reason: 'readonly',
      message: `无法以读取方式打开数据库文件 ${path}（${detail}）。文件未被修改，请检查文件和所在文件夹的权限。`,
    };
  }
  return {
    reason: 'corrupt',
    message: `文件 ${path} 不是有效的数据库或已损坏（${detail}），未做任何修改。`,
  };
}

const SIDECARS = ['-wal', '-shm', '-journal'] as const;

/** Which of the files SQLite keeps beside a database exist now. */
export function sidecarsOf(path: string): Set<string> {
  return new Set(SIDECARS.map((s) => path + s).filter((f) => existsSync(f)));
}

/** Remove the sidecar files that appeared since `before` (a probe made them; nobody else uses them). */
export function removeNewSidecars(path: string, before: Set<string>): void {
  for (const f of SIDECARS.map((s) => path + s)) {
    if (before.has(f) || !existsSync(f)) continue;
    try {
      rmSync(f, { force: true });
    } catch {
      // A file we cannot remove (a read-only folder) was not made by us either.
    }
  }
}
