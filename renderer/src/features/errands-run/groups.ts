/**
 * The runner's list, grouped as they walk it: by building (in natural order, 2栋 before 10栋), then by
 * the shop the errand was bought at — the errands not bought yet first, as a group of their own — the
 * errands of a group in the order the list gave them (oldest in its state first). Pure.
 */
/** `shop`: where it was bought ('' when not typed), null before it was bought. */
export type RunRow = { id: string; buildingId: number; building: string; shop: string | null; state: string };

export type ShopGroup<T> = { shop: string; bought: boolean; rows: T[] };
export type BuildingGroup<T> = { buildingId: number; building: string; count: number; shops: ShopGroup<T>[] };

const natural = new Intl.Collator('zh-CN', { numeric: true });

/** The shop it was bought at, or null when not bought yet (new, assigned, no answer before buying). */
const boughtAt = (r: RunRow): string | null =>
  r.shop !== null || r.state === 'bought' || r.state === 'delivered' ? (r.shop ?? '') : null;

export function groupRun<T extends RunRow>(rows: readonly T[]): BuildingGroup<T>[] {
  const buildings = new Map<number, BuildingGroup<T>>();
  for (const r of rows) {
    let b = buildings.get(r.buildingId);
    if (!b) {
      b = { buildingId: r.buildingId, building: r.building, count: 0, shops: [] };
      buildings.set(r.buildingId, b);
    }
    b.count += 1;
    const at = boughtAt(r);
    const shop = at ?? '';
    let g = b.shops.find((s) => s.bought === (at !== null) && s.shop === shop);
    if (!g) {
      g = { shop, bought: at !== null, rows: [] };
      b.shops.push(g);
    }
    g.rows.push(r);
  }
  const out = [...buildings.values()].sort((a, b) => natural.compare(a.building, b.building));
  for (const b of out)
    b.shops.sort((x, y) =>
      x.bought !== y.bought ? (x.bought ? 1 : -1) : natural.compare(x.shop || '\uffff', y.shop || '\uffff'),
    );
  return out;
}

/**
 * The steps a runner takes with one tap from a state (the server's rules decide; this offers the
 * runner's part of them): delivered straight from assigned is a parcel from the gate or lines met
 * from the store; no answer resumes where it stopped.
 */
export const RUNNER_STEPS = {
  new: [],
  assigned: ['bought', 'delivered', 'no_answer'],
  // Nobody answered again: each time is its own step (第 2 次无人接听).
  no_answer: ['bought', 'delivered', 'no_answer'],
  bought: ['delivered', 'no_answer'],
  delivered: [],
  confirmed: [],
  cancelled: [],
  duplicate: [],
} as const satisfies Record<string, readonly ('bought' | 'delivered' | 'no_answer')[]>;

/** How long an errand has waited in its state, as hours and minutes. */
export function ageParts(minutes: number): { h: number; m: number } {
  const m = Math.max(0, Math.floor(minutes));
  return { h: Math.floor(m / 60), m: m % 60 };
}

/** The errand's short number for the phone and the slip: E-0042. */
export const errandNo = (no: number): string => `E-${String(no).padStart(4, '0')}`;
