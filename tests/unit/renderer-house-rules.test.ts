import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('renderer house rules', () => {
  it('only the overview loads overview.get: the day and the compound come from session.get', () => {
    const users = sources(ROOT)
      .filter((f) => /'overview\.get'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(users).toEqual([join('features', 'overview', 'OverviewPage.tsx')]);
  });

  it('no screen reads the compound with compound.get except the settings form that edits it', () => {
    const users = sources(ROOT)
      .filter((f) => /'compound\.get'/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(users).toEqual([join('features', 'settings', 'CompoundSettingsPage.tsx')]);
  });
});
