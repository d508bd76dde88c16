/**
 * The plan's rows by household, as apply walks them (issue 11). Each household's rows are handed out
 * once and dropped from here, so a commit's candidates become garbage as they are written instead of
 * all staying to its end. Kept compact: one list of the rows in household order and where each
 * household starts, not an array and a key string a household (a Map of 100,000 growable arrays was
 * about 25 MB at 323,000 rows). A sheet lists a household's members together, so a key is made only
 * where the household changes; households come in the order of their first row, members in sheet
 * order, as before.
 */
import { key, type Valid } from './import-match';

/** Built at once (the plan then lets go of its list); walked once. */
export function householdGroups(valid: readonly Valid[]): () => Generator<Valid[]> {
  const ids = new Map<string, number>();
  const groupOf = new Int32Array(valid.length);
  const sizes: number[] = [];
  let last: Valid | undefined;
  let g = -1;
  for (let i = 0; i < valid.length; i++) {
    const c = valid[i] as Valid;
    if (!last || c.buildingId !== last.buildingId || c.unit !== last.unit || c.room !== last.room) {
      const k = key(c.buildingId, c.unit, c.room);
      let id = ids.get(k);
      if (id === undefined) {
        id = sizes.length;
        ids.set(k, id);
        sizes.push(0);
      }
      g = id;
    }
    groupOf[i] = g;
    sizes[g] = (sizes[g] as number) + 1;
    last = c;
  }
  const starts = new Int32Array(sizes.length + 1);
  for (let j = 0; j < sizes.length; j++) starts[j + 1] = (starts[j] as number) + (sizes[j] as number);
  const next = starts.slice(0, sizes.length);
  const ordered = new Array<Valid | undefined>(valid.length);
  for (let i = 0; i < valid.length; i++) {
    const j = groupOf[i] as number;
    ordered[next[j] as number] = valid[i];
    next[j] = (next[j] as number) + 1;
  }
  let walked = false;
  // Once: the rows handed out are let go.
  return function* () {
    if (walked) return;
    walked = true;
    for (let j = 0; j < sizes.length; j++) {
      const [from, to] = [starts[j] as number, starts[j + 1] as number];
      const members = ordered.slice(from, to) as Valid[];
      ordered.fill(undefined, from, to);
      yield members;
    }
  };
}
