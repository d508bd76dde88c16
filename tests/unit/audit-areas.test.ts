/**
 * The audit page words every area an audit row can name, in both languages (issue 9): the area of
 * every method of the contract (the router writes it), the areas written outside the router (a
 * restore's row, the demo's row, found in the source), and the older releases' areas old rows keep.
 * A raw key such as `roster` or `posts` on the page is a missing label.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaOf, contract } from '../../electron/api/contract';
import { AREAS, label } from '../../electron/api/shared/labels';

const CJK = /[\u3400-\u9fff]/;
const ELECTRON = join(import.meta.dirname, '..', '..', 'electron');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Areas an audit row is given by hand: `area: 'x'` beside `insert(auditLog)`, or in an SQL insert. */
function handWrittenAreas(): string[] {
  const found = new Set<string>();
  for (const file of sources(ELECTRON)) {
    const text = readFileSync(file, 'utf8');
    if (/insert\(auditLog\)/.test(text))
      for (const m of text.matchAll(/\barea: '([a-z_]+)'/g)) found.add(m[1] ?? '');
    for (const m of text.matchAll(/INSERT INTO audit_log \(([^)]*)\)\s*VALUES \(([^)]*)\)/g)) {
      const cols = (m[1] ?? '').split(',').map((c) => c.trim());
      const vals = (m[2] ?? '').split(',').map((v) => v.trim());
      const area = vals[cols.indexOf('area')] ?? '';
      found.add(area.replace(/^'|'$/g, ''));
    }
  }
  return [...found].sort();
}

const contractAreas = [...new Set(Object.keys(contract).map(areaOf))].sort();

describe('the areas of the audit log', () => {
  it('finds the areas written outside the router (a restore, the demo)', () => {
    expect(handWrittenAreas()).toEqual(['backups', 'demo']);
  });

  const all = [...new Set([...contractAreas, ...handWrittenAreas(), ...AREAS])].sort();
  it.each(all)('%s is worded in Chinese and in English, never shown as its key', (area) => {
    const zh = label('zh-CN', 'area', area);
    const en = label('en', 'area', area);
    expect(zh, area).not.toBe(area);
    expect(zh, area).toMatch(CJK);
    expect(en, area).not.toBe(area);
    expect(en, area).not.toMatch(CJK);
    expect(en.trim(), area).not.toBe('');
  });
});
