/** Medical requests for the community doctor (issue 14): the fever alert, medicine from stock and by errand. */
import { describe, expect, it } from 'vitest';
import { healthPost } from './health-setup';
import { count } from './helpers';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A post with everyone followed and 王小明's fever alert raised at 08:00 (38.4, rechecked 38.2). */
async function withFever() {
  const p = await healthPost();
  ok(await p.call('health.openEpisode', { everyoneInCompound: true, reason: 'compound' }));
  p.at('2026-11-28', '07:30');
  const round = ok(await p.call('health.round', { buildingId: 1 }));
  const slotId = round.rows.find((r) => r.name === '王小明')?.cells[0]?.slotId ?? '';
  ok(await p.call('health.record', { checks: [{ slotId, temperature: 38.4 }] }));
  p.at('2026-11-28', '08:00');
  const rec = ok(await p.call('health.record', { checks: [{ slotId, temperature: 38.2, recheck: true }] }));
  return { ...p, slotId, checkId: rec.alerts[0] ?? '', medicalId: rec.medicalIds[0] ?? '' };
}

describe('medical: a fever alert reaches the doctor and only the doctor clears it', () => {
  it('the alert opens a request; a later normal reading, or closing the request untriaged, leaves it; triage clears it', async () => {
    const p = await withFever();
    const list = ok(await p.call('medical.list', {}));
    expect(list.rows).toMatchObject([
      {
        id: p.medicalId,
        name: '王小明',
        place: '1栋 101',
        kind: 'fever',
        source: 'round',
        state: 'new',
        checkId: p.checkId,
        temperature: 38.2,
      },
    ]);
    // The afternoon reading is normal: the alert stays until the doctor acts.
    p.at('2026-11-28', '14:00');
    const round = ok(await p.call('health.round', { buildingId: 1 }));
    const pm = round.rows.find((r) => r.name === '王小明')?.cells[1]?.slotId ?? '';
    ok(await p.call('health.record', { checks: [{ slotId: pm, temperature: 36.9 }] }));
    expect(ok(await p.call('health.alerts', {})).fevers.map((f) => f.checkId)).toEqual([p.checkId]);
    const closing = await p.call('medical.close', { id: p.medicalId, outcome: 'no_longer_needed' });
    expect(closing).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'medical_alert_needs_triage' } },
    });
    // The doctor refers him to the fever clinic.
    ok(
      await p.call('medical.triage', { id: p.medicalId, action: 'fever_clinic', advice: '120 转运发热门诊' }),
    );
    const after = ok(await p.call('health.alerts', {}));
    expect(after.fevers).toEqual([]);
    expect(ok(await p.call('medical.list', {})).rows).toMatchObject([
      { state: 'triaged', action: 'fever_clinic' },
    ]);
    ok(await p.call('medical.close', { id: p.medicalId, outcome: 'referred' }));
    expect(ok(await p.call('medical.list', {})).total).toBe(0);
    expect(ok(await p.call('medical.list', { scope: 'all' })).rows).toMatchObject([
      { state: 'closed', outcome: 'referred' },
    ]);
    const again = await p.call('medical.triage', { id: p.medicalId, action: 'phone_advice' });
    expect(again).toMatchObject({ ok: false, error: { reason: { code: 'medical_closed' } } });
    // Three events, append-only, and the latest kept on the request.
    expect(
      p.db.$client
        .prepare('SELECT kind FROM medical_events WHERE request_id = ? ORDER BY seq')
        .all(p.medicalId),
    ).toEqual([{ kind: 'added' }, { kind: 'triaged' }, { kind: 'closed' }]);
    expect(() => p.db.$client.prepare('DELETE FROM medical_events').run()).toThrow(/append-only/);
  });
});

describe('medical: medicine delivered', () => {
  it('from stock: an issue to the household in the triage, the next refill shown; short is refused whole', async () => {
    const p = await healthPost();
    const item = ok(
      await p.call('stock.saveItem', { name: '硝苯地平缓释片', unit: '盒', category: 'medical' }),
    );
    ok(await p.call('stock.receive', { source: 'town', lines: [{ itemId: item.id, qty: 3 }] }));
    const chen = { kind: 'resident' as const, id: p.residentId('陈玉兰') };
    const req = ok(await p.call('medical.add', { subject: chen, kind: 'medicine', note: '降压药还剩两天' }));
    const none = await p.call('medical.triage', { id: req.id, action: 'medicine_delivered' });
    expect(none).toMatchObject({ ok: false, error: { reason: { code: 'medical_delivery_needs_medicine' } } });
    const txBefore = count(p.db, 'stock_tx');
    const short = await p.call('medical.triage', {
      id: req.id,
      action: 'medicine_delivered',
      stockLines: [{ itemId: item.id, qty: 5 }],
    });
    expect(short).toMatchObject({ ok: false, error: { reason: { code: 'stock_short' } } });
    expect(count(p.db, 'stock_tx')).toBe(txBefore);
    expect(ok(await p.call('medical.list', {})).rows[0]).toMatchObject({ state: 'new' });
    ok(
      await p.call('medical.triage', {
        id: req.id,
        action: 'medicine_delivered',
        stockLines: [{ itemId: item.id, qty: 2 }],
        daysSupply: 14,
      }),
    );
    const list = ok(await p.call('medical.list', {}));
    const tx = list.rows[0]?.stockTxId ?? '';
    expect(list.rows[0]).toMatchObject({
      state: 'triaged',
      deliveredOn: '2026-11-28',
      nextRefillOn: '2026-12-12',
    });
    expect(
      p.db.$client
        .prepare('SELECT kind, counterparty_kind AS k, counterparty_id AS id FROM stock_tx WHERE id = ?')
        .get(tx),
    ).toEqual({
      kind: 'issue',
      k: 'household',
      id: 2,
    });
    const bal = ok(await p.call('stock.balances', { itemId: item.id }));
    expect(bal.reduce((n, r) => n + r.qty, 0)).toBe(1);
    expect(list.refills).toEqual([
      {
        residentId: chen.id,
        name: '陈玉兰',
        place: '1栋 102',
        lastDeliveredOn: '2026-11-28',
        nextRefillOn: '2026-12-12',
      },
    ]);
  });

  it('by errand: one opened for the household, a medicine errand on the runners’ list', async () => {
    const p = await healthPost();
    const li = { kind: 'resident' as const, id: p.residentId('李建国') };
    const req = ok(await p.call('medical.add', { subject: li, kind: 'chronic', urgency: 'today' }));
    ok(
      await p.call('medical.triage', {
        id: req.id,
        action: 'medicine_delivered',
        errand: { what: '二甲双胍', qty: 2 },
        daysSupply: 30,
      }),
    );
    const row = ok(await p.call('medical.list', {})).rows[0];
    expect(row?.errandId).toBeTruthy();
    const e = ok(await p.call('errands.get', { id: row?.errandId ?? '' }));
    expect(e).toMatchObject({ kind: 'medicine', householdId: 3, state: 'new' });
    expect(e.lines).toMatchObject([{ what: '二甲双胍', qty: 2 }]);
  });
});
