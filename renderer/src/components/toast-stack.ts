/**
 * The toasts' stack as a pure list (newest first), so its rules are tested without a browser:
 * at most three shown; a message shown again moves to the top with its count instead of stacking
 * (five saves in a row are one toast "×5"); over three, the oldest goes — the oldest that is not
 * an error first, so an error is not pushed out by the successes after it.
 */
export type Tone = 'info' | 'error' | 'success';
export type Toast = { id: number; tone: Tone; text: string; count: number };

export const MAX_TOASTS = 3;

/** How long a toast stays, in ms: an error three times as long as the rest (and each can be closed). */
export const TOAST_MS: Record<Tone, number> = { info: 5000, success: 5000, error: 15000 };

export function pushToast(list: readonly Toast[], toast: Omit<Toast, 'count'>, max = MAX_TOASTS): Toast[] {
  const same = list.find((t) => t.tone === toast.tone && t.text === toast.text);
  const rest = list.filter((t) => t !== same);
  const out: Toast[] = [{ ...toast, count: (same?.count ?? 0) + 1 }, ...rest];
  while (out.length > max) {
    let drop = out.length - 1;
    for (let i = out.length - 1; i > 0; i--) {
      if (out[i]?.tone !== 'error') {
        drop = i;
        break;
      }
    }
    out.splice(drop, 1);
  }
  return out;
}
