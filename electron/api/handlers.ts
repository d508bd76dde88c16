/**
 * Each area's handlers, imported on the area's first call (electron/api/areas.ts), so a start that
 * answers the overview loads the overview's handlers and not the import's, the stock's or exceljs
 * (issue 11). Every method of the contract has exactly one handler: each loader answers a HandlerMap
 * of its area's methods, and the compiler checks that every area of the contract has its loader.
 */
import type { MethodArea, MethodsOf } from './contract';
import type { HandlerMap } from './handler';

export type HandlerLoaders = { [A in MethodArea]: () => Promise<HandlerMap<MethodsOf<A>>> };

export const handlerLoaders: HandlerLoaders = {
  team: async () => {
    const [{ teamHandlers }, { signInHandlers }] = await Promise.all([
      import('./team/handlers'),
      import('./team/signin'),
    ]);
    return { ...teamHandlers, ...signInHandlers };
  },
  compound: async () => (await import('./compound/handlers')).compoundHandlers,
  overview: async () => (await import('./overview/handlers')).overviewHandlers,
  audit: async () => (await import('./audit/handlers')).auditHandlers,
  buildings: async () => (await import('./buildings/handlers')).buildingsHandlers,
  households: async () => (await import('./households/handlers')).householdsHandlers,
  residents: async () => (await import('./residents/handlers')).residentsHandlers,
  jobs: async () => (await import('./jobs/handlers')).jobsHandlers,
  returnees: async () => (await import('./returnees/handlers')).returneesHandlers,
  hotels: async () => (await import('./hotels/handlers')).hotelsHandlers,
  posts: async () => (await import('./posts/handlers')).postsHandlers,
  roster: async () => {
    const [{ rosterHandlers }, { rosterOutHandlers }, { onDutyHandlers }] = await Promise.all([
      import('./roster/handlers'),
      import('./roster/print'),
      import('./roster/on-duty'),
    ]);
    return { ...rosterHandlers, ...rosterOutHandlers, ...onDutyHandlers };
  },
  attendance: async () => (await import('./attendance/handlers')).attendanceHandlers,
  gate: async () => (await import('./gate/handlers')).gateHandlers,
  backups: async () => (await import('./backups/handlers')).backupsHandlers,
  session: async () => (await import('./session/handlers')).sessionHandlers,
  stock: async () => {
    const m = await Promise.all([
      import('./stock/read'),
      import('./stock/handlers'),
      import('./stock/pick'),
      import('./stock/note'),
      import('./stock/export'),
      import('./stock/distribute'),
      import('./stock/deliver'),
      import('./stock/distrib-read'),
      import('./stock/daily'),
    ]);
    return {
      ...m[0].stockReadHandlers,
      ...m[1].stockHandlers,
      ...m[2].stockPickHandlers,
      ...m[3].stockNoteHandlers,
      ...m[4].stockExportHandlers,
      ...m[5].distributeHandlers,
      ...m[6].deliverHandlers,
      ...m[7].distribReadHandlers,
      ...m[8].stockDailyHandlers,
    };
  },
  errands: async () => (await import('./errands/handlers')).errandsHandlers,
  cash: async () => (await import('./errands/cash')).cashHandlers,
  health: async () => (await import('./health/handlers')).healthHandlers,
  medical: async () => {
    const [{ medicalHandlers }, { medicalReadHandlers }] = await Promise.all([
      import('./health/medical'),
      import('./health/medical-read'),
    ]);
    return { ...medicalHandlers, ...medicalReadHandlers };
  },
  reports: async () => (await import('./reports/handlers')).reportsHandlers,
  dashboard: async () => (await import('./dashboard/handlers')).dashboardHandlers,
};
