import { auditHandlers } from './audit/handlers';
import { backupsHandlers } from './backups/handlers';
import { buildingsHandlers } from './buildings/handlers';
import { compoundHandlers } from './compound/handlers';
import type { Method } from './contract';
import type { HandlerMap } from './handler';
import { hotelsHandlers } from './hotels/handlers';
import { householdsHandlers } from './households/handlers';
import { jobsHandlers } from './jobs/handlers';
import { operatorsHandlers } from './operators/handlers';
import { overviewHandlers } from './overview/handlers';
import { residentsHandlers } from './residents/handlers';
import { returneesHandlers } from './returnees/handlers';
import { attendanceHandlers } from './roster/attendance';
import { rosterHandlers } from './roster/handlers';
import { rosterOutHandlers } from './roster/print';
import { staffHandlers } from './roster/staff';
import { sessionHandlers } from './session/handlers';

/** Every method of the contract has exactly one handler; the compiler checks it. */
export const handlers: HandlerMap<Method> = {
  ...operatorsHandlers,
  ...compoundHandlers,
  ...overviewHandlers,
  ...auditHandlers,
  ...buildingsHandlers,
  ...householdsHandlers,
  ...residentsHandlers,
  ...jobsHandlers,
  ...returneesHandlers,
  ...hotelsHandlers,
  ...staffHandlers,
  ...rosterHandlers,
  ...rosterOutHandlers,
  ...attendanceHandlers,
  ...backupsHandlers,
  ...sessionHandlers,
};
