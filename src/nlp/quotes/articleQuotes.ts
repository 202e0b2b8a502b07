// The quotes of one article, paragraph by paragraph: direct and mixed quotes with their cue and
// speaker, continuation quotes, and reported speech, remembering the last speaker for "he said".
import type { Article } from "../../model/article.ts";
import type { Attribution, QuoteKind } from "../../model/quote.ts";
import { QUOTE_CUE } from "./cueVerbs.ts";
import { describedSpeaker, nearbyBody } from "./describedSpeaker.ts";
import type { ArticleEntities, LocalEntity, LocalMention } from "../names/entities.ts";
import { learnGender, learnGenderFromOpening, resolvePronoun, type SpeakerMemory } from "./pronouns.ts";
import { quoteCue, wordCount } from "./quoteCue.ts";
import { isDirect } from "./quoteKind.ts";
import { namedBody } from "./namedBody.ts";
import { quoteSentences } from "./quoteSentences.ts";
import { insideQuote, mentionsWithin } from "../names/mentionRange.ts";
import { ROLE_NOUNS } from "../names/nameLexicon.ts";
import { nameStandingIn } from "../names/nameInText.ts";
import { maskQuotes, quoteSpans, type QuoteSpan } from "./quoteSpans.ts";
import { reportedIn } from "./reportedSpeech.ts";
import { roleHolder, subjectOf, type Cue, type Subject } from "./speakers.ts";

export interface LocalQuote {
  text: string;
  kind: QuoteKind;
  speaker: LocalEntity | null;
  cue: string | null;
  paragraph: number;
  start: number;
  end: number;
  attribution: Attribution;
  about: LocalEntity[];
}

const MIN_WORDS = 2;
/** A paragraph that ends by introducing a list of statements: "… also said:". */
const LIST_INTRO = new RegExp(`${QUOTE_CUE.source}:\\s*$`, "u");
/** A listed statement has a verb of being, having or modality ("must stay", "is confident"); "Read the full transcript" has none. */
const STATEMENT = /\b(?:is|are|was|were|will|would|must|can|could|should|needs?|has|have|had|may|might)\b/u;
/** A quoted name of a thing, not words spoken: known as the "Three Amigos", the term "three amigos", the film "Little Women", signs reading "Save Our Pier". */
const NAME_OF_THING =
  /\b(?:known as|the (?:term|phrase|word|words|slogan|title|name|film|movie|book|novel|song|album|show|series|play|documentary|podcast|hashtag|motto|campaign)|so-called|titled|entitled|named|(?:signs?|placards?|banners?|posters?|shirts?)\s+(?:reading|that read|saying))\s+(?:the\s+)?$/iu;
/** "Asked about Peter Quill's plan, he said": a name after a preposition is not what a later pronoun stands for. */
const AFTER_PREPOSITION = /\b(?:about|for|with|to|of|from|against|on|at|by)\s+$/iu;
/** A quote with no speaker still counts when it is a whole sentence of at least this many words. */
const MIN_UNATTRIBUTED_WORDS = 4;
/** A heading-like line (no closing punctuation) holds scare quotes and titles, not speech. */
const ENDS_LIKE_PROSE = /[.!?:]["”’')\]]*\s*$|[.!?,]\s*["”’']\s*$/u;

interface Speaker {
  speaker: LocalEntity | null;
  attribution: Attribution;
  cue: Cue;
}

/** "Asked point-blank, “Is that picture you?” Weiner replied": a question quoted in an "Asked" clause was put to the speaker, by someone unnamed. */
const ASKED_CLAUSE = /^[\s"“‘']*Asked\b[^.!?]*$/u;

/** "In Dr. Shadlen’s words, “…”", "In the words of Jane Doe: “…”": what stands before and after the person whose words follow. */
const IN_WORDS_BEFORE = /(?:^|[\s"“‘'])[Ii]n\s+(?:the\s+words\s+of\s+)?$/u;
const IN_WORDS_AFTER = /^['’]s?\s+(?:own\s+)?words\s*[,:]?\s*$/u;
const WORDS_OF_BEFORE = /(?:^|[\s"“‘'])[Ii]n\s+the\s+words\s+of\s+$/u;
const WORDS_OF_AFTER = /^\s*[,:]?\s*$/u;

/** A clause ending in a colon right before the quote, with no cue verb in it (blanked quotes aside). */
const COLON_LEAD = /^[^:"“”]*:\s*$/u;
const OPENING = /^[\s"“‘']*(?:(?:But|And|However|Still|Yet|So|Meanwhile|Then|Now|Also|Today|Later|Instead)\b,?\s+)?$/u;

/** "Meadows' plans were kept secret": a possessive name opening a sentence is not its subject. */
const POSSESSIVE = /^['’]s?(?=\s)/u;

/** The person or organisation a sentence opens with: its subject, for "he said" later in it or in the next one. */
function openingMention(text: string, [from, to]: [number, number], mentions: readonly LocalMention[]): LocalMention | undefined {
  const first = mentions.find((m) => m.titleStart >= from && m.end <= to);
  if (!first || first.entity.weak || POSSESSIVE.test(text.slice(first.end)) || !OPENING.test(text.slice(from, first.titleStart))) return undefined;
  return roleHolder(text, first, mentions);
}

/** "the former mayor": a definite role most likely stands for someone the article has named, unlike "the boyfriend" or "a witness". */
const refersBack = (phrase: string): boolean => /^(?:the|The)\s/u.test(phrase) && phrase.toLowerCase().split(/\s+/u).some((w) => ROLE_NOUNS.has(w));

/** Entities the sentence names, the speaker excluded. */
function aboutIn(mentions: readonly LocalMention[], [from, to]: [number, number], speaker: LocalEntity | null): LocalEntity[] {
  const about = new Set<LocalEntity>();
  for (const m of mentions) if (m.start >= from && m.end <= to && m.entity !== speaker && !m.entity.weak) about.add(m.entity);
  return [...about];
}

export function articleQuotes(article: Article, found: ArticleEntities): LocalQuote[] {
  const quotes: LocalQuote[] = [];
  const mentionsOf = (n: number): readonly LocalMention[] => found.byParagraph.get(n) ?? [];
  const speakers: SpeakerMemory[] = [];
  let runOn: LocalQuote | undefined;
  /** The paragraphs of a quotation still open whose speaker was not named: they take the speaker named where it closes. */
  let openRun: LocalQuote[] = [];
  let lastQuoted: LocalQuote | undefined;
  let previousSubject: LocalEntity | undefined;
  /** "Bolger’s lawyer, Jeremy Robinson, had a more succinct statement. “…”": the one person the sentence before named, in this paragraph. */
  let previousIntroducer: { paragraph: number; entity: LocalEntity } | undefined;
  let currentOpening: LocalMention | undefined;
  /** Quoted spans of each paragraph read so far, so names inside quotes are never antecedents. */
  const quotedOf = new Map<number, readonly QuoteSpan[]>();
  const outsideQuotes = (m: LocalMention): boolean => !insideQuote(quotedOf.get(m.paragraph) ?? [], m);
  /** Entities named outside quotes in the sentence before the current one, nearest first. */
  let previousNearby: LocalEntity[] = [];
  /**
   * Whether the sentence before (or this one so far) gave words to a described speaker nobody named ("The boyfriend told
   * investigators …"): a "he said" right after is theirs, so it goes to no earlier speaker or mention, only to a name nearby.
   */
  let unnamedSpeakerBefore = false;
  let unnamedSpeakerNow = false;
  /** The paragraph and sentence being read. */
  let textNow = "";
  let sentenceNow: [number, number] = [0, 0];
  /** The last paragraph of prose before this one: a continuation quote inherits a speaker found there or here (captions in between do not count). */
  let previousProse = 0;
  /** After "President Obama also said:", the unpunctuated lines that follow are his statements, one per line. */
  let listOf: LocalQuote | undefined;

  /** The entities named within [start, end) of paragraph n: the words attributed, whose speaker they never are. */
  const namedIn = (n: number, [start, end]: readonly [number, number]): Set<LocalEntity> => new Set(mentionsWithin(mentionsOf(n), start, end).map((m) => m.entity));
  const resolve = (subject: Subject, paragraph: number, cue: Cue, words: readonly [number, number]): Speaker => {
    if (subject.type === "entity") return { speaker: subject.mention.entity, attribution: "explicit", cue };
    const named = namedIn(paragraph, words);
    const before = mentionsWithin(mentionsOf(paragraph), sentenceNow[0], subject.at)
      .filter((m) => !m.entity.weak && outsideQuotes(m) && !AFTER_PREPOSITION.test(textNow.slice(Math.max(0, m.titleStart - 12), m.titleStart)))
      .map((m) => m.entity)
      .reverse();
    if (subject.type === "noun") {
      const described =
        nearbyBody(subject.phrase, [before, previousNearby]) ??
        describedSpeaker(subject.phrase, found.entities, speakers.at(-1)?.entity) ??
        namedBody(subject.phrase, bodiesBefore(paragraph, subject.at));
      const speaker = described && !named.has(described) ? described : null;
      if (!speaker && subject.phrase && !refersBack(subject.phrase)) unnamedSpeakerNow = true;
      return { speaker, attribution: speaker ? "explicit" : "unknown", cue };
    }
    const opening = currentOpening && currentOpening.end <= subject.at ? currentOpening.entity : undefined;
    const context = { paragraph, offset: subject.at, subjects: [opening], nearby: [before, [previousSubject], previousNearby], named, outsideQuotes };
    const unnamedBefore = unnamedSpeakerBefore || unnamedSpeakerNow;
    const entity = unnamedBefore ? resolvePronoun(subject.pronoun, context, [], () => []) : resolvePronoun(subject.pronoun, context, speakers, mentionsOf);
    if (entity) learnGender(entity, subject.pronoun);
    return { speaker: entity ?? null, attribution: entity ? "pronoun" : "unknown", cue };
  };
  /** The organisations named outside quotes before `offset` of paragraph `paragraph`, the latest first. */
  const bodiesBefore = (paragraph: number, offset: number): LocalEntity[] => {
    const bodies = new Set<LocalEntity>();
    for (let n = paragraph; n >= 1; n -= 1) {
      const mentions = mentionsOf(n).filter((m) => (n < paragraph || m.end <= offset) && m.entity.kind === "organisation" && outsideQuotes(m));
      for (const m of [...mentions].reverse()) bodies.add(m.entity);
    }
    return [...bodies];
  };
  const remember = (speaker: LocalEntity | null, paragraph: number): void => {
    if (speaker) speakers.push({ entity: speaker, paragraph });
  };

  for (const p of article.paragraphs) {
    const text = p.text;
    textNow = text;
    const spans = quoteSpans(text);
    quotedOf.set(p.n, spans);
    const masked = maskQuotes(text, spans);
    const mentions = mentionsOf(p.n);
    const prose = ENDS_LIKE_PROSE.test(text);
    const continuesQuote = runOn !== undefined && /^\s*["“‘']/u.test(text);
    const previousRunOn = runOn;
    runOn = undefined;
    if (!continuesQuote) openRun = [];
    if (listOf && !prose && STATEMENT.test(text) && wordCount(text) >= MIN_UNATTRIBUTED_WORDS) {
      const end = text.trimEnd().length;
      quotes.push({ ...listOf, text: text.slice(0, end), paragraph: p.n, start: 0, end, about: aboutIn(mentions, [0, end], listOf.speaker) });
      continue;
    }
    listOf = undefined;
    for (const sentence of quoteSentences(text, spans)) {
      const before = quotes.length;
      sentenceNow = sentence;
      currentOpening = openingMention(text, sentence, mentions);
      if (!currentOpening) learnGenderFromOpening(masked.slice(...sentence), previousNearby);
      unnamedSpeakerNow = false;
      processSentence(sentence);
      unnamedSpeakerBefore = unnamedSpeakerNow;
      const spoke = quotes.slice(before).findLast((q) => q.speaker)?.speaker;
      previousSubject = spoke ?? currentOpening?.entity;
      currentOpening = undefined;
      const introducer = introducerIn(sentence);
      previousIntroducer = introducer ? { paragraph: p.n, entity: introducer } : undefined;
      previousNearby = mentionsWithin(mentions, sentence[0], sentence[1])
        .filter((m) => !m.entity.weak && outsideQuotes(m))
        .map((m) => m.entity)
        .reverse();
    }
    if (prose) previousProse = p.n;
    const intro = LIST_INTRO.exec(masked);
    if (intro) {
      const cue: Cue = { verb: intro[0].split(/[\s:]/u)[0] ?? intro[0], start: intro.index, end: intro.index + intro[0].length - 1 };
      const subject = subjectOf(masked, 0, masked.length, cue, mentions);
      const who = subject ? resolve(subject, p.n, cue, [cue.end, masked.length]) : undefined;
      if (who?.speaker) {
        listOf = { text: "", kind: "reported", speaker: who.speaker, cue: cue.verb, paragraph: p.n, start: 0, end: 0, attribution: who.attribution, about: [] };
      }
    }

    /** The one person a sentence with no quote names (not as a possessive; a weak name counts as another): who a quote standing alone right after it is by. */
    function introducerIn([ss, se]: [number, number]): LocalEntity | undefined {
      if (spans.some((s) => s.open >= ss && s.open < se)) return undefined;
      const people = new Set(
        mentionsWithin(mentions, ss, se)
          .filter((m) => m.entity.kind === "person" && outsideQuotes(m) && !POSSESSIVE.test(text.slice(m.end)))
          .map((m) => m.entity),
      );
      const [one] = people;
      return people.size === 1 && one && !one.weak ? one : undefined;
    }

    function processSentence(sentence: [number, number]): void {
      const [ss, se] = sentence;
      const inSentence = spans.filter((s) => s.open >= ss && s.open < se);
      const first = quotes.length;
      /** Where the cues attributing this sentence's whole quotes start: their clauses are the quotes' attribution, not statements. */
      const quoteCues = new Set<number>();
      for (const span of inSentence) {
        const quote = quoteFrom(span, sentence, quoteCues);
        if (!quote) continue;
        quote.about = aboutIn(mentions, sentence, quote.speaker);
        quotes.push(quote);
      }
      const statements: LocalQuote[] = [];
      for (const reported of reportedIn(masked, sentence, mentions)) {
        if (quoteCues.has(reported.cue.start)) continue;
        const who = resolve(reported.subject, p.n, reported.cue, [reported.start, reported.end]);
        statements.push({
          // From the paragraph itself, so that a partial quote inside the statement keeps its words.
          text: text.slice(reported.start, reported.end),
          kind: "reported",
          speaker: who.speaker,
          cue: reported.cue.verb,
          paragraph: p.n,
          start: reported.start,
          end: reported.end,
          attribution: who.attribution,
          about: aboutIn(mentions, sentence, who.speaker),
        });
        remember(who.speaker, p.n);
      }
      quotes.splice(first, 0, ...statements);
    }

    /** "Mayor Jane Doe put it simply: “We cannot afford it.”": a quote after a colon is the words of the person the sentence opens with, when no one else is named before it. */
    function colonIntroducer(span: QuoteSpan, [ss]: [number, number]): LocalEntity | undefined {
      const opening = currentOpening;
      if (!opening || opening.entity.kind !== "person" || !COLON_LEAD.test(masked.slice(ss, span.open))) return undefined;
      const others = mentionsWithin(mentions, opening.end, span.open).filter((m) => !m.entity.weak && m.entity !== opening.entity);
      return others.length === 0 && !namedIn(p.n, [span.open, span.close]).has(opening.entity) ? opening.entity : undefined;
    }

    /** "In Dr. Shadlen’s words, “…”": the quote is the words of the person whose words the sentence says they are. */
    function wordsOf(span: QuoteSpan, [ss]: [number, number]): LocalEntity | undefined {
      const owner = mentionsWithin(mentions, ss, span.open).find(
        (m) =>
          (IN_WORDS_BEFORE.test(masked.slice(ss, m.titleStart)) && IN_WORDS_AFTER.test(masked.slice(m.end, span.open))) ||
          (WORDS_OF_BEFORE.test(masked.slice(ss, m.titleStart)) && WORDS_OF_AFTER.test(masked.slice(m.end, span.open))),
      );
      return owner && !owner.entity.weak && !namedIn(p.n, [span.open, span.close]).has(owner.entity) ? owner.entity : undefined;
    }

    function quoteFrom(span: QuoteSpan, sentence: [number, number], quoteCues: Set<number>): LocalQuote | undefined {
      const [ss, se] = sentence;
      const raw = text.slice(span.open + 1, span.close);
      const body = raw.replace(/[\s,]+$/u, "").replace(/^\s+/u, "");
      if (!prose || wordCount(body) < MIN_WORDS || NAME_OF_THING.test(masked.slice(ss, span.open))) return undefined;
      const start = span.open + 1 + (raw.length - raw.trimStart().length);
      const attributed = quoteCue(masked, sentence, span, mentions);
      const putToSpeaker = attributed !== undefined && /\?$/u.test(body) && ASKED_CLAUSE.test(masked.slice(ss, span.open));
      const who = !attributed ? undefined : putToSpeaker ? { speaker: null, attribution: "unknown" as const, cue: attributed.cue } : resolve(attributed.subject, p.n, attributed.cue, [span.open, span.close]);
      const outside = masked.slice(ss, se).replace(/_+/gu, "").replace(/[^\p{L}]/gu, "");
      const standalone = outside.length === 0;
      const direct = isDirect(masked, sentence, span.open, span.close, attributed?.side === "before" ? attributed.cue : undefined, attributed?.side === "after" ? attributed.cue : undefined);
      // A partial quote inside what its cue reports ("said the decision was “a betrayal” and that …") leaves the statement to be found.
      // A partial quote before a sentence-final cue ("women were “enticed” with …, the affidavit said") leaves it too.
      if (attributed && (direct || attributed.side === "after")) quoteCues.add(attributed.cue.start);
      let speaker = who?.speaker ?? null;
      let attribution: Attribution = who?.attribution ?? "unknown";
      const introducer = who ? undefined : (wordsOf(span, sentence) ?? colonIntroducer(span, sentence));
      if (introducer) {
        speaker = introducer;
        attribution = "explicit";
      } else if (!who) {
        const named = namedIn(p.n, [span.open, span.close]);
        const unnamed = (e: LocalEntity | null | undefined) => (e && !named.has(e) ? e : undefined);
        const inherited = continuesQuote && span === spans[0] ? unnamed(previousRunOn?.speaker) : undefined;
        const memory = speakers.at(-1);
        // “…,” she said. “…”: after a quote whose cue named nobody that could be found, the next one in the paragraph is theirs too, so unknown.
        const unresolvedBefore = lastQuoted?.paragraph === p.n && lastQuoted.cue !== null && lastQuoted.speaker === null;
        const remembered = memory && memory.paragraph >= previousProse && !unresolvedBefore ? unnamed(memory.entity) : undefined;
        const follows = lastQuoted?.speaker && lastQuoted.paragraph === p.n && wordCount(body) >= MIN_UNATTRIBUTED_WORDS;
        if (!standalone && !direct && !follows) return undefined;
        const introduced = standalone && !follows && previousIntroducer?.paragraph === p.n ? unnamed(previousIntroducer.entity) : undefined;
        speaker = inherited ?? introduced ?? (standalone || follows ? (remembered ?? null) : null);
        attribution = speaker ? "continuation" : "unknown";
        if (!speaker && wordCount(body) < MIN_UNATTRIBUTED_WORDS) return undefined;
      }
      // Never someone the quoted words name ("banners hailing the “Ortiz Bridge”" is not Ortiz speaking): unknown, or no quote when it is a few words.
      if (speaker && nameStandingIn([speaker.name, ...speaker.aliases], body)) {
        speaker = null;
        attribution = "unknown";
        if (wordCount(body) < MIN_UNATTRIBUTED_WORDS) return undefined;
      }
      remember(speaker, p.n);
      const quote: LocalQuote = {
        text: body,
        kind: direct ? "direct" : "mixed",
        speaker,
        cue: who?.cue.verb ?? null,
        paragraph: p.n,
        start,
        end: start + body.length,
        attribution,
        about: [],
      };
      const continued = continuesQuote && span === spans[0];
      if (continued && who?.speaker) {
        for (const earlier of openRun) Object.assign(earlier, { speaker: who.speaker, attribution: "continuation" });
      }
      if (!span.closed && !who) openRun = continued ? [...openRun, quote] : [quote];
      else openRun = [];
      if (!span.closed) runOn = quote;
      lastQuoted = quote;
      return quote;
    }
  }
  return quotes;
}
