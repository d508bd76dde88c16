/**
 * The server's Chinese words, loaded after the start (issue 11). `word.ts` with both languages'
 * texts and labels is tens of milliseconds to load, and a start that answers the overview needs no
 * words: a failure's message (`errors.ts`) is left empty until they are loaded, and `worded` fills it
 * in from the reason where an answer leaves the server (the router, the web host, the IPC channel).
 * What writes words into the database (`stored-reason.ts`) needs them loaded: the router loads them
 * before a mutation, a job's worker before its work.
 */
import type { Reason } from './reason';

let zh: ((reason: Reason) => string) | null = null;
let loading: Promise<void> | null = null;

/** Load the words (once; the second call answers the first's promise). */
export function loadZhWords(): Promise<void> {
  loading ??= import('./word').then((m) => {
    zh = m.zhMessage;
  });
  return loading;
}

/** Whether the words are loaded (the tests check a start that answers the overview does not load them). */
export const zhWordsLoaded = (): boolean => zh !== null;

/** The reason in Chinese, or '' while the words are not loaded yet (filled in by `worded`). */
export const zhOr = (reason: Reason): string => (zh ? zh(reason) : '');

/** The reason in Chinese; the words must be loaded (what is stored must never be empty). */
export function zhNow(reason: Reason): string {
  if (!zh) throw new Error(`the words are not loaded (${reason.code}): await loadZhWords() first`);
  return zh(reason);
}
