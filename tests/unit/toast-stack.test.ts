import { describe, expect, it } from 'vitest';
import { MAX_TOASTS, pushToast, TOAST_MS, type Toast } from '../../renderer/src/components/toast-stack';

const push = (list: Toast[], id: number, text: string, tone: Toast['tone'] = 'success') =>
  pushToast(list, { id, tone, text });

describe('the toasts’ stack', () => {
  it('shows at most three, newest first, the oldest dropped', () => {
    let list: Toast[] = [];
    for (let i = 1; i <= 5; i++) list = push(list, i, `saved ${i}`);
    expect(MAX_TOASTS).toBe(3);
    expect(list.map((t) => t.text)).toEqual(['saved 5', 'saved 4', 'saved 3']);
  });

  it('keeps an error over the successes that come after it', () => {
    let list = push([], 1, 'refused', 'error');
    for (let i = 2; i <= 6; i++) list = push(list, i, `saved ${i}`);
    expect(list.map((t) => t.text)).toEqual(['saved 6', 'saved 5', 'refused']);
    // Errors only: the oldest goes.
    list = [];
    for (let i = 1; i <= 4; i++) list = push(list, i, `refused ${i}`, 'error');
    expect(list.map((t) => t.text)).toEqual(['refused 4', 'refused 3', 'refused 2']);
  });

  it('collapses a repeated message into one, moved to the top with its count', () => {
    let list = push([], 1, 'saved');
    list = push(list, 2, 'other');
    list = push(list, 3, 'saved');
    list = push(list, 4, 'saved');
    expect(list.map((t) => [t.id, t.text, t.count])).toEqual([
      [4, 'saved', 3],
      [2, 'other', 1],
    ]);
    // The same words as an error are another message.
    expect(push(list, 5, 'saved', 'error')).toHaveLength(3);
  });

  it('lets an error stay longer than the rest', () => {
    expect(TOAST_MS.error).toBeGreaterThan(TOAST_MS.success);
    expect(TOAST_MS.error).toBeGreaterThan(TOAST_MS.info);
  });
});
