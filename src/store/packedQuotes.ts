// The quotes as the store file holds them: eight numbers per quote in one typed array. A quote's
// text is its span of the paragraph and its id names that span, so neither is stored: a loaded
// quote reads them off the body table when first asked for.
import { spanFits, spanText, type BodyTable } from "./bodyTable.ts";
import { int32s, pack } from "./packedNumbers.ts";
import { AttributionSchema, QuoteKindSchema, quoteId, type Attribution, type Quote, type QuoteKind } from "../model/quote.ts";
import type { Entity } from "../model/entity.ts";
import type { PackedQuotes, StoredArticle } from "./schema.ts";
import { allBelow, listsFit } from "./storedLists.ts";
import { mustHold, StoreFileProblem, unpacked } from "./storeFileProblem.ts";

const KINDS = QuoteKindSchema.options;
const ATTRIBUTIONS = AttributionSchema.options;
const FIELDS = 8;

function refuse(quote: Quote, problem: string): never {
  throw new Error(`refusing to write quote ${quote.id}: ${problem}`);
}

export function packQuotes(quotes: readonly Quote[], bodies: BodyTable, articleNumbers: ReadonlyMap<string, number>, entities: readonly Entity[]): PackedQuotes {
  const entityNumbers = new Map(entities.map((e, i) => [e.id, i]));
  const cues = [...new Set(quotes.map((q) => q.cue).filter((cue): cue is string => cue !== null))];
  const cueNumbers = new Map(cues.map((cue, i) => [cue, i]));
  const packed = new Int32Array(quotes.length * FIELDS);
  const quoteAbout = [0];
  const about: number[] = [];
  quotes.forEach((quote, q) => {
    const article = articleNumbers.get(quote.article) ?? -1;
    const fits = spanFits(bodies, article, quote.paragraph, quote.start, quote.end);
    if (!fits || spanText(bodies, article, quote.paragraph, quote.start, quote.end) !== quote.text) refuse(quote, "its text is not the span of its paragraph it names");
    if (quote.id !== quoteId(quote.article, quote.paragraph, quote.start)) refuse(quote, "its id does not name its span");
    const speaker = quote.speakerId === null ? -1 : (entityNumbers.get(quote.speakerId) ?? refuse(quote, `its speaker ${quote.speakerId} is not stored`));
    packed.set(
      [article, quote.paragraph, quote.start, quote.end, speaker, quote.cue === null ? -1 : (cueNumbers.get(quote.cue) ?? -1), KINDS.indexOf(quote.kind), ATTRIBUTIONS.indexOf(quote.attribution)],
      q * FIELDS,
    );
    for (const id of quote.about) about.push(entityNumbers.get(id) ?? refuse(quote, `it is about ${id}, which is not stored`));
    quoteAbout.push(about.length);
  });
  return { cues, quotes: pack(packed), quoteAbout: pack(Int32Array.from(quoteAbout)), about: pack(Int32Array.from(about)) };
}

/** Quotes about no one share one list, frozen so that nothing can change it for them all. */
const ABOUT_NO_ONE = Object.freeze([]) as unknown as string[];

/** A loaded quote: its words and id are read off its paragraph in the body table when first asked for. JSON.stringify writes it whole. */
class LazyQuote implements Quote {
  readonly #bodies: BodyTable;
  readonly #articleIndex: number;
  #id: string | undefined;
  #text: string | undefined;

  constructor(
    bodies: BodyTable,
    articleIndex: number,
    readonly article: string,
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
    readonly kind: QuoteKind,
    readonly speakerId: string | null,
    readonly cue: string | null,
    readonly attribution: Attribution,
    readonly about: string[],
  ) {
    this.#bodies = bodies;
    this.#articleIndex = articleIndex;
  }

  get id(): string {
    this.#id ??= quoteId(this.article, this.paragraph, this.start);
    return this.#id;
  }

  get text(): string {
    this.#text ??= spanText(this.#bodies, this.#articleIndex, this.paragraph, this.start, this.end);
    return this.#text;
  }

  toJSON(): Quote {
    const { article, paragraph, start, end, kind, speakerId, cue, attribution, about } = this;
    return { id: this.id, text: this.text, kind, speakerId, cue, article, paragraph, start, end, attribution, about };
  }
}

/** The quotes read back, each reading its words off `bodies`; a StoreFileProblem when the parts do not fit together. */
export function unpackQuotes(packed: PackedQuotes, articles: readonly StoredArticle[], bodies: BodyTable, entities: readonly Entity[]): Quote[] {
  const numbers = unpacked(packed.quotes, int32s, "quotes.quotes");
  const quoteAbout = unpacked(packed.quoteAbout, int32s, "quotes.quoteAbout");
  const about = unpacked(packed.about, int32s, "quotes.about");
  mustHold(numbers.length % FIELDS === 0, "quotes.quotes does not hold eight numbers per quote");
  const count = numbers.length / FIELDS;
  mustHold(listsFit(quoteAbout, about, count, entities.length), "quotes.quoteAbout and quotes.about do not fit the quotes and entities");
  const fieldFits = (field: number, limit: number, orNone = false) => allBelow(numbers, limit, { from: field, stride: FIELDS, orNone });
  mustHold(fieldFits(0, articles.length), "quotes.quotes names an article that is not stored");
  mustHold(fieldFits(4, entities.length, true), "quotes.quotes names a speaker that is not stored");
  mustHold(fieldFits(5, packed.cues.length, true), "quotes.quotes names a cue that is not in quotes.cues");
  mustHold(fieldFits(6, KINDS.length) && fieldFits(7, ATTRIBUTIONS.length), "quotes.quotes has a kind or attribution that does not exist");
  const quotes: Quote[] = new Array<Quote>(count);
  for (let q = 0; q < count; q++) {
    const at = q * FIELDS;
    const a = numbers[at] ?? 0;
    const paragraph = numbers[at + 1] ?? 0;
    const start = numbers[at + 2] ?? 0;
    const end = numbers[at + 3] ?? 0;
    if (!spanFits(bodies, a, paragraph, start, end) || start >= end) throw new StoreFileProblem(`quotes.quotes has a quote outside its paragraph in article ${articles[a]?.id}`);
    const speaker = numbers[at + 4] ?? -1;
    const cue = numbers[at + 5] ?? -1;
    const from = quoteAbout[q] ?? 0;
    const to = quoteAbout[q + 1] ?? 0;
    let aboutIds = ABOUT_NO_ONE;
    if (from < to) {
      aboutIds = new Array<string>(to - from);
      for (let k = from; k < to; k++) aboutIds[k - from] = entities[about[k] ?? 0]?.id ?? "";
    }
    quotes[q] = new LazyQuote(
      bodies,
      a,
      articles[a]?.id ?? "",
      paragraph,
      start,
      end,
      KINDS[numbers[at + 6] ?? 0] ?? "direct",
      speaker >= 0 ? (entities[speaker]?.id ?? null) : null,
      cue >= 0 ? (packed.cues[cue] ?? null) : null,
      ATTRIBUTIONS[numbers[at + 7] ?? 0] ?? "unknown",
      aboutIds,
    );
  }
  return quotes;
}
