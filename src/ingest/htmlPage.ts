// STUB (replaced by the HTML-ingest work): saved HTML page → ParsedPage.
import type { ParsedPage } from "./parsedPage.ts";

export function parseHtmlPage(_raw: string, _sourcePath: string): ParsedPage {
  throw new Error("HTML ingest is not built yet");
}
