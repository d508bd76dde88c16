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

const REGISTRY = ['households', 'buildings', 'residents', 'overview', 'dashboard'] as const;
/** A stay opened or ended opens or closes the guest's hotel episode (issue 14): health too. */
const STAYS = ['hotels', 'returnees', 'overview', 'residents', 'households', 'health', 'dashboard'] as const;
const ROSTER = ['roster', 'overview', 'team', 'dashboard'] as const;
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
  'team.save': ['team', 'roster', 'overview', 'session', 'cash', 'dashboard'],
  'team.setUnavailable': ['team', 'roster', 'dashboard'],
  'team.signIn': ['session', 'team'],
  'team.signOut': ['session', 'team'],
  'team.setPin': ['session', 'team'],
  'team.resetPin': ['session', 'team'],
  'compound.update': ['compound', 'overview', 'session', 'returnees', 'hotels', 'errands', 'dashboard'],
  'buildings.add': REGISTRY,
  'households.update': REGISTRY,
  'households.addSource': REGISTRY,
  'households.importCommit': [...REGISTRY, 'returnees', 'backups', 'dashboard'],
  'residents.save': [...REGISTRY, 'returnees', 'dashboard'],
  'residents.move': REGISTRY,
  'residents.reveal': ['audit'],
  'returnees.register': ['returnees', 'overview', 'dashboard'],
  'returnees.decide': STAYS,
  'hotels.save': ['hotels', 'overview', 'dashboard'],
  'hotels.addRooms': ['hotels', 'dashboard'],
  'hotels.setRoom': ['hotels', 'dashboard'],
  'hotels.place': STAYS,
  'hotels.moveRoom': ['hotels', 'returnees', 'health', 'medical', 'dashboard'],
  'hotels.movePlannedEnd': ['hotels', 'returnees', 'households', 'health', 'dashboard'],
  'hotels.addNeed': ['hotels', 'returnees', 'overview', 'dashboard'],
  'hotels.handleNeed': ['hotels', 'returnees', 'overview', 'stock', 'dashboard'],
  'hotels.reopenNeed': ['hotels', 'returnees', 'overview', 'stock', 'dashboard'],
  'hotels.handleFever': ['hotels', 'returnees', 'overview', 'health', 'medical', 'dashboard'],
  'hotels.logContact': ['hotels', 'returnees', 'overview', 'health', 'medical', 'dashboard'],
  'hotels.release': STAYS,
  'hotels.undoRelease': STAYS,
  'posts.save': ['posts', ...ROSTER],
  'posts.retire': ['posts', 'roster', 'overview', 'team', 'dashboard'],
  'posts.delete': ['posts', 'roster', 'overview', 'team', 'dashboard'],
  'roster.generate': ROSTER,
  'roster.assign': ROSTER,
  'roster.swap': ROSTER,
  'attendance.record': ROSTER,
  'attendance.reverse': ROSTER,
  'gate.log': ['gate', 'overview', 'dashboard'],
  'backups.create': ['backups'],
  'backups.saveSettings': ['backups'],
  'backups.restore': EVERYTHING,
  'stock.saveItem': ['stock', 'dashboard'],
  'stock.receive': ['stock', 'dashboard'],
  'stock.issue': ['stock', 'dashboard'],
  'stock.transfer': ['stock', 'dashboard'],
  'stock.count': ['stock', 'dashboard'],
  'stock.adjust': ['stock', 'dashboard'],
  'stock.reverse': ['stock', 'dashboard'],
  'stock.distribute': ['stock', 'dashboard'],
  'stock.deliver': ['stock', 'dashboard'],
  'errands.add': ['errands', 'overview', 'dashboard'],
  'errands.step': ['errands', 'overview', 'cash', 'stock', 'dashboard'],
  'errands.assign': ['errands', 'overview', 'dashboard'],
  'cash.entry': ['cash', 'errands'],
  'cash.reconcile': ['cash', 'errands'],
  'health.openEpisode': ['health', 'overview', 'dashboard'],
  'health.closeEpisode': ['health', 'overview', 'dashboard'],
  'health.makeSlots': ['health', 'overview', 'dashboard'],
  'health.record': ['health', 'overview', 'medical', 'dashboard'],
  'medical.add': ['medical', 'health', 'overview', 'dashboard'],
  'medical.triage': ['medical', 'health', 'overview', 'stock', 'errands', 'cash', 'dashboard'],
  'medical.close': ['medical', 'health', 'overview', 'dashboard'],
  'reports.sign': ['reports'],
} as const satisfies Record<MutationMethod, NonEmpty<Area>>;

/** The areas to refresh after `method` succeeds: its declared ones and the audit log it wrote to. */
export function affectedAreas(method: MutationMethod): Area[] {
  return [...new Set<Area>([...AFFECTS[method], 'audit'])];
}
