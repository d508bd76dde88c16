import type { ComponentType } from 'react';
import { screen } from '../../app/screen';

/**
 * The runners' screens under `#/errands/…` (issue 13), each its own chunk: `runner[/MEMBER_ID]` a
 * runner's own list, `print?building=ID` the building's errand slips, `cash[/MEMBER_ID]` the runners'
 * cash and one runner's book. The errands page dispatches these beside its own screens.
 */
export const RUN_SCREENS: Record<string, ComponentType<{ param: string }>> = {
  runner: screen(() => import('./RunnerPage'), 'RunnerPage'),
  print: screen(() => import('./PrintSlips'), 'PrintSlips'),
  cash: screen(() => import('../cash/CashPage'), 'CashPage'),
};
