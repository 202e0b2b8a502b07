// A fetched body as text: in the charset the server states, else UTF-8, else the charset the page or
// feed declares in its first bytes; a body readable in none of them is refused with the reason.
import { decodeDeclared, decodeLegacy } from "../html/charset.ts";
import type { ContentType } from "./contentType.ts";

export type WebText = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decode(bytes: Uint8Array, type: ContentType): string | null {
  const stated = type.charset ? decodeLegacy(bytes, type.charset) : null;
  if (stated !== null) return stated;
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeDeclared(bytes);
  }
}

export function webText(bytes: Uint8Array, type: ContentType): WebText {
  const text = decode(bytes, type);
  return text === null ? { ok: false, reason: "not valid UTF-8 and in no charset it names" } : { ok: true, text };
}
