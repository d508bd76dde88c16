import { LABELS_EN } from '../../../electron/api/shared/labels';
import type { cashZh } from './cash.zh';
import type { Widen } from './zh-CN';

/** The runners' cash: balances, a runner's book, an entry, the end-of-shift reconciliation (issue 13). */
export const cashEn: Widen<typeof cashZh> = {
  cash: {
    tab: 'Cash',
    title: "Runners' cash",
    hint: 'Each runner has one cash book: lines are only added, a mistake is corrected by another entry. At the end of a shift the cash counted is reconciled with the book; a difference needs a reason.',
    runner: 'Runner',
    balance: 'Cash held',
    lastReconciled: 'Last reconciled',
    never: 'Never',
    open: 'Open the book',
    none: 'No runner yet.',
    book: "{{name}}'s cash book",
    back: "← Runners' cash",
    runnerView: 'Their errands',
    balanceNow: 'Balance {{money}}',
    entries: 'Entries (newest first)',
    noEntries: 'Nothing booked yet.',
    more: 'Show more',
    shown: '{{shown}} of {{total}} shown',
    at: 'Time',
    kind: 'Kind',
    amount: 'Amount',
    errand: 'Errand',
    receipt: 'Receipt',
    note: 'Note',
    operator: 'By',
    balanceAfter: 'Balance',
    kinds: LABELS_EN.cashKind,
    entry: {
      title: 'New entry',
      amount: 'Amount (yuan)',
      errand: 'Errand',
      noErrand: '(none)',
      save: 'Book it',
      saved: 'Booked: {{kind}} {{money}}',
    },
    reconcile: {
      title: 'End-of-shift reconciliation',
      bookSays: 'The book says {{money}}',
      counted: 'Cash counted (yuan)',
      difference: 'Difference {{money}}',
      reason: 'Reason for the difference',
      reasonHint:
        'When the cash counted differs from the book a reason is required; the difference is booked.',
      save: 'Reconcile',
      done: 'Reconciled, difference {{money}}',
      history: 'Reconciliations',
      none: 'No reconciliation yet.',
      bookCol: 'Book',
      countedCol: 'Counted',
      diffCol: 'Difference',
    },
  },
};
