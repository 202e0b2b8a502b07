// Pronoun speakers resolved by gender and recency: he/she to a person of that gender (or of unknown
// gender), it to an organisation, they left unknown; never to someone named in the words attributed,
// and never a guess between two alike.
import type { LocalEntity, LocalMention } from "../names/entities.ts";

export type Pronoun = "he" | "she" | "it" | "they";

/** A speaker found earlier, so "he said" after "Sasse said …" goes back to Sasse. */
export interface SpeakerMemory {
  entity: LocalEntity;
  paragraph: number;
}

/** How many paragraphs back a remembered speaker still counts. */
const MEMORY_PARAGRAPHS = 3;
/** How many paragraphs back a mentioned entity still counts, when no speaker does. */
const MENTION_PARAGRAPHS = 2;

export function asPronoun(word: string): Pronoun | undefined {
  const w = word.toLowerCase();
  return w === "he" || w === "she" || w === "it" || w === "they" ? w : undefined;
}

/** "it" stands for an organisation, or for a lone name with no evidence of being a person ("Roscosmos said … It said"). */
function compatible(entity: LocalEntity, pronoun: Pronoun): boolean {
  if (pronoun === "it") return entity.kind === "organisation" || (entity.kind === "person" && entity.weak);
  if (entity.kind !== "person") return false;
  const wanted = pronoun === "he" ? "male" : "female";
  return entity.gender === undefined || entity.gender === wanted;
}

/** Where a pronoun stands and what is known around it. */
export interface PronounContext {
  paragraph: number;
  offset: number;
  /** The subject opening this sentence before the pronoun. */
  subjects: readonly (LocalEntity | undefined)[];
  /**
   * Entities named outside quotes in this sentence before the pronoun, then the previous sentence's subject or
   * speaker, then the others it names: one group each, nearest first within a group.
   */
  nearby: readonly (readonly (LocalEntity | undefined)[])[];
  /** Entities named in the words being attributed: never their speaker. */
  named: ReadonlySet<LocalEntity>;
  /** Whether a mention stands outside quotation marks. */
  outsideQuotes: (m: LocalMention) => boolean;
}

/**
 * The entity `pronoun` refers to: the subject opening its sentence, else the compatible entity named
 * just before (in this sentence, then the previous sentence's subject or speaker, "Morrison was … . He
 * said", then the others it names; two alike in the nearest such group leave it unknown), else the latest recent compatible speaker (speakers newest
 * last), else the one compatible entity mentioned outside quotes in the last few paragraphs.
 */
export function resolvePronoun(
  pronoun: Pronoun,
  at: PronounContext,
  speakers: readonly SpeakerMemory[],
  mentionsOf: (n: number) => readonly LocalMention[],
): LocalEntity | undefined {
  if (pronoun === "they") return undefined;
  const { paragraph, offset, subjects, nearby, named, outsideQuotes } = at;
  const fits = (e: LocalEntity | undefined): e is LocalEntity => e !== undefined && !named.has(e) && compatible(e, pronoun);
  const subject = subjects.find(fits);
  if (subject) return subject;
  for (const group of nearby) {
    const candidates = group.filter(fits);
    if (candidates.length > 0) return onlyCandidate(candidates, pronoun);
  }
  for (let i = speakers.length - 1; i >= 0; i -= 1) {
    const memory = speakers[i];
    if (!memory || paragraph - memory.paragraph > MEMORY_PARAGRAPHS) break;
    if (fits(memory.entity)) return memory.entity;
  }
  const mentioned: LocalEntity[] = [];
  for (let n = paragraph; n >= Math.max(1, paragraph - MENTION_PARAGRAPHS); n -= 1) {
    const mentions = mentionsOf(n).filter((m) => (n < paragraph || m.end <= offset) && !m.entity.weak && outsideQuotes(m));
    mentioned.push(...mentions.map((m) => m.entity).filter(fits));
  }
  return onlyCandidate(mentioned, pronoun);
}

/**
 * The one entity a pronoun with no subject or speaker to go back to can stand for: the only compatible
 * one mentioned, or the only one whose known gender matches. Two alike ("Tom Baxter met Peter Quill. …
 * he said") leave the speaker unknown rather than guessed.
 */
function onlyCandidate(candidates: readonly LocalEntity[], pronoun: Pronoun): LocalEntity | undefined {
  const distinct = [...new Set(candidates)];
  if (distinct.length <= 1) return distinct[0];
  const known = distinct.filter((e) => e.gender !== undefined && compatible(e, pronoun));
  return known.length === 1 ? known[0] : undefined;
}

/** Once a pronoun has been resolved, its gender is known for the entity too. */
export function learnGender(entity: LocalEntity, pronoun: Pronoun): void {
  if (entity.kind === "person" && entity.gender === undefined && (pronoun === "he" || pronoun === "she")) {
    entity.gender = pronoun === "he" ? "male" : "female";
  }
}

/**
 * "Alex Morgan runs the clinic. She opened it in 2010.": a sentence opened by he or she (its words
 * outside quotes in `opening`) right after a sentence naming one person only tells that person's gender.
 */
export function learnGenderFromOpening(opening: string, previous: readonly LocalEntity[]): void {
  const word = /^[\s"“‘'_]*(He|She)\s+\p{Ll}/u.exec(opening)?.[1];
  const pronoun = word ? asPronoun(word) : undefined;
  const people = [...new Set(previous)].filter((e) => e.kind === "person");
  if (pronoun && people.length === 1 && people[0]) learnGender(people[0], pronoun);
}
