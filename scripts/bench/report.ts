// Printing the bench: one table per size, then how each figure's cost grows with the registry.
import type { Measure } from './harness';

const ms = (n: number | undefined) => (n === undefined ? '' : n < 10 ? n.toFixed(2) : n.toFixed(1));
const goalText = (g: Measure['goal']) =>
  [g.ratio !== undefined ? `ratio ≥ ${g.ratio}` : '', g.p95Ms !== undefined ? `p95 < ${g.p95Ms} ms` : '']
    .filter(Boolean)
    .join(', ');

/** 'ok' when every goal the figure has is met, else what is missed. */
function verdict(m: Measure): string {
  const missed: string[] = [];
  if (m.goal.ratio !== undefined && m.ratio !== undefined && m.ratio < m.goal.ratio) missed.push('ratio');
  if (m.goal.p95Ms !== undefined && m.app.p95 >= m.goal.p95Ms) missed.push('time');
  return missed.length ? `MISSED ${missed.join('+')}` : 'ok';
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printSize(households: number, residents: number, measures: Measure[]): void {
  console.log(`\n== ${households} households, ${residents} residents ==`);
  const rows = measures.map((m) => [
    m.name,
    ms(m.app.p50),
    ms(m.app.p95),
    ms(m.base?.p50),
    m.ratio === undefined ? '' : m.ratio.toFixed(2),
    goalText(m.goal),
    m.base || m.goal.p95Ms !== undefined ? verdict(m) : '',
    m.check,
  ]);
  console.log(
    table(['figure', 'app p50 ms', 'app p95 ms', 'base p50 ms', 'ratio', 'goal', 'verdict', 'answers'], rows),
  );
}

/** App p50 per size, and the factor from the smallest to the largest size. */
export function printGrowth(bySize: { households: number; measures: Measure[] }[]): void {
  if (bySize.length < 2) return;
  const first = bySize[0];
  const last = bySize[bySize.length - 1];
  if (!first || !last) return;
  console.log(
    `\n== how each cost grows (app p50 ms; × from ${first.households} to ${last.households} households) ==`,
  );
  const rows = first.measures.map((m, i) => {
    const at = bySize.map((s) => s.measures[i]?.app.p50);
    const a = at[0] ?? 0;
    const z = at[at.length - 1] ?? 0;
    return [m.name, ...at.map(ms), a > 0 ? `×${(z / a).toFixed(1)}` : ''];
  });
  console.log(table(['figure', ...bySize.map((s) => String(s.households)), 'growth'], rows));
  console.log(`(households grew ×${(last.households / first.households).toFixed(1)})`);
}
