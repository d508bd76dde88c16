/**
 * What each mutation changes, by the areas of the queries whose answers it can change. The screen
 * refreshes exactly these after a mutation (renderer/src/api/hooks.ts). Pure: importable by the
 * renderer. Every mutation of the contract must be listed — the compiler checks it — and lists at
 * least one area (every mutation writes the audit log; one that changes nothing else says 'audit').
 */
import type { Contract, Method } from './contract';

type KindOf<K extends 'query' | 'mutation'> = {
  [M in Method]: Contract[M]['kind'] extends K ? M : never;
}[Method];
export type QueryMethod = KindOf<'query'>;
export type MutationMethod = KindOf<'mutation'>;
/** An area is the first word of a query's name: `households` of `households.get`. */
export type Area = QueryMethod extends `${infer A}.${string}` ? A : never;

type NonEmpty<T> = readonly [T, ...T[]];

/**
 * The figures built from the other areas' data (issue 15): the dashboard and the daily report's draft
 * (its signed versions never change). Whatever changes what the dashboard counts changes the draft's
 * lines too — the report reads the same registry, gate, stays, rounds, stock, errands and shifts.
 */
const FIGURES = ['dashboard', 'reports'] as const;
const REGISTRY = ['households', 'buildings', 'residents', 'overview', ...FIGURES] as const;
/** A stay opened or ended opens or closes the guest's hotel episode (issue 14): health too. */
const STAYS = ['hotels', 'returnees', 'overview', 'residents', 'households', 'health', ...FIGURES] as const;
const ROSTER = ['roster', 'overview', 'team', ...FIGURES] as const;
/** A restore replaces everything. */
const EVERYTHING = [
  'team',
  'compound',
  'overview',
  'audit',
  'buildings',
  'households',
  'residents',
  'jobs',
  'returnees',
  'hotels',
  'posts',
  'roster',
  'gate',
  'backups',
  'session',
  'stock',
  'errands',
  'cash',
  'health',
  'medical',
  'dashboard',
  'reports',
] as const satisfies readonly Area[];

export const AFFECTS = {
  'team.save': ['team', 'roster', 'overview', 'session', 'cash', ...FIGURES],
  'team.setUnavailable': ['team', 'roster', ...FIGURES],
  'team.signIn': ['session', 'team'],
  'team.signOut': ['session', 'team'],
  'team.setPin': ['session', 'team'],
  'team.resetPin': ['session', 'team'],
  'compound.update': ['compound', 'overview', 'session', 'returnees', 'hotels', 'errands', ...FIGURES],
  'buildings.add': REGISTRY,
  'households.update': REGISTRY,
  'households.addSource': REGISTRY,
  'households.importCommit': [...REGISTRY, 'returnees', 'backups', ...FIGURES],
  'residents.save': [...REGISTRY, 'returnees', ...FIGURES],
  'residents.move': REGISTRY,
  'residents.reveal': ['audit'],
  'returnees.register': ['returnees', 'overview', ...FIGURES],
  'returnees.decide': STAYS,
  'hotels.save': ['hotels', 'overview', ...FIGURES],
  'hotels.addRooms': ['hotels', ...FIGURES],
  'hotels.setRoom': ['hotels', ...FIGURES],
  'hotels.place': STAYS,
  'hotels.moveRoom': ['hotels', 'returnees', 'health', 'medical', ...FIGURES],
  'hotels.movePlannedEnd': ['hotels', 'returnees', 'households', 'health', ...FIGURES],
  'hotels.addNeed': ['hotels', 'returnees', 'overview', ...FIGURES],
  'hotels.handleNeed': ['hotels', 'returnees', 'overview', 'stock', ...FIGURES],
  'hotels.reopenNeed': ['hotels', 'returnees', 'overview', 'stock', ...FIGURES],
  'hotels.handleFever': ['hotels', 'returnees', 'overview', 'health', 'medical', ...FIGURES],
  'hotels.logContact': ['hotels', 'returnees', 'overview', 'health', 'medical', ...FIGURES],
  'hotels.release': STAYS,
  'hotels.undoRelease': STAYS,
  'posts.save': ['posts', ...ROSTER],
  'posts.retire': ['posts', 'roster', 'overview', 'team', ...FIGURES],
  'posts.delete': ['posts', 'roster', 'overview', 'team', ...FIGURES],
  'roster.generate': ROSTER,
  'roster.assign': ROSTER,
  'roster.swap': ROSTER,
  'attendance.record': ROSTER,
  'attendance.reverse': ROSTER,
  'gate.log': ['gate', 'overview', ...FIGURES],
  'backups.create': ['backups'],
  'backups.saveSettings': ['backups'],
  'backups.restore': EVERYTHING,
  'stock.saveItem': ['stock', ...FIGURES],
  'stock.receive': ['stock', ...FIGURES],
  'stock.issue': ['stock', ...FIGURES],
  'stock.transfer': ['stock', ...FIGURES],
  'stock.count': ['stock', ...FIGURES],
  'stock.adjust': ['stock', ...FIGURES],
  'stock.reverse': ['stock', ...FIGURES],
  'stock.distribute': ['stock', ...FIGURES],
  'stock.deliver': ['stock', ...FIGURES],
  'errands.add': ['errands', 'overview', ...FIGURES],
  'errands.step': ['errands', 'overview', 'cash', 'stock', ...FIGURES],
  'errands.undoDelivery': ['errands', 'overview', 'cash', 'stock', ...FIGURES],
  'errands.assign': ['errands', 'overview', ...FIGURES],
  'cash.entry': ['cash', 'errands'],
  'cash.reconcile': ['cash', 'errands'],
  'health.openEpisode': ['health', 'overview', ...FIGURES],
  'health.closeEpisode': ['health', 'overview', ...FIGURES],
  'health.makeSlots': ['health', 'overview', ...FIGURES],
  'health.record': ['health', 'overview', 'medical', ...FIGURES],
  'medical.add': ['medical', 'health', 'overview', ...FIGURES],
  'medical.triage': ['medical', 'health', 'overview', 'stock', 'errands', 'cash', ...FIGURES],
  'medical.close': ['medical', 'health', 'overview', ...FIGURES],
  'reports.sign': ['reports'],
} as const satisfies Record<MutationMethod, NonEmpty<Area>>;

/** The areas to refresh after `method` succeeds: its declared ones and the audit log it wrote to. */
export function affectedAreas(method: MutationMethod): Area[] {
  return [...new Set<Area>([...AFFECTS[method], 'audit'])];
}
