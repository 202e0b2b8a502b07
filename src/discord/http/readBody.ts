// A request body read into memory up to a byte limit: a larger one (by its Content-Length or by
// what actually arrives) is refused before any of it is kept or parsed; a body cut off midway is unreadable.
import type { IncomingMessage } from "node:http";

export type BodyResult = { ok: true; body: Buffer } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false };

export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > maxBytes) return Promise.resolve({ ok: false, tooLarge: true });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.off("data", onData);
        request.resume();
        resolve({ ok: false, tooLarge: true });
      } else chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => resolve({ ok: true, body: Buffer.concat(chunks) }));
    request.once("error", () => resolve({ ok: false, tooLarge: false }));
    request.once("close", () => resolve({ ok: false, tooLarge: false }));
  });
}
