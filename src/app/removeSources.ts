// Taking articles out of the live store by the file or web address they came from (`npm run ingest --
// --remove`): an address is matched as ingest keeps it (tracking parameters off) or as any address the
// article was reached at. One report row each: removed, or skipped with the reason.
import { resolve } from "node:path";
import { storedSourcePath } from "../ingest/sourceFiles.ts";
import { canonicalUrl } from "../ingest/web/canonicalUrl.ts";
import { isWebUrl } from "../ingest/web/webUrl.ts";
import type { CoverageStore } from "../store/coverageStore.ts";
import type { FileReport } from "./ingestSources.ts";

async function removeOne(store: CoverageStore, given: string, cwd: string): Promise<FileReport> {
  const key = isWebUrl(given) ? canonicalUrl(given) : storedSourcePath(resolve(cwd, given), cwd);
  const stored = await store.storedSource(key);
  const article = stored ? await store.article(stored.id) : null;
  const removed = article ? await store.removeArticle(article.sourcePath) : null;
  return removed
    ? { path: given, status: "removed", article: removed }
    : { path: given, status: "skipped", reason: "no stored article came from it (see npm run cli -- sources)" };
}

export async function removeSources(store: CoverageStore, paths: readonly string[], cwd = process.cwd()): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const path of paths) reports.push(await removeOne(store, path, cwd));
  return reports;
}
