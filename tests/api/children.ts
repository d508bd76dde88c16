import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
// In-process loader (not the tsx CLI, which would put a wrapper process between us and the child).
const TSX = ['--import', 'tsx'];
export const fixture = (name: string): string => join(ROOT, 'tests', 'api', 'fixtures', name);

export type Run = { code: number | null; stdout: string; stderr: string };

/** Run a TypeScript fixture in its own Node process and wait for it to end. */
export function runTs(
  script: string,
  args: string[],
  opts: { uid?: number; gid?: number; timeoutMs?: number } = {},
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...TSX, script, ...args], {
      cwd: ROOT,
      env: { ...process.env, HOME: opts.uid === undefined ? process.env.HOME : '/tmp' },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.gid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${script} timed out:\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** Start a fixture and wait until it prints `marker`; the caller kills it. */
export function startTs(script: string, args: string[], marker: string): Promise<ChildProcess> {
  return new Promise((ok, ko) => {
    const child = spawn(process.execPath, [...TSX, script, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      ko(new Error(`${script} did not start:\n${out}`));
    }, 60_000);
    const look = (d: Buffer) => {
      out += d.toString();
      if (out.includes(marker)) {
        clearTimeout(timer);
        ok(child);
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', (code) => ko(new Error(`${script} exited with ${code}:\n${out}`)));
  });
}

/** The last JSON line a fixture printed. */
export function lastJson<T>(run: Run): T {
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(`no JSON from the child:\n${run.stdout}\n${run.stderr}`);
  }
}
