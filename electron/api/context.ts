import type { BackupReason } from '../../db/backup';
import type { JobPhase } from './jobs/store';
import type { Reason } from './shared/reason';

export type Operator = { id: number; name: string };

/** What an audit row says: the record it is about and a reason (a code with data), worded on screen. */
export type AuditEntry = { entity: string; entityId?: number | null; reason: Reason };

/** What the host (Electron main or the web host) owns and lends to every request. */
export type HostContext = {
  now: () => Date;
  paths: { db: string };
  /**
   * Take an automatic backup now (online backup API, rotated) — before an import commits, for
   * instance. Absent for in-memory databases and in tests that do not need it.
   */
  backup?: (reason: BackupReason, by?: string | null) => Promise<void>;
};

export type { BackupReason };

/** What a handler sees: the clock, the operator on duty, the host's paths, and the audit note. */
export type Ctx = HostContext & {
  operator: Operator | null;
  /**
   * Say what this mutation did; the router writes it as the request's one audit row. A query that
   * hands out personal data (an export with full ID numbers) describes itself too and is logged.
   */
  describe: (entry: AuditEntry) => void;
  /** This call of a mutation changed nothing (a preview): no audit row is written. */
  readOnly: () => void;
  /** Refuse (FORBIDDEN) unless someone is on duty: for queries that must be signed. */
  requireOperator: () => void;
  /** Tell the caller how far a long call has got (a no-op unless the caller asked for a job id). */
  progress: (phase: JobPhase, done?: number, total?: number) => void;
};
