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

const REGISTRY = ['households', 'buildings', 'residents', 'overview'] as const;
/** A stay opened or ended opens or closes the guest's hotel episode (issue 14): health too. */
const STAYS = ['hotels', 'returnees', 'overview', 'residents', 'households', 'health'] as const;
const ROSTER = ['roster', 'overview', 'team'] as const;
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
] as const satisfies readonly Area[];

export const AFFECTS = {
  'team.save': ['team', 'roster', 'overview', 'session', 'cash'],
  'team.setUnavailable': ['team', 'roster'],
  'team.signIn': ['session', 'team'],
  'team.signOut': ['session', 'team'],
  'team.setPin': ['session', 'team'],
  'team.resetPin': ['session', 'team'],
  'compound.update': ['compound', 'overview', 'session', 'returnees', 'hotels', 'errands'],
  'buildings.add': REGISTRY,
  'households.update': REGISTRY,
  'households.addSource': REGISTRY,
  'households.importCommit': [...REGISTRY, 'returnees', 'backups'],
  'residents.save': [...REGISTRY, 'returnees'],
  'residents.move': REGISTRY,
  'residents.reveal': ['audit'],
  'returnees.register': ['returnees', 'overview'],
  'returnees.decide': STAYS,
  'hotels.save': ['hotels', 'overview'],
  'hotels.addRooms': ['hotels'],
  'hotels.setRoom': ['hotels'],
  'hotels.place': STAYS,
  'hotels.moveRoom': ['hotels', 'returnees'],
  'hotels.movePlannedEnd': ['hotels', 'returnees', 'households'],
  'hotels.addNeed': ['hotels', 'returnees', 'overview'],
  'hotels.handleNeed': ['hotels', 'returnees', 'overview', 'stock'],
  'hotels.reopenNeed': ['hotels', 'returnees', 'overview', 'stock'],
  'hotels.handleFever': ['hotels', 'returnees', 'overview', 'health'],
  'hotels.logContact': ['hotels', 'returnees', 'overview', 'health', 'medical'],
  'hotels.release': STAYS,
  'hotels.undoRelease': STAYS,
  'posts.save': ['posts', ...ROSTER],
  'posts.retire': ['posts', 'roster', 'overview', 'team'],
  'posts.delete': ['posts', 'roster', 'overview', 'team'],
  'roster.generate': ROSTER,
  'roster.assign': ROSTER,
  'roster.swap': ROSTER,
  'attendance.record': ROSTER,
  'attendance.reverse': ROSTER,
  'gate.log': ['gate', 'overview'],
  'backups.create': ['backups'],
  'backups.saveSettings': ['backups'],
  'backups.restore': EVERYTHING,
  'stock.saveItem': ['stock'],
  'stock.receive': ['stock'],
  'stock.issue': ['stock'],
  'stock.transfer': ['stock'],
  'stock.count': ['stock'],
  'stock.adjust': ['stock'],
  'stock.reverse': ['stock'],
  'stock.distribute': ['stock'],
  'stock.deliver': ['stock'],
  'errands.add': ['errands', 'overview'],
  'errands.step': ['errands', 'overview', 'cash', 'stock'],
  'errands.assign': ['errands', 'overview'],
  'cash.entry': ['cash', 'errands'],
  'cash.reconcile': ['cash', 'errands'],
  'health.openEpisode': ['health', 'overview'],
  'health.closeEpisode': ['health', 'overview'],
  'health.makeSlots': ['health', 'overview'],
  'health.record': ['health', 'overview', 'medical'],
  'medical.add': ['medical', 'health', 'overview'],
  'medical.triage': ['medical', 'health', 'overview', 'stock', 'errands', 'cash'],
  'medical.close': ['medical', 'health', 'overview'],
  'reports.sign': ['reports'],
} as const satisfies Record<MutationMethod, NonEmpty<Area>>;

/** The areas to refresh after `method` succeeds: its declared ones and the audit log it wrote to. */
export function affectedAreas(method: MutationMethod): Area[] {
  return [...new Set<Area>([...AFFECTS[method], 'audit'])];
}
