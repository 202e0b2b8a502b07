// Quoted spans of a paragraph: straight and curly double quotes (also written as doubled single
// marks, ‘‘…’’ or ``…'', as some wires do), and single quotes used for speech told apart from
// apostrophes; a quote left open at a paragraph's end runs on.
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph's length when the quote runs on. */
  close: number;
  mark: "double" | "single";
  closed: boolean;
  /** Opened or closed with doubled single marks (‘‘…’’): the outer one sits before `open` or after `close`. */
  markBefore?: true;
  markAfter?: true;
}

const OPEN_DOUBLE = "“";
const CLOSE_DOUBLE = "”";
const STRAIGHT_DOUBLE = '"';

const DOUBLED_OPEN = new Set(["‘‘", "``"]);
const DOUBLED_CLOSE = new Set(["’’", "''"]);

function doubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let doubledOpen = false;
  const push = (close: number, doubledClose: boolean): void => {
    if (open >= 0) spans.push({ open, close, mark: "double", closed: true, ...(doubledOpen ? { markBefore: true as const } : {}), ...(doubledClose ? { markAfter: true as const } : {}) });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const pair = ch === text[i + 1] && (ch === "‘" || ch === "’" || ch === "`" || ch === "'") ? text.slice(i, i + 2) : "";
    if (DOUBLED_OPEN.has(pair) && open < 0) {
      open = i + 1;
      doubledOpen = true;
      i += 1;
      continue;
    }
    if (DOUBLED_CLOSE.has(pair) && open >= 0) {
      push(i, true);
      open = -1;
      i += 1;
      continue;
    }
    if (ch !== OPEN_DOUBLE && ch !== CLOSE_DOUBLE && ch !== STRAIGHT_DOUBLE) continue;
    const opens = ch === OPEN_DOUBLE || (ch === STRAIGHT_DOUBLE && open < 0);
    if (opens && open < 0) {
      open = i;
      doubledOpen = false;
    } else if (!opens || ch === STRAIGHT_DOUBLE) {
      push(i, false);
      open = -1;
    } else {
      push(i, false);
      open = i;
      doubledOpen = false;
    }
  }
  if (open >= 0 && /\p{L}/u.test(text.slice(open))) spans.push({ open, close: text.length, mark: "double", closed: false });
  return spans;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** A single mark that opens: after a space or bracket, before a word. */
function opensSingle(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== "‘" && ch !== "'") return false;
  const before = text[i - 1];
  return (before === undefined || /[\s([—–-]/u.test(before)) && /[\p{L}\p{N}"“.]/u.test(text[i + 1] ?? "");
}

/** A single mark that closes: after a word or punctuation, not between two letters (an apostrophe). */
function closesSingle(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== "’" && ch !== "'") return false;
  const before = text[i - 1];
  const after = text[i + 1];
  if (isLetter(before) && isLetter(after)) return false;
  return before !== undefined && /\S/u.test(before) && (after === undefined || /[\s,.;:!?)\]—–-]/u.test(after));
}

function singleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (!opensSingle(text, i)) continue;
    let j = i + 2;
    while (j < text.length && !closesSingle(text, j)) j += 1;
    if (j >= text.length) break; // no closing mark after this one, so none after any later opening mark either
    spans.push({ open: i, close: j, mark: "single", closed: true });
    i = j;
  }
  return spans;
}

const within = (inner: QuoteSpan, outer: QuoteSpan): boolean => inner.open > outer.open && inner.close < outer.close;
const crosses = (a: QuoteSpan, b: QuoteSpan): boolean => a.open < b.close && b.open < a.close;

/**
 * The quoted spans of one paragraph, in order: a quote nested in another (‘detoxification’ inside
 * double quotes, "nice to have" inside single ones) is part of the outer one; a single-quote span
 * that crosses a double-quote span was apostrophes.
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const doubles = doubleSpans(text);
  const singles = singleSpans(text).filter((s) => !doubles.some((d) => crosses(s, d) && !within(d, s)));
  const all = [...doubles, ...singles];
  return all.filter((s) => !all.some((o) => within(s, o))).sort((a, b) => a.open - b.open);
}

/** The paragraph's text with every quoted interior blanked out, so cue verbs and stops inside quotes are not seen; the outer marks of a doubled pair read as a space. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  const units = text.split("");
  for (const span of spans) {
    for (let i = span.open + 1; i < span.close; i += 1) units[i] = "_";
    if (span.markBefore) units[span.open - 1] = " ";
    if (span.markAfter && span.close + 1 < units.length) units[span.close + 1] = " ";
  }
  return units.join("");
}
