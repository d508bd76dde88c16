// The figures of issue 11 whose pipelines other parts change: the slots where their baselines go.
// The import gets its figure with its rewrite.
import type { Figure } from './harness';

/** Not measured yet against a baseline: printed as empty rows so the table shows what is to come. */
export const SLOTS: { name: string; goal: Figure['goal']; note: string }[] = [
  {
    name: 'import 100k residents, preview + commit',
    goal: { ratio: 0.5 },
    note: 'peak < 400 MB; with the import rewrite',
  },
];
