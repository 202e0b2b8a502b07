// A source file's bytes as text: binary and undecodable files refused with a reason, and control
// characters (NUL, terminal escapes and the like, wherever they sit) taken out of what is kept.
import { decodeDeclared } from "./html/charset.ts";

export type SourceText = { ok: true; text: string } | { ok: false; reason: string };

/** How far into a file a NUL byte marks it as binary rather than text. */
const BINARY_SNIFF_BYTES = 8192;

/** C0 and C1 control characters other than tab, line breaks and form feed, and DEL: never part of an article's text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/gu;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes as UTF-8, or — for an HTML page that declares another charset — as that charset. */
function decode(path: string, bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return /\.html?$/iu.test(path) ? decodeDeclared(bytes) : null;
  }
}

/** The text of a source file read from `path`; binary, undecodable and blank files are refused with a reason. */
export function sourceText(path: string, bytes: Uint8Array): SourceText {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, reason: "binary file, not text (contains NUL bytes)" };
  const decoded = decode(path, bytes);
  if (decoded === null) return { ok: false, reason: "not valid UTF-8 text" };
  const text = decoded.replace(/^\uFEFF/u, "").replace(CONTROL, "");
  if (text.trim() === "") return { ok: false, reason: "empty file (only whitespace)" };
  return { ok: true, text };
}
