import { attendanceHandlers } from './attendance/handlers';
import { auditHandlers } from './audit/handlers';
import { backupsHandlers } from './backups/handlers';
import { buildingsHandlers } from './buildings/handlers';
import { compoundHandlers } from './compound/handlers';
import type { Method } from './contract';
import { gateHandlers } from './gate/handlers';
import type { HandlerMap } from './handler';
import { hotelsHandlers } from './hotels/handlers';
import { householdsHandlers } from './households/handlers';
import { jobsHandlers } from './jobs/handlers';
import { overviewHandlers } from './overview/handlers';
import { postsHandlers } from './posts/handlers';
import { residentsHandlers } from './residents/handlers';
import { returneesHandlers } from './returnees/handlers';
import { rosterHandlers } from './roster/handlers';
import { onDutyHandlers } from './roster/on-duty';
import { rosterOutHandlers } from './roster/print';
import { sessionHandlers } from './session/handlers';
import { stockDailyHandlers } from './stock/daily';
import { deliverHandlers } from './stock/deliver';
import { distribReadHandlers } from './stock/distrib-read';
import { distributeHandlers } from './stock/distribute';
import { stockExportHandlers } from './stock/export';
import { stockHandlers } from './stock/handlers';
import { stockNoteHandlers } from './stock/note';
import { stockPickHandlers } from './stock/pick';
import { stockReadHandlers } from './stock/read';
import { teamHandlers } from './team/handlers';
import { signInHandlers } from './team/signin';

/** Every method of the contract has exactly one handler; the compiler checks it. */
export const handlers: HandlerMap<Method> = {
  ...teamHandlers,
  ...signInHandlers,
  ...compoundHandlers,
  ...overviewHandlers,
  ...auditHandlers,
  ...buildingsHandlers,
  ...householdsHandlers,
  ...residentsHandlers,
  ...jobsHandlers,
  ...returneesHandlers,
  ...hotelsHandlers,
  ...postsHandlers,
  ...rosterHandlers,
  ...rosterOutHandlers,
  ...onDutyHandlers,
  ...attendanceHandlers,
  ...gateHandlers,
  ...backupsHandlers,
  ...sessionHandlers,
  ...stockReadHandlers,
  ...stockHandlers,
  ...stockPickHandlers,
  ...stockNoteHandlers,
  ...stockExportHandlers,
  ...distributeHandlers,
  ...deliverHandlers,
  ...distribReadHandlers,
  ...stockDailyHandlers,
};
