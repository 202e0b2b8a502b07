// Pronoun speakers resolved to the nearest earlier compatible speaker or entity: he/she to a
// person of that gender (or of unknown gender), it to an organisation, they left unknown.
import type { LocalEntity, LocalMention } from "./entities.ts";

export type Pronoun = "he" | "she" | "it" | "they";

/** A speaker found earlier, so "he said" after "Sasse said …" goes back to Sasse. */
export interface SpeakerMemory {
  entity: LocalEntity;
  paragraph: number;
}

/** How many paragraphs back a remembered speaker still counts. */
const MEMORY_PARAGRAPHS = 3;

export function asPronoun(word: string): Pronoun | undefined {
  const w = word.toLowerCase();
  return w === "he" || w === "she" || w === "it" || w === "they" ? w : undefined;
}

function compatible(entity: LocalEntity, pronoun: Pronoun): boolean {
  if (pronoun === "it") return entity.kind === "organisation";
  if (entity.kind !== "person") return false;
  const wanted = pronoun === "he" ? "male" : "female";
  return entity.gender === undefined || entity.gender === wanted;
}

/**
 * The entity `pronoun` refers to at (paragraph, offset): the first compatible of `subjects` (the
 * subject opening this sentence before the pronoun, then the previous sentence's: "Morrison was … .
 * He said"), else the latest recent compatible speaker (speakers newest
 * last), else the nearest earlier compatible mention in this or the previous paragraph.
 */
export function resolvePronoun(
  pronoun: Pronoun,
  at: { paragraph: number; offset: number; subjects: readonly (LocalEntity | undefined)[] },
  speakers: readonly SpeakerMemory[],
  mentionsOf: (n: number) => readonly LocalMention[],
): LocalEntity | undefined {
  if (pronoun === "they") return undefined;
  const { paragraph, offset, subjects } = at;
  const subject = subjects.find((s) => s !== undefined && compatible(s, pronoun));
  if (subject) return subject;
  for (let i = speakers.length - 1; i >= 0; i -= 1) {
    const memory = speakers[i];
    if (!memory || paragraph - memory.paragraph > MEMORY_PARAGRAPHS) break;
    if (compatible(memory.entity, pronoun)) return memory.entity;
  }
  for (let n = paragraph; n >= Math.max(1, paragraph - 1); n -= 1) {
    const mentions = mentionsOf(n).filter((m) => (n < paragraph || m.end <= offset) && !m.entity.weak);
    for (let i = mentions.length - 1; i >= 0; i -= 1) {
      const m = mentions[i];
      if (m && compatible(m.entity, pronoun)) return m.entity;
    }
  }
  return undefined;
}

/** Once a pronoun has been resolved, its gender is known for the entity too. */
export function learnGender(entity: LocalEntity, pronoun: Pronoun): void {
  if (entity.kind === "person" && entity.gender === undefined && (pronoun === "he" || pronoun === "she")) {
    entity.gender = pronoun === "he" ? "male" : "female";
  }
}
