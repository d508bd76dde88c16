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

  it('a screen that sends typed values with a mutation builds its form with react-hook-form (issue 9)', () => {
    // Inputs beside a mutation that are not a form: choices of the import (the file chooser and the
    // commit's checkboxes), typed nothing a schema could refuse.
    const notForms = new Set([join('features', 'households', 'ImportPanel.tsx')]);
    const handRolled = sources(join(ROOT, 'features'))
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return (
          /<(input|select|textarea)\b/.test(text) && /useApiMutation/.test(text) && !/useForm\b/.test(text)
        );
      })
      .map((f) => relative(ROOT, f))
      .filter((f) => !notForms.has(f));
    expect(handRolled).toEqual([]);
  });
});
