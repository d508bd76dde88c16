import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { findMigrationsFolder, readJournal } from '../../db/journal';
import { readMigrations } from '../../db/migrate';

describe('reading the migrations', () => {
  it("answers what drizzle's readMigrationFiles answers: statements, dates and hashes", () => {
    const folder = findMigrationsFolder();
    const ours = readMigrations(folder, readJournal(folder));
    const drizzle = readMigrationFiles({ migrationsFolder: folder });
    expect(ours.length).toBeGreaterThan(20);
    expect(ours).toEqual(drizzle.map(({ sql, folderMillis, hash }) => ({ sql, folderMillis, hash })));
  });
});
