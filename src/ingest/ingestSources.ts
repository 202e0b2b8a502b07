// Ingest: source files → articles → analysed store. Unchanged files (same content hash) keep
// their article, a changed file replaces it, a bad file is reported and skipped while the
// others still land, and --prune drops the articles whose files are gone.
import { existsSync } from "node:fs";
import { basename, extname, isAbsolute, relative, resolve } from "node:path";
import { analyseArticles } from "../nlp/analyse.ts";
import { SCHEMA_VERSION, type Store } from "../store/schema.ts";
import type { Article } from "../model/article.ts";
import { articleId, buildArticle, contentHash } from "./buildArticle.ts";
import { parseHtmlPage } from "./htmlPage.ts";
import type { ParsedPage } from "./parsedPage.ts";
import { listSourceFiles, readSourceText } from "./sourceFiles.ts";
import { parseTextPage } from "./textPage.ts";

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

export interface IngestResult {
  store: Store;
  reports: FileReport[];
  /** True when an article was added, updated or pruned; when false, `store` is `previous` itself (if given). */
  changed: boolean;
}

/** The path stored in an article: relative to `cwd` when inside it, absolute otherwise. */
export function storedSourcePath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : resolve(path);
}

/** Plain text goes to the text parser, also when saved with an .html name (no tags at all). */
function parsePage(path: string, text: string): ParsedPage {
  const isHtml = extname(path).toLowerCase() !== ".txt" && /<[a-z!]/iu.test(text);
  const page = isHtml ? parseHtmlPage(text, path) : parseTextPage(text);
  return page.title.trim() ? page : { ...page, title: basename(path, extname(path)) };
}

/**
 * The id for an article from `sourcePath`: the slug of its title, or — when another file's
 * article already has that id — the slug with a suffix hashed from the source path, so two
 * files with the same title never overwrite each other and the suffix is the same every run.
 */
export function uniqueArticleId(base: string, sourcePath: string, owners: ReadonlyMap<string, string>): string {
  const owner = owners.get(base);
  if (owner === undefined || owner === sourcePath) return base;
  const hash = contentHash(sourcePath);
  for (let length = 8; ; length += 4) {
    const id = `${base}-${hash.slice(0, length)}`;
    const taken = owners.get(id);
    if (taken === undefined || taken === sourcePath) return id;
  }
}

/** The articles being built up, by id, by source path, and each id's owning source path. */
interface Catalogue {
  articles: Map<string, Article>;
  byPath: Map<string, Article>;
  owners: Map<string, string>;
}

function catalogue(previous: Store | null): Catalogue {
  const list = previous?.articles ?? [];
  return {
    articles: new Map(list.map((a) => [a.id, a])),
    byPath: new Map(list.map((a) => [a.sourcePath, a])),
    owners: new Map(list.map((a) => [a.id, a.sourcePath])),
  };
}

function drop(entries: Catalogue, article: Article): void {
  entries.articles.delete(article.id);
  entries.owners.delete(article.id);
  entries.byPath.delete(article.sourcePath);
}

function put(entries: Catalogue, article: Article): void {
  entries.articles.set(article.id, article);
  entries.owners.set(article.id, article.sourcePath);
  entries.byPath.set(article.sourcePath, article);
}

/** Drops the articles whose source files are gone; returns their reports. */
function pruneMissing(entries: Catalogue, cwd: string): FileReport[] {
  const gone = [...entries.articles.values()].filter((a) => !existsSync(resolve(cwd, a.sourcePath)));
  for (const article of gone) drop(entries, article);
  return gone.map((a) => ({ path: a.sourcePath, status: "removed", article: a.id, reason: "source file is gone" }));
}

/** Reads one source file into the catalogue (added, updated, unchanged) or says why not (skipped). */
function ingestFile(entries: Catalogue, path: string, shown: string): FileReport {
  const before = entries.byPath.get(shown);
  const skipped = (reason: string): FileReport => ({ path: shown, status: "skipped", reason: before ? `${reason} (its previous article is kept)` : reason });
  const read = readSourceText(path);
  if (!read.ok) return skipped(read.reason);
  const hash = contentHash(read.bytes);
  if (before && before.contentHash === hash) return { path: shown, status: "unchanged", article: before.id };
  let page: ParsedPage;
  try {
    page = parsePage(path, read.text);
  } catch (error) {
    return skipped((error as Error).message);
  }
  if (page.sections.every((s) => s.paragraphs.length === 0)) return skipped("not an article: no body text found");
  if (before) drop(entries, before);
  const id = uniqueArticleId(articleId(page, hash), shown, entries.owners);
  put(entries, { ...buildArticle(page, shown, hash), id });
  return { path: shown, status: before ? "updated" : "added", article: id };
}

export function ingestSources(paths: readonly string[], previous: Store | null, options: IngestOptions = {}): IngestResult {
  const cwd = options.cwd ?? process.cwd();
  const { files, problems } = listSourceFiles(paths);
  const entries = catalogue(previous);
  const reports: FileReport[] = problems.map((p) => ({ path: p.path, status: "skipped", reason: p.reason }));
  if (options.prune) reports.push(...pruneMissing(entries, cwd));
  files.forEach((path, index) => {
    options.onFile?.(index, files.length, path);
    reports.push(ingestFile(entries, path, storedSourcePath(path, cwd)));
  });
  const changed = reports.some((r) => r.status === "added" || r.status === "updated" || r.status === "removed");
  if (!changed && previous) return { store: previous, reports, changed };
  const articles = [...entries.articles.values()];
  const { entities, quotes } = analyseArticles(articles);
  return {
    store: { schemaVersion: SCHEMA_VERSION, builtAt: new Date().toISOString(), articles, entities, quotes },
    reports,
    changed,
  };
}
