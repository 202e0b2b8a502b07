// A response body read to at most a size limit: the read stops (and the connection is let go) as soon
// as the limit is passed, whatever length the server announced.
export type BodyBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const tooLarge = (limit: number): BodyBytes => ({ ok: false, reason: `too large (over ${limit / 1024 / 1024} MB)` });

export async function readBody(response: Response, limit: number): Promise<BodyBytes> {
  const announced = Number(response.headers.get("content-length") ?? Number.NaN);
  if (announced > limit) {
    await response.body?.cancel();
    return tooLarge(limit);
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return tooLarge(limit);
    }
    chunks.push(read.value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
