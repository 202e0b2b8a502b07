// Whether a sentence holds what a question asks about, not just whom: a word of the question other
// than its names and framing (or one related to it); for a question of names alone, the kind of answer
// it wants ("How old is Thomas?": an age) or else every name ("What did Putin say about China?"). A
// sentence that only shares the names does not answer.

export interface RelationTerm {
  stem: string;
  /** The question word this term stands for; related words share it. */
  group: number;
  name?: boolean;
  /** A first name before a surname: news text names people by surname, so it is not required. */
  givenName?: boolean;
  framing?: boolean;
  related?: boolean;
}

/**
 * Whether the sentence holds the asked relation: `holds` tells which stems it has, `named` the name
 * stems met through its entity mentions, `answerKind` whether it has the kind of answer a typed question
 * (how long, how many, how old, when) wants.
 */
export function holdsAskedRelation(terms: readonly RelationTerm[], holds: (stem: string) => boolean, named: ReadonlySet<string>, answerKind: boolean): boolean {
  const asked = terms.filter((t) => !t.related && !t.name && !t.framing);
  if (asked.length > 0) return asked.some((t) => terms.some((r) => r.group === t.group && holds(r.stem)));
  if (answerKind) return true;
  const names = terms.filter((t) => !t.related && t.name && !t.givenName);
  return names.every((t) => named.has(t.stem) || holds(t.stem));
}
