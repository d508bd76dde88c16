/**
 * Issue 8, finding 1: a 44 KB sheet (2,000 short rows and one formatted cell at XFD1) used to run the
 * preview for 100 s up to a 4 GB heap and kill the app. Each import here runs in a fresh Node
 * process through the real router, so its time and peak memory (the process's max RSS, which counts
 * the import worker too) are its own.
 *
 * Bounds: the old reader blows both by two orders of magnitude; the new one meets them with a wide
 * margin even on two loaded CI cores (measured numbers are printed).
 */
import { describe, expect, it } from 'vitest';
import { hostileSheet, importInChild, registry, residentRows, writeSheet } from './import-fixtures';
import { workbook } from './xlsx-build';

describe('sheets that used to take the app down', () => {
  it('previews the 44 KB sheet with a formatted XFD1 in under 5 s and 200 MB', async () => {
    const { db, path } = await registry(1);
    db.$client.close();
    const sheet = await hostileSheet();
    expect(sheet.length).toBeLessThan(60_000);
    const r = await importInChild(path, writeSheet(sheet, 'xfd1.xlsx'), false);
    console.log(`hostile XFD1 sheet: ${r.ms.toFixed(0)} ms, peak memory growth ${r.growthMb.toFixed(0)} MB`);
    expect(r).toMatchObject({ ok: true, value: { rows: 2000, committed: false } });
    expect(r.ms).toBeLessThan(5_000);
    expect(r.growthMb).toBeLessThan(200);
  });

  it('imports 100,000 residents in one commit within 60 s and under 320 MB of peak growth', async () => {
    const { db, path } = await registry(100);
    db.$client.close();
    const sheet = writeSheet(workbook(residentRows(100_000, 100)), 'registry-100k.xlsx');
    const r = await importInChild(path, sheet, true);
    console.log(`100,000-row commit: ${r.ms.toFixed(0)} ms, peak memory growth ${r.growthMb.toFixed(0)} MB`);
    expect(r).toMatchObject({
      ok: true,
      value: { committed: true, rows: 100_000, residents: { new: 100_000 } },
    });
    expect(r.ms).toBeLessThan(60_000);
    expect(r.growthMb).toBeLessThan(320);
  }, 120_000);
});
