// Shortening text to a length without cutting a word in half: the cut falls on whitespace and is
// marked with an ellipsis.
const ELLIPSIS = "…";

/** `text` when it fits in `max` UTF-16 units, else its longest whole-word prefix that fits with "…". */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = text.slice(0, max - ELLIPSIS.length + 1);
  const space = lastSpace(room);
  const cut = space > 0 ? room.slice(0, space) : room.slice(0, max - ELLIPSIS.length);
  return `${withoutBrokenSurrogate(cut).trimEnd()}${ELLIPSIS}`;
}

function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i -= 1) if (/\s/u.test(text.charAt(i))) return i;
  return -1;
}

/** Drops a high surrogate left alone at the end of a cut. */
function withoutBrokenSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
