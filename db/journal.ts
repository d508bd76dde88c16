import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The migrations' journal: drizzle-kit's list of migrations, in order. */
export type Journal = { entries: { idx: number; when: number; tag: string }[] };

export function findMigrationsFolder(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    for (const candidate of [join(dir, 'migrations'), join(dir, 'db', 'migrations')]) {
      if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('db/migrations not found');
    dir = parent;
  }
}

export function readJournal(migrationsFolder: string): Journal {
  return JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
}
