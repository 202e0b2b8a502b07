// Reported speech outside quotation marks: "Putin said Ukrainian forces … are surrounded",
// "Stanovaya noted Putin has shifted …", "…, she said.", "according to …", "…, saying that …".
import { CLAUSE_ONLY_CUES, DOCUMENT_CUES, PLAIN_FORM_CUES, REPORT_CUE, TOLD_CUES } from "./cueVerbs.ts";
import { endsWithDocument } from "./documentSource.ts";
import type { LocalMention } from "../names/entities.ts";
import { sourceOf, subjectOf, type Cue, type Subject } from "./speakers.ts";

export interface Reported {
  text: string;
  start: number;
  end: number;
  cue: Cue;
  subject: Subject;
}

const MIN_WORDS = 4;
/** "Peters said it was possible": a clause with its own pronoun subject and verb is a statement at three words. */
const MIN_CLAUSE_WORDS = 3;
/** A pronoun and a verb open the clause: "it was possible", "they had left". */
const PRONOUN_CLAUSE = /^(?:that\s+)?(?:he|she|it|they|we|I)\s+\p{Ll}+/iu;
const PASSIVE = /\b(?:was|were|been|be|is|are|being)\s+$/u;
/** "a newly revealed summertime phone call": the participle describes a noun, nobody speaks. */
const ADJECTIVAL = /\b(?:a|an|the|newly|widely|its|his|her|their)\s+$/iu;
/** "as some states commit", "many claims were false": after a quantifier an -s form is a plural noun ("some said" still reports). */
const QUANTIFIED = /\b(?:some|many|most|all|other|these|those|several|both|such|no|few)\s+$/iu;
const PLURAL_FORM = /[^s]s$/u;
/** "unable to explain", "would not explain", "will doubtless argue": a plain form after these is no one's statement. */
const NOT_STATED = /\b(?:to|not|n['’]t|will|would|could|can|may|might|must|should|did|does|do)\s+(?:\p{Ll}+\s+)?$/u;
/** "Police have not disclosed …", "declined to say whether …": a denied or withheld act states nothing, and never in that mouth. */
const NEGATED = /\b(?:not|n['’]t|never|declined to|refused to)\s+(?:\p{Ll}+ly\s+)?$/u;
/** "the mean-spiritedness of declaring on a batsman": a gerund after a preposition names an act, it reports nothing. */
const GERUND = /\b(?:of|for|about|from|without|at|in|on)\s+$/iu;
/** "comes with added costs", "for stated reasons": a participle after these describes a noun ("early on insisted" still reports). */
const PARTICIPLE_AS_ADJECTIVE = /\b(?:with|of|for|without)\s+$/iu;
const LOOK_BEHIND = 20;
/** What a cue's object may be before its clause: "told lawmakers", "told Congress on Monday". */
const TOLD_OBJECT = /^\s+(?:the\s+)?[\p{L}.'’-]+\s+(?:(?:on|late|last)\s+\p{Lu}\p{Ll}+\s+)?/u;
/** "said Thursday that", "said late last week that": only time words between a cue and its "that". */
const TIME_THEN_THAT =
  /^(?:(?:\s+(?:on|late|early|last|this|in|a|the|\d+|\p{Lu}\p{Ll}*day|week|month|months|year|years|ago|morning|afternoon|evening|night|yesterday|today))*|\s+(?:during|in|for|at|on|to|with|after|before|over)\s(?:[^\s,.;]+\s+){0,8}?)\s*that\s+/iu;
/** "told the U.N. General Assembly 18 months ago that": an object, then "that". */
const OBJECT_THEN_THAT = /^(?:\s+[^\s,.;]+){0,8}?\s+that\s+/u;
/** A complement that is not a statement: "vowed to keep trying", "testified before the Senate", "informed police of what …". */
const NOT_A_CLAUSE = /^(?:to|before|in|on|at|for|about|with|by|under|over|during|after|as|from|into|against|of)\b/iu;
const MAX_TAIL_WORDS = 4;
/**
 * After a sentence-final cue, where and when it was said, then the sentence's end or the speaker's next act:
 * "…, a spokeswoman said at a press conference last week.", "…, police reported at 1:30 p.m. on Nov. 8.",
 * "…, Jo Lee said yesterday, adding that …".
 */
const SAID_WHERE_WHEN =
  /^(?:\s+(?:yesterday|today|earlier|later|(?:last|this|on)\s+\p{L}+|(?:at|in|during|on)\s+(?:a|an|the)\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+|at\s+\d{1,2}(?::\d\d)?\s*[ap]\.m\.?|on\s+\p{Lu}\p{Ll}*\.?\s+\d{1,2}))+\s*(?:[.!?]?\s*$|(?=,\s+(?:adding|saying|noting|telling|warning|arguing|insisting|explaining)\b))/u;
/**
 * "projected consumer prices would rise", "estimated the repairs will cost": a noun phrase (no comma, no relative pronoun)
 * and a finite auxiliary open a clause, so a clause-only cue reports it ("wrote a letter that was read" stays no statement).
 */
const FINITE_CLAUSE = /^\s+(?:(?!(?:that|which|who|to)\s)[\p{L}'’.-]+\s+){1,5}(?:would|will|could|can|may|might|should|must|is|are|was|were|had|has|have)\s/u;
/** "sources say she is Nicola Cox": a pronoun or "that" opens a clause after the cue, which then is no short tail. */
const OPENS_CLAUSE = /^\s*(?:that|he|she|it|they|we|I|there)\b/iu;
/** "…, tensions continued to run hot.": a cue verb before "to" is no attribution, so the words before it are no statement. */
const INFINITIVE_AFTER = /^\s*to\b/u;
/** ", Jim Cantrell, a founder of the firm, told NBC News.": the subject's appositive closes right before the cue. */
const APPOSITIVE_BEFORE_CUE = /^,[^,;:]{1,160},\s*$/u;
/**
 * Where the writer takes over inside a reported clause: a concession ("… are surrounded — even though Kyiv
 * denied …") is someone else's claim, and an appositive that names the statement ("— a claim echoed by Trump —")
 * is the writer's comment on it. Neither is part of the statement.
 */
const WRITER_TAKES_OVER =
  /\s*(?:,|—|–|--)?\s+(?:even though|although|whereas)\b|\s*(?:,|—|–|--)\s+(?:a|an|the)\s+(?:claim|assertion|allegation|accusation|contention|charge|view)\b/u;
/** "admitted to entering the country illegally": an admission's "to" before a gerund opens what was admitted. */
const ADMITTED_TO = /^admit(?:s|ted)?$/u;
const ADMISSION_START = /^\s*to\s+(?=\p{Ll}+ing\b)/u;
/** When the cue's act happened, before its statement: "on Monday", "in 2017 his decision to …". */
const CLAUSE_START = /^\s*(?:(?:on|late|early|last)\s+)?(?:\p{Lu}\p{Ll}+day\s+)?(?:in\s+(?:1[89]|20)\d\d\s+)?(?:that\s+)?/u;
/** "…, adding that …", "…, calling the ruling …": the speaker's next act ends the statement before it. */
const NEXT_ACT =
  /,\s+(?:saying|adding|noting|telling|warning|calling|arguing|insisting|acknowledging|explaining|describing|urging|referring|stressing|claiming|suggesting|confirming|admitting|conceding|declaring|stating|predicting)\b/u;

const words = (text: string): number => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

function trimmedSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,]/u.test(text[start] ?? "")) start += 1;
  while (end > start && /[\s,.]/u.test(text[end - 1] ?? "")) end -= 1;
  return [start, end];
}

/** Where "according to <source>" names its source: up to the next comma, semicolon or dash ("according to prison records, …"). */
function sourcePhraseEnd(masked: string, at: number, to: number): number {
  const stop = /[,;—–]/u.exec(masked.slice(at, to));
  return stop ? at + stop.index : to;
}

/** An article opens an appositive to the source ("…, according to the Council, an industry body"), not the rest of the statement. */
const APPOSITIVE = /^(?:a|an|the)\s/iu;

/**
 * "One of the officers, according to prison records, had worked …": the attribution is set off by commas
 * inside one statement, which is then the whole sentence, as with "Many of the prisons, she said, are aging".
 */
function isAside(masked: string, before: [number, number], cueStart: number, sourceEnd: number, after: [number, number]): boolean {
  const setOff = /,\s*$/u.test(masked.slice(before[1], cueStart)) && masked[sourceEnd] === ",";
  const rest = masked.slice(...after);
  return setOff && words(masked.slice(...before)) > 0 && words(rest) >= MIN_WORDS && !APPOSITIVE.test(rest);
}

const RELATIVE_BEFORE_ASIDE = /\b(?:which|who)\s*$/u;

/** Only adverbs between a name and its verb: "…, Hawk Sawyer told", "after Politico reported". */
const NAME_THEN_CUE = /^\s+(?:\p{Ll}+ly\s+)?$/u;

/** ", the former official said", ", but trust members said", "… and the vessel operator admitted": a common-noun subject right after a comma or a conjunction, then its cue. */
const NOUN_SUBJECT_AFTER_COMMA = /(?:,\s+(?:(?:the|a|an)\s+|(?:but|and|while|whereas)\s+(?:(?:the|a|an|some|many|other)\s+)?)|\s+(?:and|but)\s+(?:the|a|an)\s+)(?:[\p{Ll}'’-]+\s+){1,4}$/u;

/**
 * Where a second attribution begins inside a statement, as an offset into `clause` (which starts at
 * `at` in the paragraph): a name or a common-noun subject and its own cue after a comma ("…, after
 * Politico reported …", "… murdered, Hawk Sawyer told lawmakers …", "…, the former official said …")
 * start someone else's words.
 */
function nextAttribution(clause: string, at: number, mentions: readonly LocalMention[]): number | undefined {
  for (const match of clause.matchAll(REPORT_CUE)) {
    const before = clause.slice(0, match.index);
    // "…, the area where it was found": a passive, or a document's cue with no document, is nobody's attribution.
    if (PASSIVE.test(before) || (DOCUMENT_CUES.has(match[0].toLowerCase()) && !endsWithDocument(before))) continue;
    const noun = NOUN_SUBJECT_AFTER_COMMA.exec(before);
    if (noun && noun.index > 0) return noun.index;
    const cueAt = at + match.index;
    const speaker = mentions.findLast((m) => m.titleStart >= at && m.end <= cueAt);
    if (!speaker) continue;
    const gap = clause.slice(speaker.end - at, match.index);
    // "…, Josenrique Cueto, the department’s deputy director, acknowledged …": an appositive may stand between.
    if (!NAME_THEN_CUE.test(gap) && !APPOSITIVE_BEFORE_CUE.test(gap)) continue;
    const comma = clause.lastIndexOf(",", speaker.titleStart - at);
    if (comma > 0) return comma;
  }
  return undefined;
}

/** "… and that she would appeal it": a clause joined on after a partial quote, its joining words left out. */
const JOINED_CLAUSE = /^[”"’'\s,;]*(?:and|but)\s+(?:that\s+)?/u;

const startsWithCue = (text: string): boolean => new RegExp(`^${REPORT_CUE.source}`, "u").test(text);

/** A few words in quotation marks ("“stunned”", "“atypical contracts”"), blanked in the masked text: no longer than this. */
const MAX_PARTIAL_QUOTE = 32;
/** "its members were “stunned” by the request": the writer's words carry the statement, each quote in it a few words only. */
function holdsOnlyPartialQuotes(text: string): boolean {
  const runs = text.match(/_+/gu) ?? [];
  return !/^\s*[“"‘']?_/u.test(text) && runs.every((run) => run.length <= MAX_PARTIAL_QUOTE) && words(text.replace(/_+/gu, "")) >= MIN_WORDS;
}

/**
 * A statement's words outside quotation marks: the statement itself when it has no quote in it, else the clause
 * joined on after its last partial quote ("the decision was “a betrayal” and that she would appeal it" states
 * "she would appeal it"; the partial quote is a mixed quote of its own), else the whole statement when its quotes
 * are a few words each inside the writer's sentence. Words running into a longer quote are no statement.
 */
function outsideQuotes(statement: Reported): Reported[] {
  const lastQuoted = statement.text.lastIndexOf("_");
  if (lastQuoted < 0) return [statement];
  const after = statement.text.slice(lastQuoted + 1);
  const joined = JOINED_CLAUSE.exec(after);
  if (!joined) return holdsOnlyPartialQuotes(statement.text) ? [statement] : [];
  const [start, end] = trimmedSpan(statement.text, lastQuoted + 1 + joined[0].length, statement.text.length);
  const text = statement.text.slice(start, end);
  return words(text) >= MIN_WORDS && !startsWithCue(text) ? [{ ...statement, text, start: statement.start + start, end: statement.start + end }] : [];
}

/** A bracketed aside ending a sentence: "[Related: …]", "[Trippy Tales: …]". */
const TRAILING_ASIDE = /\s*\[[^\]]*\]\s*$/u;

/** The reported statements of the sentence [from, to) of `masked`, in order, none reaching into a quote. */
export function reportedIn(masked: string, [from, sentenceEnd]: [number, number], mentions: readonly LocalMention[]): Reported[] {
  // "…, Expert said. [Trippy Tales: The History of 8 Hallucinogens]": a link card pasted after the sentence is no part of it.
  const to = sentenceEnd - (TRAILING_ASIDE.exec(masked.slice(from, sentenceEnd))?.[0].length ?? 0);
  const found: Reported[] = [];
  let next = from;
  while (next < to) {
    const statement = firstReported(masked, [next, to], from, mentions);
    if (!statement) break;
    // Beside a quote only what stands outside the quotation marks (blanked in `masked`) is reported speech.
    found.push(...outsideQuotes(statement));
    // A statement holding a quote may hold further cues with statements of their own ("… but insisted progress had been made").
    next = statement.text.includes("_") ? statement.cue.end : Math.max(statement.end, statement.cue.end);
  }
  return found;
}

/** The first statement in [from, to) of the sentence that starts at `sentenceStart` (where a participle's subject is: "Hawk Sawyer acknowledged …, telling lawmakers that …"). */
function firstReported(masked: string, [from, to]: [number, number], sentenceStart: number, mentions: readonly LocalMention[]): Reported | undefined {
  for (const match of masked.slice(from, to).matchAll(REPORT_CUE)) {
    const cue: Cue = { verb: match[0].toLowerCase(), start: from + match.index, end: from + match.index + match[0].length };
    const before = masked.slice(Math.max(from, cue.start - LOOK_BEHIND), cue.start);
    if (PASSIVE.test(before) || ADJECTIVAL.test(before) || (PLAIN_FORM_CUES.has(cue.verb) && NOT_STATED.test(before)) || (PLURAL_FORM.test(cue.verb) && QUANTIFIED.test(before))) continue;
    if ((/ing$/u.test(cue.verb) && GERUND.test(before)) || (/ed$/u.test(cue.verb) && PARTICIPLE_AS_ADJECTIVE.test(before)) || NEGATED.test(before)) continue;
    if (DOCUMENT_CUES.has(cue.verb) && !endsWithDocument(masked.slice(from, cue.start))) continue;
    if (cue.verb === "according to") {
      const source = sourceOf(masked, cue.end, mentions);
      const sourceEnd = source ? source.end : sourcePhraseEnd(masked, cue.end, to);
      const before = trimmedSpan(masked, from, cue.start);
      const after = trimmedSpan(masked, sourceEnd, to);
      const [start, end] = isAside(masked, before, cue.start, sourceEnd, after)
        ? trimmedSpan(masked, from, to)
        : words(masked.slice(...before)) >= words(masked.slice(...after))
          ? before
          : after;
      if (words(masked.slice(start, end)) < MIN_WORDS) continue;
      const subject: Subject = source ? { type: "entity", mention: source } : { type: "noun", at: cue.start, phrase: "" };
      return { text: masked.slice(start, end), start, end, cue, subject };
    }
    const subject = subjectOf(masked, from, to, cue, mentions) ?? (/ing$/u.test(cue.verb) ? subjectOf(masked, sentenceStart, to, cue, mentions) : undefined);
    if (!subject) continue;
    const rest = masked.slice(cue.end, to);
    const lastComma = masked.lastIndexOf(",", cue.start);
    const subjectAt = subject.type === "entity" ? subject.mention.titleStart : subject.at;
    const inverted = subjectAt >= cue.end && lastComma >= from;
    const subjectEnd = subject.type === "entity" ? subject.mention.end : subjectAt;
    const commaBeforeSubject = masked.lastIndexOf(",", subjectAt);
    const shortRest =
      (/^[\s\p{L}]*[.!?]?\s*$/u.test(rest) && words(rest) <= MAX_TAIL_WORDS && !OPENS_CLAUSE.test(rest) && !INFINITIVE_AFTER.test(rest)) || SAID_WHERE_WHEN.test(rest);
    const closedAppositive = commaBeforeSubject >= from && APPOSITIVE_BEFORE_CUE.test(masked.slice(subjectEnd, cue.start));
    // "… before declaring.": a participle's statement follows it, never the words before.
    const participle = /ing$/u.test(cue.verb);
    const tail = !participle && lastComma >= from && shortRest && (subjectAt > lastComma || closedAppositive);
    const tailEnd = subjectAt > lastComma ? lastComma : commaBeforeSubject;
    let start: number;
    let end: number;
    if (!participle && /^\s*,/u.test(rest) && lastComma >= from && subjectAt > lastComma) {
      // "…, which, he said, scared the man off": set off inside a relative clause, the statement is that clause's rest.
      [start, end] = RELATIVE_BEFORE_ASIDE.test(masked.slice(from, lastComma)) ? trimmedSpan(masked, cue.end, to) : trimmedSpan(masked, from, to);
    } else if (tail) {
      [start, end] = trimmedSpan(masked, from, tailEnd);
    } else if (inverted && !participle) {
      [start, end] = trimmedSpan(masked, from, lastComma);
    } else {
      const told = TOLD_CUES.has(cue.verb);
      const that = (told ? OBJECT_THEN_THAT : TIME_THEN_THAT).exec(rest);
      if (CLAUSE_ONLY_CUES.has(cue.verb) && !that && !OPENS_CLAUSE.test(rest) && !FINITE_CLAUSE.test(rest)) continue;
      const admission = ADMITTED_TO.test(cue.verb) ? ADMISSION_START.exec(rest) : null;
      const object = told ? TOLD_OBJECT : CLAUSE_START;
      const skip = that ? that[0].length : admission ? admission[0].length : (object.exec(rest)?.[0].length ?? 0);
      const clause = masked.slice(cue.end + skip, to);
      const stops = [WRITER_TAKES_OVER.exec(clause)?.index, NEXT_ACT.exec(clause)?.index, nextAttribution(clause, cue.end + skip, mentions)].filter(
        (i): i is number => i !== undefined,
      );
      [start, end] = trimmedSpan(masked, cue.end + skip, stops.length > 0 ? cue.end + skip + Math.min(...stops) : to);
      if (!that && !admission && NOT_A_CLAUSE.test(masked.slice(start, end))) continue;
    }
    const statement = masked.slice(start, end);
    if (words(statement) < (PRONOUN_CLAUSE.test(statement) && start >= cue.end ? MIN_CLAUSE_WORDS : MIN_WORDS)) continue;
    return { text: statement, start, end, cue, subject };
  }
  return undefined;
}
