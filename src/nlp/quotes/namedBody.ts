// "The court ruled", "explained the trust", "the department said": a definite description headed by a
// word of an organisation's own name stands for the organisation so named that the article mentioned
// last ("The Appellate Court …" then "the court"); with qualifiers, only one whose name holds them too.
import type { LocalEntity } from "../names/entities.ts";

/** Nouns that head the names of bodies, so that "the court" can stand for "Appellate Court". */
const NAME_HEADS = new Set(
  `court tribunal trust department ministry agency council committee commission board university college school hospital
  police government union party institute foundation association authority service office administration bureau
  company corporation bank fund museum library church council assembly parliament senate congress society league
  federation institution organisation organization center centre`.split(/\s+/u),
);
/** "the court", "The appeals court", "the Scottish government": up to two qualifying words, then the head. */
const DESCRIPTION = /^(?:the|The)\s+((?:[\p{L}'’-]+\s+){0,2})([\p{Ll}-]+)$/u;

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The organisation `phrase` stands for: among `bodies` (organisations mentioned so far, the latest first), the
 * latest whose name holds the phrase's head noun and every qualifier; none when no name holds them.
 */
export function namedBody(phrase: string, bodies: readonly LocalEntity[]): LocalEntity | undefined {
  const match = DESCRIPTION.exec(phrase.trim());
  const head = match?.[2];
  if (!match || !head || !NAME_HEADS.has(head)) return undefined;
  const qualifiers = wordsOf(match[1] ?? "");
  return bodies.find((body) => {
    if (body.kind !== "organisation" || body.weak) return false;
    const words = new Set([body.name, ...body.aliases].flatMap(wordsOf));
    return words.has(head) && qualifiers.every((q) => words.has(q));
  });
}
