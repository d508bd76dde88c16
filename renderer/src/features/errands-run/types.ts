import type { z } from 'zod';
import type { cashContract, errandsContract } from '../../../../electron/api/errands/contract';

/** One errand as `errands.list` answers it. */
export type ErrandRow = z.output<(typeof errandsContract)['errands.list']['output']>['rows'][number];
/** One errand whole, as `errands.get` answers it. */
export type ErrandFull = z.output<(typeof errandsContract)['errands.get']['output']>;
/** A runner's book as `cash.book` answers it. */
export type CashBook = z.output<(typeof cashContract)['cash.book']['output']>;
