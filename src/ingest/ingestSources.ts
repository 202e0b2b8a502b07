// Ingest: source files → articles → analysed store. Unchanged files (same content hash) keep
// their article; a bad file is reported and skipped while the others still land.
import { readFileSync } from "node:fs";
import { extname, relative } from "node:path";
import { analyseArticles } from "../nlp/analyse.ts";
import { SCHEMA_VERSION, type Article, type Store } from "../store/schema.ts";
import { buildArticle, contentHash } from "./buildArticle.ts";
import { parseHtmlPage } from "./htmlPage.ts";
import { listSourceFiles } from "./sourceFiles.ts";
import { parseTextPage } from "./textPage.ts";

export type FileStatus = "added" | "updated" | "unchanged" | "skipped";

export interface FileReport {
  path: string;
  status: FileStatus;
  article?: string;
  reason?: string;
}

export interface IngestResult {
  store: Store;
  reports: FileReport[];
}

function readArticle(path: string, bytes: Buffer, hash: string): Article {
  const raw = bytes.toString("utf8");
  const ext = extname(path).toLowerCase();
  const page = ext === ".txt" ? parseTextPage(raw) : parseHtmlPage(raw, path);
  if (page.sections.every((s) => s.paragraphs.length === 0)) throw new Error("no article text found");
  return buildArticle(page, relative(process.cwd(), path) || path, hash);
}

export function ingestSources(paths: readonly string[], previous: Store | null): IngestResult {
  const { files, problems } = listSourceFiles(paths);
  const reports: FileReport[] = problems.map((p) => ({ path: p.path, status: "skipped", reason: p.reason }));
  const byPath = new Map((previous?.articles ?? []).map((a) => [a.sourcePath, a]));
  const articles = new Map<string, Article>((previous?.articles ?? []).map((a) => [a.id, a]));
  for (const path of files) {
    const shown = relative(process.cwd(), path) || path;
    try {
      const bytes = readFileSync(path);
      const hash = contentHash(bytes);
      const before = byPath.get(shown);
      if (before && before.contentHash === hash) {
        reports.push({ path: shown, status: "unchanged", article: before.id });
        continue;
      }
      const article = readArticle(path, bytes, hash);
      if (before) articles.delete(before.id);
      articles.set(article.id, article);
      reports.push({ path: shown, status: before ? "updated" : "added", article: article.id });
    } catch (error) {
      reports.push({ path: shown, status: "skipped", reason: (error as Error).message });
    }
  }
  const list = [...articles.values()];
  const { entities, quotes } = analyseArticles(list);
  return {
    store: { schemaVersion: SCHEMA_VERSION, builtAt: new Date().toISOString(), articles: list, entities, quotes },
    reports,
  };
}
