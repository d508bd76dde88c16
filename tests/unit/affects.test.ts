import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFFECTS, affectedAreas, type MutationMethod } from '../../electron/api/affects';
import { contract } from '../../electron/api/contract';

const methods = Object.entries(contract);
const mutations = methods.filter(([, d]) => d.kind === 'mutation').map(([m]) => m);
const queryAreas = new Set(methods.filter(([, d]) => d.kind === 'query').map(([m]) => m.split('.')[0]));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('what each mutation affects', () => {
  it('every mutation of the contract declares the areas it changes, and only real areas', () => {
    expect(mutations.length).toBeGreaterThan(20);
    for (const m of mutations) {
      const areas = (AFFECTS as Record<string, readonly string[]>)[m];
      expect(areas, m).toBeDefined();
      expect(areas?.length, m).toBeGreaterThan(0);
      for (const a of areas ?? []) expect(queryAreas.has(a), `${m} → ${a}`).toBe(true);
    }
    // Nothing is declared for a method that is not a mutation.
    expect(Object.keys(AFFECTS).sort()).toEqual([...mutations].sort());
  });

  it('a mutation always refreshes the audit log it wrote to, and its declared areas', () => {
    expect(affectedAreas('households.update')).toEqual(
      expect.arrayContaining(['households', 'buildings', 'overview', 'audit']),
    );
    expect(affectedAreas('residents.reveal')).toEqual(['audit']);
    expect(affectedAreas('backups.restore' as MutationMethod)).toEqual(
      expect.arrayContaining([...queryAreas]),
    );
  });

  it('a change to the data behind the daily report refreshes its open draft, not only signing', () => {
    // One mutation of each kind of line the report has (tests/api/reports.test.ts counts them).
    const changesTheReport: MutationMethod[] = [
      'residents.save',
      'residents.move',
      'households.importCommit',
      'compound.update',
      'gate.log',
      'returnees.register',
      'returnees.decide',
      'hotels.place',
      'hotels.moveRoom',
      'hotels.release',
      'health.makeSlots',
      'health.record',
      'hotels.logContact',
      'hotels.handleFever',
      'medical.triage',
      'stock.receive',
      'stock.issue',
      'stock.reverse',
      'stock.distribute',
      'errands.add',
      'errands.step',
      'roster.assign',
      'attendance.record',
      'attendance.reverse',
      'backups.restore',
      'reports.sign',
    ];
    for (const m of changesTheReport) expect(affectedAreas(m), m).toContain('reports');
    // The dashboard and the draft are built from the same data: whatever refreshes one refreshes both.
    for (const m of mutations as MutationMethod[])
      if (affectedAreas(m).includes('dashboard')) expect(affectedAreas(m), m).toContain('reports');
  });

  it('no screen calls a mutation around the hooks (so what changed is always refreshed)', () => {
    const offenders: string[] = [];
    const root = join(import.meta.dirname, '..', '..', 'renderer', 'src');
    for (const file of sources(root)) {
      if (file.includes(`${join('renderer', 'src', 'api')}`)) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bcall(?:WithProgress)?\(\s*'([a-z]+\.[A-Za-z]+)'/g)) {
        if (mutations.includes(m[1] ?? '')) offenders.push(`${file.slice(root.length + 1)}: ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
