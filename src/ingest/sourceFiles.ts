// Source files: finding the .txt/.html/.htm files to ingest (named directly, or inside folders
// recursively in a stable order, hidden files and symlink loops left out), and the path an article stores.
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, isAbsolute, join, relative, resolve } from "node:path";

export const SOURCE_EXTENSIONS = new Set([".txt", ".html", ".htm"]);

export interface SourceListing {
  files: string[];
  /** Paths given that could not be used, with the reason. */
  problems: { path: string; reason: string }[];
}

const isSymlink = (path: string): boolean => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

/** Why a path cannot be opened: a symlink loop or a dangling link are told apart from a missing path. */
function missingReason(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ELOOP") return "symbolic link loop, not followed";
  if (code === "EACCES" || code === "EPERM") return "cannot be read: permission denied";
  if (isSymlink(path)) return "broken symbolic link (its target is missing)";
  return code === "ENOENT" || code === "ENOTDIR" ? "not found" : `cannot be read (${code ?? (error as Error).message})`;
}

export function listSourceFiles(paths: readonly string[]): SourceListing {
  const files: string[] = [];
  const problems: SourceListing["problems"] = [];
  const seenFolders = new Set<string>();
  const visit = (path: string, named: boolean): void => {
    let stats;
    let real;
    try {
      stats = statSync(path);
      real = realpathSync(path);
    } catch (error) {
      problems.push({ path, reason: missingReason(path, error) });
      return;
    }
    if (stats.isDirectory()) {
      if (seenFolders.has(real)) {
        if (isSymlink(path)) problems.push({ path, reason: "symbolic link to a folder already read (a loop or a duplicate), not followed" });
        return;
      }
      seenFolders.add(real);
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch {
        problems.push({ path, reason: "folder cannot be read" });
        return;
      }
      for (const entry of entries) if (!entry.startsWith(".")) visit(join(path, entry), false);
    } else if (SOURCE_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(resolve(path));
    } else if (named) {
      problems.push({ path, reason: `not a .txt, .html or .htm file` });
    }
  };
  for (const path of paths) visit(path, true);
  return { files: [...new Set(files)], problems };
}

/** The path stored in an article: relative to `cwd` when inside it, absolute otherwise. */
export function storedSourcePath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : resolve(path);
}
