// A headline's row as both backends read it, and the headlines /related lists from rows in order: each
// title once (by its key), up to a limit.
import type { Headline } from "../coverageStore.ts";

export interface HeadlineRow {
  key: string;
  title: string;
  snippet: string | null;
  outlet: string | null;
  article: string;
}

export const HEADLINE_COLUMNS = "h.key AS key, h.title AS title, h.snippet AS snippet, h.outlet AS outlet, a.id AS article";

export function toHeadlines(found: readonly HeadlineRow[], limit: number): Headline[] {
  const seen = new Set<string>();
  const out: Headline[] = [];
  for (const r of found) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    out.push({ title: r.title, ...(r.snippet ? { snippet: r.snippet } : {}), ...(r.outlet ? { outlet: r.outlet } : {}), article: r.article });
    if (out.length === limit) break;
  }
  return out;
}
