// Ingest into the live store, one article at a time: each source file is read, parsed, analysed
// and filed in its own transaction, so a running bot sees it at once and an interrupted run loses
// at most the file in flight. Unchanged files (same content hash) are not redone, a changed file
// updates its article in place, a bad file is reported and skipped while the others land, and
// `prune` drops the articles whose files are gone.
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { buildArticle, contentHash } from "../ingest/buildArticle.ts";
import { parseSourcePage, storedSourcePath } from "../ingest/sourcePage.ts";
import { listSourceFiles, readSourceText } from "../ingest/sourceFiles.ts";
import { analyseArticle } from "../nlp/analyse.ts";
import type { CoverageStore } from "../store/coverageStore.ts";

export type FileStatus = "added" | "updated" | "unchanged" | "skipped" | "removed";

export interface FileReport {
  path: string;
  status: FileStatus;
  article?: string;
  reason?: string;
}

export interface IngestOptions {
  /** Drop stored articles whose source files no longer exist. */
  prune?: boolean;
  /** Called before each file is read: for a progress bar. */
  onFile?: (index: number, total: number, path: string) => void;
  /** Base for the stored (relative) source paths; defaults to the working directory. */
  cwd?: string;
}

/** A stored source that is a file (not a fetched URL) whose file is gone. */
const fileGone = (path: string, cwd: string): boolean => !/^https?:\/\//iu.test(path) && !existsSync(isAbsolute(path) ? path : resolve(cwd, path));

async function pruneMissing(store: CoverageStore, cwd: string): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const path of await store.sourcePaths()) {
    const removed = fileGone(path, cwd) ? await store.removeArticle(path) : null;
    if (removed) reports.push({ path, status: "removed", article: removed, reason: "source file is gone" });
  }
  return reports;
}

/** Reads one source file into the store (added, updated, unchanged) or says why not (skipped). */
async function ingestFile(store: CoverageStore, path: string, shown: string): Promise<FileReport> {
  const before = await store.storedSource(shown);
  const skipped = (reason: string): FileReport => ({ path: shown, status: "skipped", reason: before ? `${reason} (its previous article is kept)` : reason });
  const read = readSourceText(path);
  if (!read.ok) return skipped(read.reason);
  const hash = contentHash(read.bytes);
  if (before?.hash === hash) return { path: shown, status: "unchanged", article: before.id };
  let page;
  try {
    page = parseSourcePage(path, read.text);
  } catch (error) {
    return skipped((error as Error).message);
  }
  if (page.sections.every((s) => s.paragraphs.length === 0)) return skipped("not an article: no body text found");
  const { status, id } = await store.putArticle(analyseArticle(buildArticle(page, shown, hash)), { path: shown, hash });
  return { path: shown, status, article: id };
}

export async function ingestSources(store: CoverageStore, paths: readonly string[], options: IngestOptions = {}): Promise<FileReport[]> {
  const cwd = options.cwd ?? process.cwd();
  const { files, problems } = listSourceFiles(paths);
  const reports: FileReport[] = problems.map((p) => ({ path: p.path, status: "skipped", reason: p.reason }));
  if (options.prune) reports.push(...(await pruneMissing(store, cwd)));
  for (const [index, path] of files.entries()) {
    options.onFile?.(index, files.length, path);
    reports.push(await ingestFile(store, path, storedSourcePath(path, cwd)));
  }
  return reports;
}
