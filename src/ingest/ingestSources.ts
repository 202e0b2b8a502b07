// Ingest: source files → articles → analysed store. Unchanged files (same content hash) keep
// their article, a changed file replaces it, a bad file is reported and skipped while the
// others still land, and --prune drops the articles whose files are gone.
import { existsSync } from "node:fs";
import { basename, extname, isAbsolute, relative, resolve } from "node:path";
import { analyseArticles } from "../nlp/analyse.ts";
import { SCHEMA_VERSION, type Article, type Store } from "../store/schema.ts";
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

export function ingestSources(paths: readonly string[], previous: Store | null, options: IngestOptions = {}): IngestResult {
  const cwd = options.cwd ?? process.cwd();
  const { files, problems } = listSourceFiles(paths);
  const reports: FileReport[] = problems.map((p) => ({ path: p.path, status: "skipped", reason: p.reason }));
  const articles = new Map<string, Article>((previous?.articles ?? []).map((a) => [a.id, a]));
  const byPath = new Map((previous?.articles ?? []).map((a) => [a.sourcePath, a]));
  const owners = new Map([...articles.values()].map((a) => [a.id, a.sourcePath]));
  let changed = false;

  files.forEach((path, index) => {
    options.onFile?.(index, files.length, path);
    const shown = storedSourcePath(path, cwd);
    const before = byPath.get(shown);
    const kept = before ? " (its previous article is kept)" : "";
    const read = readSourceText(path);
    if (!read.ok) {
      reports.push({ path: shown, status: "skipped", reason: read.reason + kept });
      return;
    }
    const hash = contentHash(read.bytes);
    if (before && before.contentHash === hash) {
      reports.push({ path: shown, status: "unchanged", article: before.id });
      return;
    }
    let page: ParsedPage;
    try {
      page = parsePage(path, read.text);
    } catch (error) {
      reports.push({ path: shown, status: "skipped", reason: (error as Error).message + kept });
      return;
    }
    if (page.sections.every((s) => s.paragraphs.length === 0)) {
      reports.push({ path: shown, status: "skipped", reason: `not an article: no body text found${kept}` });
      return;
    }
    if (before) {
      articles.delete(before.id);
      owners.delete(before.id);
    }
    const id = uniqueArticleId(articleId(page, hash), shown, owners);
    const article = { ...buildArticle(page, shown, hash), id };
    articles.set(id, article);
    owners.set(id, shown);
    byPath.set(shown, article);
    reports.push({ path: shown, status: before ? "updated" : "added", article: id });
    changed = true;
  });

  if (options.prune) {
    for (const article of [...articles.values()]) {
      if (existsSync(resolve(cwd, article.sourcePath))) continue;
      articles.delete(article.id);
      reports.push({ path: article.sourcePath, status: "removed", article: article.id, reason: "source file is gone" });
      changed = true;
    }
  }

  if (!changed && previous) return { store: previous, reports, changed };
  const list = [...articles.values()];
  const { entities, quotes } = analyseArticles(list);
  return {
    store: { schemaVersion: SCHEMA_VERSION, builtAt: new Date().toISOString(), articles: list, entities, quotes },
    reports,
    changed,
  };
}
