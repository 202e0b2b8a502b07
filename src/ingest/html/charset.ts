// Decoding an HTML page or a feed in the legacy charset it declares (<meta charset>, the XML
// declaration's encoding) or its server states, for pages that are not UTF-8. Windows-1252 is mapped by hand: Node 20's TextDecoder reads it as Latin-1.
const WINDOWS_1252_LABELS = new Set(["windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii"]);

/** Windows-1252 characters for bytes 0x80–0x9F (undefined bytes keep their Latin-1 code point). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The charset a page declares in its first bytes (<meta charset>, http-equiv or <?xml encoding>), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/iu.exec(head) ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/iu.exec(head);
  return declared?.[1]?.toLowerCase();
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

const isUtf8Label = (charset: string): boolean => charset.toLowerCase().replace(/[^a-z0-9]/gu, "") === "utf8";

/** The page decoded in its declared charset; null when it declares none (or UTF-8) or an unknown one. */
export function decodeDeclared(bytes: Uint8Array): string | null {
  const charset = declaredCharset(bytes);
  return charset ? decodeLegacy(bytes, charset) : null;
}

/** The bytes decoded in a legacy (not UTF-8) charset; null for UTF-8 or a charset not known. */
export function decodeLegacy(bytes: Uint8Array, charset: string): string | null {
  if (isUtf8Label(charset)) return null;
  if (WINDOWS_1252_LABELS.has(charset.toLowerCase())) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null;
  }
}
