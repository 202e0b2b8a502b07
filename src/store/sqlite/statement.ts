// Prepared statements, each prepared once per connection and reused: SQLite parses and plans a
// statement once, and every later call only binds and steps it.
import type { Database, Statement } from "better-sqlite3";

const prepared = new WeakMap<Database, Map<string, Statement>>();

export function statement(db: Database, sql: string): Statement {
  let statements = prepared.get(db);
  if (!statements) {
    statements = new Map();
    prepared.set(db, statements);
  }
  let found = statements.get(sql);
  if (!found) {
    found = db.prepare(sql);
    statements.set(sql, found);
  }
  return found;
}

/** `?, ?, ?` for an IN list of `count` values. */
export const placeholders = (count: number): string => Array.from({ length: count }, () => "?").join(", ");
