// Source files: finding the .txt/.html/.htm files to ingest (named directly, or inside folders
// recursively in a stable order, hidden files and symlink loops left out) and reading one as
// text, with a clear reason when it cannot be used.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { decodeDeclared } from "./html/charset.ts";

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

export type SourceText = { ok: true; bytes: Buffer; text: string } | { ok: false; reason: string };

/** Larger files are refused rather than parsed: no news page comes near this. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes as UTF-8, or — for an HTML page that declares another charset — as that charset. */
function decode(path: string, bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return /\.html?$/iu.test(path) ? decodeDeclared(bytes) : null;
  }
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "cannot be read: permission denied";
  if (code === "ENOENT") return "disappeared before it could be read";
  if (code === "EISDIR") return "is a folder, not a file";
  return `cannot be read (${code ?? (error as Error).message})`;
}

/** Reads a source file as text; empty, binary, oversized and undecodable files are refused with a reason. */
export function readSourceText(path: string): SourceText {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_SOURCE_BYTES) return { ok: false, reason: `too large (over ${MAX_SOURCE_BYTES / 1024 / 1024} MB)` };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: readError(error) };
  }
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: "binary file, not text (contains NUL bytes)" };
  const text = decode(path, bytes);
  if (text === null) return { ok: false, reason: "not valid UTF-8 text" };
  if (text.trim() === "") return { ok: false, reason: "empty file (only whitespace)" };
  return { ok: true, bytes, text: text.replace(/^\uFEFF/u, "") };
}
