// FTS5 query text and the candidate window the full-text searches share: a term as an FTS5 string
// (quotes doubled, so no word is read as an operator), "any of these stems", and where the newest
// CANDIDATE_WINDOW matching rows of an index begin, so a ranked search reads no more than those.
import type { Database } from "better-sqlite3";
import { CANDIDATE_WINDOW } from "../coverageStore.ts";
import { statement } from "./statement.ts";

/** `term` as an FTS5 string. */
export const ftsString = (term: string): string => `"${term.replace(/"/gu, '""')}"`;

/** An FTS5 query matching rows that hold any of `stems`. */
export const anyOf = (stems: readonly string[]): string => stems.map(ftsString).join(" OR ");

/** The lowest rowid of the newest CANDIDATE_WINDOW rows of `table` matching `match` (0 when fewer match). */
export function windowStart(db: Database, table: "paragraph_fts" | "headline_fts", match: string): number {
  return (statement(db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`).pluck().get(match, CANDIDATE_WINDOW - 1) as number | undefined) ?? 0;
}
