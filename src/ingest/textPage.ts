// STUB (replaced by the text-ingest work): plain-text scraped page → ParsedPage.
import type { ParsedPage } from "./parsedPage.ts";

export function parseTextPage(raw: string): ParsedPage {
  const lines = raw.split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
  return { title: lines[0] ?? "", sections: [{ paragraphs: lines.slice(1) }], captions: [], related: [] };
}
