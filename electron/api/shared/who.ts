/**
 * Who did something, as a history row keeps it: a snapshot of the team member's name, or NO_ONE
 * ('') when no one was on duty (the demo writing, the first member being added, a refused sign-in).
 * The screens word NO_ONE in the UI language ("系统" / "System" in a record's history, "未选择值班人员"
 * / "No one on duty" on the audit page). Releases before 0012 stored those Chinese words themselves:
 * they read as the same marker. Pure, importable by the renderer.
 */
import { type Lang, label } from './labels';

/** The stored snapshot when no one was on duty. */
export const NO_ONE = '';

/** What older releases stored instead of NO_ONE. */
export const LEGACY_NO_ONE = ['系统', '（未选择值班人员）'] as const;
const NONE = new Set<string>([NO_ONE, ...LEGACY_NO_ONE]);

/** The name snapshot a new row keeps for the operator on duty. */
export const snapshotName = (operator: { name: string } | null | undefined): string =>
  operator?.name ?? NO_ONE;

/** Whether a stored snapshot says that no one was on duty (new or legacy marker). */
export const isNoOne = (name: string): boolean => NONE.has(name.trim());

/** How a screen says "no one": as the program acting (a record's history) or as the audit page does. */
export type NoOneAs = 'system' | 'noOperator';

/** A stored name snapshot as a screen shows it: the name, or the marker worded in the language. */
export function whoWord(name: string, lang: Lang, as: NoOneAs = 'system'): string {
  return isNoOne(name) ? label(lang, 'who', as) : name;
}
