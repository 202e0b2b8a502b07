// An inverted index over the body sentences and paragraphs of every article, with the BM25
// statistics /ask ranks by: flat typed-array postings by stem id, built in one scan of the words. Memoised per Corpus.
import { STOPWORDS, normalizeWord, stem } from "../nlp/tokens.ts";
import { scanWordForms, wordForms } from "../nlp/wordForms.ts";
import { bodyTable, type BodyTable } from "./bodyTable.ts";
import type { Corpus } from "./corpus.ts";
import { memoise } from "./memoise.ts";
import type { Article, Paragraph } from "../model/article.ts";

/**
 * One level of the index (sentences, paragraphs or articles). The documents holding the stem with id s
 * are ids[starts[s]] … ids[starts[s + 1] − 1], ascending, each with its term frequency in `tfs`.
 */
export interface DocumentSet {
  starts: Int32Array;
  ids: Int32Array;
  tfs: Uint16Array;
  lengths: Uint32Array;
  averageLength: number;
}

export interface PassageIndex extends PassageLayout {
  /** Every content stem of the bodies, with its id in each level's postings. */
  stems: ReadonlyMap<string, number>;
  bySentence: DocumentSet;
  byParagraph: DocumentSet;
  /** Every content word of the bodies with its number of occurrences: the vocabulary typos are corrected against. */
  vocabulary: ReadonlyMap<string, number>;
}

/** The sentence spans of a paragraph, or the whole paragraph when it has none. */
export function sentenceSpans(paragraph: Article["paragraphs"][number]): [number, number][] {
  return paragraph.sentences.length > 0 ? paragraph.sentences : [[0, paragraph.text.length]];
}

/** Term frequencies are kept in 16 bits. */
const MAX_TF = 65535;

/**
 * One level's postings from the stems of every sentence one after another (`stream`), document d
 * ending at `ends[d]` in it: a counting pass, then a filling pass, so every array is allocated once, at its size.
 */
function documentSet(stream: Int32Array, ends: Int32Array, stemCount: number): DocumentSet {
  const n = ends.length;
  const lengths = new Uint32Array(n);
  const seenIn = new Int32Array(stemCount).fill(-1);
  const starts = new Int32Array(stemCount + 1);
  let total = 0;
  let from = 0;
  for (let d = 0; d < n; d++) {
    const to = ends[d] ?? 0;
    lengths[d] = to - from;
    total += to - from;
    for (let k = from; k < to; k++) {
      const s = stream[k] ?? 0;
      if (seenIn[s] !== d) {
        seenIn[s] = d;
        starts[s + 1] = (starts[s + 1] ?? 0) + 1;
      }
    }
    from = to;
  }
  for (let s = 0; s < stemCount; s++) starts[s + 1] = (starts[s + 1] ?? 0) + (starts[s] ?? 0);
  const size = starts[stemCount] ?? 0;
  const ids = new Int32Array(size);
  const tfs = new Uint16Array(size);
  const next = starts.slice(0, stemCount);
  const slotOf = new Int32Array(stemCount);
  seenIn.fill(-1);
  from = 0;
  for (let d = 0; d < n; d++) {
    const to = ends[d] ?? 0;
    for (let k = from; k < to; k++) {
      const s = stream[k] ?? 0;
      if (seenIn[s] === d) {
        const slot = slotOf[s] ?? 0;
        const tf = tfs[slot] ?? 0;
        if (tf < MAX_TF) tfs[slot] = tf + 1;
      } else {
        seenIn[s] = d;
        const slot = next[s] ?? 0;
        next[s] = slot + 1;
        slotOf[s] = slot;
        ids[slot] = d;
        tfs[slot] = 1;
      }
    }
    from = to;
  }
  return { starts, ids, tfs, lengths, averageLength: n > 0 ? total / n : 0 };
}

/** Where every sentence and paragraph of the bodies sits: the part of the index read straight off the articles. */
export interface PassageLayout {
  /** Per sentence: its paragraph (index into the paragraph arrays), its place in that paragraph and its span in the paragraph's text. */
  sentenceParagraph: Int32Array;
  sentenceOrdinal: Int32Array;
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  /** Per paragraph: its article (index into the store's articles) and its number `n`. */
  paragraphArticle: Int32Array;
  paragraphNumber: Int32Array;
  /** The paragraphs of article a are articleParagraphs[a] … articleParagraphs[a + 1] − 1: whether an article holds a stem is read from the paragraph postings. */
  articleParagraphs: Int32Array;
}

/** Sentence s of the table, or the whole paragraph p when it has no sentences, as a span of the paragraph. */
function eachSentence(table: BodyTable, p: number, paragraphLength: number, visit: (start: number, end: number) => void): void {
  const first = table.paragraphSentences[p] ?? 0;
  const last = table.paragraphSentences[p + 1] ?? 0;
  if (first === last) visit(0, paragraphLength);
  for (let s = first; s < last; s++) visit(table.sentenceSpans[2 * s] ?? 0, table.sentenceSpans[2 * s + 1] ?? 0);
}

/** Calls `visit` for every paragraph of the table: its article, its number there, and its span in the article's text. */
function eachParagraph(table: BodyTable, visit: (a: number, n: number, p: number, from: number, to: number) => void): void {
  for (let a = 0; a + 1 < table.articleParagraphs.length; a++) {
    const first = table.articleParagraphs[a] ?? 0;
    for (let p = first; p < (table.articleParagraphs[a + 1] ?? 0); p++) {
      visit(a, p - first + 1, p, p === first ? 0 : (table.paragraphEnds[p - 1] ?? 0), table.paragraphEnds[p] ?? 0);
    }
  }
}

export function passageLayout(table: BodyTable): PassageLayout {
  const paragraphs = table.paragraphEnds.length;
  let sentences = 0;
  for (let p = 0; p < paragraphs; p++) sentences += Math.max(1, (table.paragraphSentences[p + 1] ?? 0) - (table.paragraphSentences[p] ?? 0));
  const layout: PassageLayout = {
    sentenceParagraph: new Int32Array(sentences),
    sentenceOrdinal: new Int32Array(sentences),
    sentenceStart: new Int32Array(sentences),
    sentenceEnd: new Int32Array(sentences),
    paragraphArticle: new Int32Array(paragraphs),
    paragraphNumber: new Int32Array(paragraphs),
    articleParagraphs: table.articleParagraphs,
  };
  let sentenceId = 0;
  eachParagraph(table, (a, n, p, from, to) => {
    let ordinal = 0;
    eachSentence(table, p, to - from, (start, end) => {
      layout.sentenceParagraph[sentenceId] = p;
      layout.sentenceOrdinal[sentenceId] = ordinal++;
      layout.sentenceStart[sentenceId] = start;
      layout.sentenceEnd[sentenceId] = end;
      sentenceId++;
    });
    layout.paragraphArticle[p] = a;
    layout.paragraphNumber[p] = n;
  });
  return layout;
}

/** The content stems of every sentence one after another, as stem ids, with the vocabulary met on the way. */
class StemStream {
  ids: Int32Array;
  length = 0;
  private readonly table = wordForms();
  /** The form ids of the span being read. */
  private forms = new Int32Array(1024);
  /** Per written form: the id of its stem, or −1 when it is no content word; its word's id; how often it occurs. */
  private readonly formStem: number[] = [];
  private readonly formWord: number[] = [];
  private readonly formCount: number[] = [];
  readonly stems = new Map<string, number>();
  private readonly words = new Map<string, number>();

  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
  }

  /** Adds the content words of text[start, end). */
  read(text: string, start: number, end: number): void {
    const room = Math.ceil((end - start + 1) / 2);
    if (room > this.forms.length) this.forms = new Int32Array(room * 2);
    if (this.length + room > this.ids.length) {
      const ids = new Int32Array(Math.max(this.ids.length * 2, this.length + room));
      ids.set(this.ids);
      this.ids = ids;
    }
    const { forms, formStem, formCount, ids } = this;
    const count = scanWordForms(this.table, text, start, end, forms, 0);
    for (let k = 0; k < count; k++) {
      const form = forms[k] ?? 0;
      if (form >= formStem.length) this.meet(form);
      const s = formStem[form] ?? -1;
      if (s < 0) continue;
      formCount[form] = (formCount[form] ?? 0) + 1;
      ids[this.length++] = s;
    }
  }

  private meet(form: number): void {
    const word = normalizeWord(this.table.forms[form] ?? "");
    const content = word.length > 1 && !STOPWORDS.has(word);
    const wordStem = content ? stem(word) : "";
    if (content && !this.words.has(word)) this.words.set(word, this.words.size);
    if (content && !this.stems.has(wordStem)) this.stems.set(wordStem, this.stems.size);
    this.formStem.push(content ? (this.stems.get(wordStem) ?? -1) : -1);
    this.formWord.push(content ? (this.words.get(word) ?? -1) : -1);
    this.formCount.push(0);
  }

  /** Every content word with its number of occurrences, in order of first occurrence. */
  vocabulary(): Map<string, number> {
    const counts = new Array<number>(this.words.size).fill(0);
    this.formWord.forEach((w, form) => {
      if (w >= 0) counts[w] = (counts[w] ?? 0) + (this.formCount[form] ?? 0);
    });
    return new Map([...this.words.keys()].map((word, id) => [word, counts[id] ?? 0]));
  }
}

/** Content words per character of news text run near 1 in 11: room for that and more before the stream grows. */
const CHARACTERS_PER_WORD = 8;

export function buildPassageIndex(table: BodyTable): PassageIndex {
  const layout = passageLayout(table);
  let characters = 0;
  for (const text of table.texts) characters += text.length;
  const stream = new StemStream(Math.ceil(characters / CHARACTERS_PER_WORD) + 1);
  const sentenceEnds = new Int32Array(layout.sentenceParagraph.length);
  const paragraphEnds = new Int32Array(layout.paragraphArticle.length);
  let sentenceId = 0;
  eachParagraph(table, (a, _n, p, from, to) => {
    const text = table.texts[a] ?? "";
    eachSentence(table, p, to - from, (start, end) => {
      stream.read(text, from + start, from + Math.min(end, to - from));
      sentenceEnds[sentenceId++] = stream.length;
    });
    paragraphEnds[p] = stream.length;
  });
  const stems = stream.ids.subarray(0, stream.length);
  const stemCount = stream.stems.size;
  return {
    ...layout,
    stems: stream.stems,
    bySentence: documentSet(stems, sentenceEnds, stemCount),
    byParagraph: documentSet(stems, paragraphEnds, stemCount),
    vocabulary: stream.vocabulary(),
  };
}

/** A sentence of the index read back from the store: its article, its paragraph, its place and span there. */
export interface IndexedSentence {
  article: Article;
  paragraph: Paragraph;
  ordinal: number;
  start: number;
  end: number;
}

export function indexedSentence(corpus: Corpus, index: PassageIndex, id: number): IndexedSentence | null {
  const paragraphId = index.sentenceParagraph[id] ?? -1;
  const article = corpus.articles.get(corpus.store.articles[index.paragraphArticle[paragraphId] ?? -1]?.id ?? "");
  const paragraph = article?.paragraphs[(index.paragraphNumber[paragraphId] ?? 0) - 1];
  if (!article || !paragraph) return null;
  return { article, paragraph, ordinal: index.sentenceOrdinal[id] ?? 0, start: index.sentenceStart[id] ?? 0, end: index.sentenceEnd[id] ?? 0 };
}

/** The corpus's passage index: the one read from the store file, or else built on first use and kept for the corpus's lifetime. */
export const passageIndex: (corpus: Corpus) => PassageIndex = memoise((corpus) => corpus.prebuilt.passageIndex ?? buildPassageIndex(bodyTable(corpus.store.articles)));
