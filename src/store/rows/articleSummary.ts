// An article's summary row as both backends read it, and the summary it stands for.
import type { ArticleSummary } from "../coverageStore.ts";

export interface SummaryRow {
  seq: number;
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  sourcePath: string;
  paragraphs: number;
  quotes: number;
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    ...(row.outlet ? { outlet: row.outlet } : {}),
    ...(row.url ? { url: row.url } : {}),
    ...(row.published ? { published: row.published } : {}),
    sourcePath: row.sourcePath,
    paragraphs: row.paragraphs,
    quotes: row.quotes,
  };
}
