// Reading one source file's bytes without trusting it: only a regular file is read (a FIFO, a device
// or a socket is refused at once, never waited on), and never more than the size limit, whatever size
// the file system reports.
import { constants, type Stats } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";

/** Larger files are refused rather than parsed: no news page comes near this. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

const CHUNK_BYTES = 1024 * 1024;

export type SourceBytes = { ok: true; bytes: Buffer } | { ok: false; reason: string };

function openError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "cannot be read: permission denied";
  if (code === "ENOENT") return "disappeared before it could be read";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "ENXIO") return "not a regular file (a socket or an unconnected device)";
  return `cannot be read (${code ?? (error as Error).message})`;
}

function notRegular(stats: Stats): string {
  if (stats.isFIFO()) return "not a regular file (a named pipe), not read";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "not a regular file (a device), not read";
  if (stats.isSocket()) return "not a regular file (a socket), not read";
  return "not a regular file, not read";
}

/** Reads at most `limit` + 1 bytes: enough to know the file is over the limit without holding more. */
async function readBounded(file: FileHandle, limit: number): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total));
    const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return chunks;
}

/** The bytes of the regular file at `path` (symbolic links followed), or why they cannot be used. */
export async function readSourceFile(path: string, limit = MAX_SOURCE_BYTES): Promise<SourceBytes> {
  let file: FileHandle;
  try {
    // Non-blocking: opening a named pipe with no writer would otherwise wait forever.
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: openError(error) };
  }
  try {
    const stats = await file.stat();
    if (!stats.isFile()) return { ok: false, reason: notRegular(stats) };
    const bytes = Buffer.concat(await readBounded(file, limit));
    if (bytes.length > limit) return { ok: false, reason: `too large (over ${limit / 1024 / 1024} MB)` };
    if (bytes.length === 0) return { ok: false, reason: "empty file" };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: openError(error) };
  } finally {
    await file.close();
  }
}
