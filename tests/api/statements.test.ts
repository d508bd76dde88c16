import { describe, expect, it } from 'vitest';
import { withQueryOnly } from '../../db/open';
import { keptRead, keptStatement } from '../../db/statements';
import { freshDb } from './helpers';

describe('statements kept per connection', () => {
  it('prepares a shape once per connection, and hands a query only statements that cannot write', () => {
    const { db } = freshDb();
    const other = freshDb().db;
    const text = 'SELECT count(*) FROM residents WHERE household_id = ?';
    expect(keptRead(db, text)).toBe(keptRead(db, text));
    expect(keptRead(other, text)).not.toBe(keptRead(db, text));
    expect(() => keptRead(db, 'DELETE FROM residents WHERE id = ?')).toThrow(/writes/);
    // A writing statement is still kept for the code that may write (the router's own).
    expect(keptStatement(db.$client, 'DELETE FROM residents WHERE id = ?').readonly).toBe(false);
  });

  it('runs a query in a savepoint that is undone, inside a transaction too, and leaves none open', () => {
    const { db } = freshDb();
    const s = db.$client;
    const names = () => s.prepare('SELECT name FROM buildings').pluck().all();
    expect(withQueryOnly(db, () => names())).toEqual([]);
    expect(s.inTransaction).toBe(false);
    s.transaction(() => {
      s.exec("INSERT INTO buildings (name, floors, units_count, rooms_per_floor) VALUES ('1栋', 9, 1, 4)");
      expect(() =>
        withQueryOnly(db, () =>
          s.exec(
            "INSERT INTO buildings (name, floors, units_count, rooms_per_floor) VALUES ('2栋', 9, 1, 4)",
          ),
        ),
      ).toThrow(/rolled back/);
      // The outer transaction's own write stays; the query's is gone.
      expect(names()).toEqual(['1栋']);
    })();
    expect(names()).toEqual(['1栋']);
    expect(s.inTransaction).toBe(false);
  });
});
