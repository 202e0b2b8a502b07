// The words of a text exactly as tokens.ts's WORD pattern finds them, scanned by hand and interned:
// each distinct written form gets a small integer id, so indexing a whole store allocates once per form, not per word.

const UNKNOWN = 0;
const LETTER = 1;
const NUMBER = 2;
const OTHER = 3;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? NUMBER : OTHER;
}

/** The class (letter, number or other) of each code point of the basic plane, worked out on first sight. */
const basicClasses = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x80; unit++) basicClasses[unit] = classify(unit);
const otherClasses = new Map<number, number>();

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let known = basicClasses[codePoint] ?? UNKNOWN;
    if (known === UNKNOWN) {
      known = classify(codePoint);
      basicClasses[codePoint] = known;
    }
    return known;
  }
  let known = otherClasses.get(codePoint);
  if (known === undefined) {
    known = classify(codePoint);
    otherClasses.set(codePoint, known);
  }
  return known;
}

/**
 * The class of the code point at `i` and its width in code units, packed as class · 4 + width. A surrogate
 * pair cut by `end` is a lone surrogate, as in a sliced string.
 */
function pointAt(text: string, i: number, end: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classOf((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) * 4 + 2;
  }
  return classOf(unit) * 4 + 1;
}

/** The distinct written forms met so far, by id, their code units kept in one pool to compare against. */
export interface WordForms {
  readonly forms: string[];
  hashes: Int32Array;
  offsets: Int32Array;
  pool: Uint16Array;
  poolLength: number;
  /** Form id + 1 in each slot of an open-addressing table, 0 when free. */
  slots: Int32Array;
}

export function wordForms(): WordForms {
  return { forms: [], hashes: new Int32Array(1024), offsets: new Int32Array(1025), pool: new Uint16Array(8192), poolLength: 0, slots: new Int32Array(2048) };
}

function place(slots: Int32Array, hash: number, id: number): void {
  const mask = slots.length - 1;
  let slot = hash & mask;
  while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
  slots[slot] = id + 1;
}

function grown<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const larger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  larger.set(array);
  return larger;
}

function add(table: WordForms, text: string, from: number, to: number, hash: number): number {
  const id = table.forms.length;
  table.forms.push(text.slice(from, to));
  if (id === table.hashes.length) {
    table.hashes = grown(table.hashes, id + 1);
    table.slots = new Int32Array(table.slots.length * 2);
    for (let known = 0; known < id; known++) place(table.slots, table.hashes[known] ?? 0, known);
  }
  table.offsets = grown(table.offsets, id + 2);
  table.pool = grown(table.pool, table.poolLength + to - from);
  for (let i = from; i < to; i++) table.pool[table.poolLength++] = text.charCodeAt(i);
  table.hashes[id] = hash;
  table.offsets[id + 1] = table.poolLength;
  place(table.slots, hash, id);
  return id;
}

function intern(table: WordForms, text: string, from: number, to: number, hash: number): number {
  const { hashes, offsets, pool, slots } = table;
  const mask = slots.length - 1;
  const length = to - from;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const id = (slots[slot] ?? 0) - 1;
    if (id < 0) return add(table, text, from, to, hash);
    const offset = offsets[id] ?? 0;
    if (hashes[id] !== hash || (offsets[id + 1] ?? 0) - offset !== length) continue;
    let k = 0;
    while (k < length && pool[offset + k] === text.charCodeAt(from + k)) k++;
    if (k === length) return id;
  }
}

function mix(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 16777619);
}

/**
 * Writes the form id of each word of `text` in [start, end) into `out` from `at`, in order, and returns
 * where they end. `out` needs room for (end − start + 1) / 2 ids: every word but the last is followed by a separator.
 */
export function scanWordForms(table: WordForms, text: string, start: number, end: number, out: Int32Array, at: number): number {
  let i = start;
  let written = at;
  while (i < end) {
    let unit = text.charCodeAt(i);
    let kind = unit < 0x80 ? (basicClasses[unit] ?? OTHER) * 4 + 1 : pointAt(text, i, end);
    if (kind >> 2 === OTHER) {
      i += kind & 3;
      continue;
    }
    const from = i;
    let hash = 0x811c9dc5;
    for (;;) {
      hash = mix(hash, unit);
      if ((kind & 3) === 2) hash = mix(hash, text.charCodeAt(i + 1));
      i += kind & 3;
      if (i >= end) break;
      unit = text.charCodeAt(i);
      kind = unit < 0x80 ? (basicClasses[unit] ?? OTHER) * 4 + 1 : pointAt(text, i, end);
      if (kind >> 2 === OTHER) break;
    }
    while (i < end && (unit === APOSTROPHE || unit === RIGHT_QUOTE)) {
      let j = i + 1;
      while (j < end) {
        const next = pointAt(text, j, end);
        if (next >> 2 !== LETTER) break;
        j += next & 3;
      }
      if (j === i + 1) break;
      for (; i < j; i++) hash = mix(hash, text.charCodeAt(i));
      unit = text.charCodeAt(i);
    }
    out[written++] = intern(table, text, from, i, hash);
  }
  return written;
}
