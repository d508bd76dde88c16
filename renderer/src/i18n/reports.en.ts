import type { reportsZh } from './reports.zh';
import type { Widen } from './zh-CN';

export const reportsEn: Widen<typeof reportsZh> = {
  nav: { reports: 'Daily report' },
  reports: {
    title: 'Daily report',
    history: 'Past reports',
    gap: 'not reported',
    print: 'Print / PDF',
    printFile: 'daily-report-{{day}}.pdf',
    export: 'Export Excel',
    sign: 'Sign the report',
    correct: 'Sign a correction (version {{version}})',
    signed: 'Version {{version}} signed',
    changedSince: 'The data changed since it was signed:',
  },
};
