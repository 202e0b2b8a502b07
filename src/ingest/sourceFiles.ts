// Finding the source files to ingest: files named directly, and the .txt/.html/.htm files
// inside folders (recursively, in a stable order).
import { readdirSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";

export const SOURCE_EXTENSIONS = new Set([".txt", ".html", ".htm"]);

export interface SourceListing {
  files: string[];
  /** Paths given that could not be used, with the reason. */
  problems: { path: string; reason: string }[];
}

export function listSourceFiles(paths: readonly string[]): SourceListing {
  const files: string[] = [];
  const problems: SourceListing["problems"] = [];
  const visit = (path: string, named: boolean): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      problems.push({ path, reason: "not found or not readable" });
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry), false);
    } else if (SOURCE_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(resolve(path));
    } else if (named) {
      problems.push({ path, reason: `not a .txt, .html or .htm file` });
    }
  };
  for (const path of paths) visit(path, true);
  return { files: [...new Set(files)], problems };
}
