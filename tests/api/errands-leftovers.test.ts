/**
 * Issue 13's leftovers: a second unanswered call is counted (each call a step with its time), a
 * duplicate's step names the other errand's number, and an unknown runner's cash book is not found.
 */
import { describe, expect, it } from 'vitest';
import { errandsPost } from './errands-setup';

describe('errands: leftovers of issue 13', () => {
  it('no answer twice: two steps, counted 1 and 2; a step between starts the count again', async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const a = await p.add();
    const step = (from: string, step: string) =>
      p.call('errands.step', { id: a.id, from, step, note: '' } as never);
    expect((await step('assigned', 'no_answer')).ok).toBe(true);
    expect((await step('no_answer', 'no_answer')).ok).toBe(true);
    const got = await p.call('errands.get', { id: a.id });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.value.steps.map((s) => [s.state, s.attempt])).toEqual([
      ['new', null],
      ['assigned', null],
      ['no_answer', 1],
      ['no_answer', 2],
    ]);
    expect((await step('no_answer', 'cancelled')).ok).toBe(true);
    const after = await p.call('errands.get', { id: a.id });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.steps.at(-1)).toMatchObject({ state: 'cancelled', attempt: null });
  });

  it('a duplicate’s step names the errand it repeats by number', async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const first = await p.add();
    const again = await p.add();
    const dup = await p.call('errands.step', {
      id: again.id,
      from: 'assigned',
      step: 'duplicate',
      duplicateOf: first.id,
    });
    expect(dup.ok).toBe(true);
    const got = await p.call('errands.get', { id: again.id });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.value.steps.at(-1)).toMatchObject({
      state: 'duplicate',
      duplicateOf: first.id,
      duplicateOfNo: first.no,
    });
  });

  it('an unknown runner’s cash book is refused as not found, not a zero balance', async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const book = await p.call('cash.book', { runnerId: 99_999 });
    expect(book).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: { code: 'errand_runner_not_found' } },
    });
    const known = await p.call('cash.book', { runnerId: p.zhao });
    expect(known).toMatchObject({ ok: true, value: { balanceFen: 0 } });
  });
});
