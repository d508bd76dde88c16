/**
 * The books never disagree with the ledger: seeded random sequences of receive, issue, transfer,
 * count, adjust and reverse — refused ones included — leave every kept balance equal to the ledger's
 * lines summed from scratch, after every step.
 */
import { describe, expect, it } from 'vitest';
import { rng } from './fuzz-gen';
import { issueDaysKept, issueDaysRebuilt, kept, rebuilt, stockPost } from './stock-setup';

const EXPIRIES = ['2026-11-20', '2026-11-30', '2026-12-05', '2027-02-01', null] as const;

describe('stock balances against the ledger rebuilt (property)', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'seed %i: 80 random movements keep balances equal to the ledger',
    async (seed) => {
      const p = await stockPost();
      const r = rng(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
      const qty = () => 1 + Math.floor(r() * 30);
      const items = [p.masks, p.alcohol, p.rice];
      const places = [
        { kind: 'store' as const },
        { kind: 'gate' as const, id: p.gateId },
        { kind: 'hotel' as const, id: p.hotelId },
        { kind: 'runner' as const, id: p.runnerId },
      ];
      const recipients = [
        { kind: 'household' as const, id: p.householdId },
        { kind: 'hotel_guest' as const, id: p.guestId },
        { kind: 'runner' as const, id: p.runnerId },
      ];
      const maybeReason = () => (r() < 0.3 ? '先发后补登' : undefined);
      const txIds: string[] = [];
      let written = 0;
      for (let step = 0; step < 80; step++) {
        const op = pick([
          'receive',
          'receive',
          'issue',
          'issue',
          'transfer',
          'count',
          'adjust',
          'reverse',
        ] as const);
        let res: { ok: boolean; value?: unknown };
        if (op === 'receive') {
          res = await p.call('stock.receive', {
            place: pick(places),
            source: pick(['donor', 'town', 'bought'] as const),
            lines: Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
              itemId: pick(items),
              qty: qty(),
              expiresOn: pick(EXPIRIES),
            })),
          });
        } else if (op === 'issue') {
          res = await p.call('stock.issue', {
            place: pick(places),
            to: pick(recipients),
            lines: [{ itemId: pick(items), qty: qty() }],
            shortReason: maybeReason(),
            includeExpired: r() < 0.2,
            // Some dated earlier, either side of midnight at the post (16:00 UTC), days apart.
            happenedAt: pick([
              undefined,
              '2026-11-27T15:59:00Z',
              '2026-11-27T16:01:00Z',
              '2026-11-20T03:00:00Z',
            ]),
          });
        } else if (op === 'transfer') {
          res = await p.call('stock.transfer', {
            from: pick(places),
            to: pick(places),
            itemId: pick(items),
            qty: qty(),
            shortReason: maybeReason(),
          });
        } else if (op === 'count') {
          const place = pick(places);
          const held = (await p.call('stock.balances', { place, nonZero: false })) as {
            ok: true;
            value: { itemId: string; lotId: string | null; qty: number }[];
          };
          const lines = held.ok ? held.value.filter(() => r() < 0.6) : [];
          if (lines.length === 0) continue;
          res = await p.call('stock.count', {
            place,
            reasonCode: pick(['lost', 'found', 'miscounted'] as const),
            lines: lines.map((b) => ({
              itemId: b.itemId,
              lotId: b.lotId,
              counted: Math.max(0, b.qty + Math.floor(r() * 5) - 2),
            })),
          });
        } else if (op === 'adjust') {
          res = await p.call('stock.adjust', {
            place: pick(places),
            itemId: p.rice,
            qty: r() < 0.5 ? -qty() : qty(),
            reasonCode: pick(['damaged', 'lost', 'found'] as const),
            shortReason: maybeReason(),
          });
        } else {
          if (txIds.length === 0) continue;
          res = await p.call('stock.reverse', { txId: pick(txIds), reason: '录错' });
        }
        if (res.ok) {
          written++;
          txIds.push((res.value as { txId: string }).txId);
        }
        expect(kept(p.db), `seed ${seed} step ${step} ${op}`).toEqual(rebuilt(p.db));
        expect(issueDaysKept(p.db), `seed ${seed} step ${step} ${op} (issued a day)`).toEqual(
          issueDaysRebuilt(p.db),
        );
      }
      // The sequence really moved stock, and refused some (short, reversal of a reversal, same place).
      expect(written).toBeGreaterThan(30);
      expect(written).toBeLessThan(80);
      // Every reversal cancels exactly the lines of what it reverses.
      const unbalanced = p.db.$client
        .prepare(
          `SELECT t.id FROM stock_tx t WHERE t.kind = 'reversal' AND EXISTS (
           SELECT item_id, lot_id, place_id, sum(qty) FROM stock_lines
           WHERE tx_id IN (t.id, t.reverses) GROUP BY item_id, coalesce(lot_id, ''), place_id HAVING sum(qty) <> 0)`,
        )
        .all();
      expect(unbalanced).toEqual([]);
      p.db.$client.close();
    },
  );
});
