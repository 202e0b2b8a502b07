// /ask across outlets: passages from several articles that give the same answer (the same number for a
// how-long or how-many question, else the same fact in their own words) are one answer citing them all;
// articles of one story that state different numbers for what was asked are set side by side, each cited.
import { statedValues } from "../../nlp/question/statedValue.ts";
import type { QuestionKind } from "../../nlp/question/questionKind.ts";
import { factOverlap } from "../../nlp/summary/sameFact.ts";
import { contentStems } from "../../nlp/tokens.ts";
import type { RankedSentence } from "../../search/rankPassages.ts";
import type { CoverageStore } from "../../store/coverageStore.ts";
import { askPassage } from "../ask/askPassage.ts";
import type { AskAnswer, AskResult } from "../contract.ts";

/** Most outlets cited for one answer. */
const MAX_CITES = 6;
/** Ranked passages looked through for other outlets' versions of an answer: the best ones, where they rank. */
const POOL = 30;

interface Passage {
  answer: AskAnswer;
  stems: ReadonlySet<string>;
  /** The numbers it states for what was asked (how long, how many, how old), the likeliest first. */
  values: readonly string[];
  score: number;
}

type Disagreement = NonNullable<AskResult["disagreements"]>[number];

function passageOf(ranked: RankedSentence, questionStems: ReadonlySet<string>, kind: QuestionKind): Passage {
  const answer = askPassage(ranked, questionStems);
  const values = statedValues(kind, answer.text, answer.highlights.map(([start]) => start));
  return { answer, stems: new Set(contentStems(answer.text)), values, score: ranked.score };
}

/** Content words two passages share besides the question's own (and numbers): they must be about the same thing to agree or differ. */
const SAME_THING = 2;

function sameThing(a: Passage, b: Passage, questionStems: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const s of a.stems) if (b.stems.has(s) && !questionStems.has(s) && !/^\d/u.test(s)) shared++;
  return shared >= SAME_THING;
}

const shareValue = (a: Passage, b: Passage) => a.values.some((v) => b.values.includes(v));

/** A number in common for what was asked, about the same thing; else, when either states none, the same fact. */
const agree = (a: Passage, b: Passage, questionStems: ReadonlySet<string>) =>
  a.values.length > 0 && b.values.length > 0 ? shareValue(a, b) && sameThing(a, b, questionStems) : factOverlap(a.stems, b.stems) > 0;

const citesOf = (passages: readonly Passage[]) => passages.flatMap((p) => p.answer.cites ?? []);

/**
 * The chosen answers with every agreeing outlet cited (one answer per fact), and the numbers the
 * outlets of one story state differently. `pool`: every passage that answers, best first.
 */
export async function acrossOutlets(
  store: CoverageStore,
  chosen: readonly RankedSentence[],
  pool: readonly RankedSentence[],
  question: { text: string; kind: QuestionKind; stems: ReadonlySet<string>; close: number },
): Promise<{ answers: AskAnswer[]; disagreements: Disagreement[] }> {
  const passages = pool.slice(0, POOL).map((r) => passageOf(r, question.stems, question.kind));
  const groups: Passage[][] = [];
  for (const ranked of chosen) {
    const passage = passageOf(ranked, question.stems, question.kind);
    const group = groups.find((g) => g[0] && agree(g[0], passage, question.stems) && !g.some((m) => m.answer.article === passage.answer.article));
    if (group) group.push(passage);
    else groups.push([passage]);
  }
  for (const group of groups) {
    for (const other of passages) {
      const [lead] = group;
      if (!lead || group.length >= MAX_CITES || group.some((m) => m.answer.article === other.answer.article)) continue;
      if (agree(lead, other, question.stems)) group.push(other);
    }
  }
  const answers = groups.flatMap(([lead, ...rest]) => (lead ? [{ ...lead.answer, cites: citesOf([lead, ...rest]) }] : []));
  return { answers, disagreements: await disagreements(store, passages, question) };
}

/** Numbers the best-answering articles of the top answer's story state differently about the same thing: one claim per number, no number in common. */
async function disagreements(
  store: CoverageStore,
  passages: readonly Passage[],
  question: { text: string; stems: ReadonlySet<string>; close: number },
): Promise<Disagreement[]> {
  const [top] = passages;
  if (!top || top.values.length === 0) return [];
  const storyOfArticle = await store.storiesOf([...new Set(passages.map((p) => p.answer.article))]);
  const story = storyOfArticle.get(top.answer.article);
  const claims: Passage[][] = [];
  const seen = new Set<string>();
  for (const p of passages) {
    if (p.values.length === 0 || p.score < question.close * top.score || seen.has(p.answer.article) || (p !== top && !sameThing(top, p, question.stems))) continue;
    if (storyOfArticle.get(p.answer.article) !== story) continue;
    seen.add(p.answer.article);
    const claim = claims.find((c) => c.some((q) => shareValue(p, q)));
    if (claim) claim.push(p);
    else claims.push([p]);
  }
  if (claims.length < 2) return [];
  return [{ about: question.text, claims: claims.map((ps) => ({ value: ps[0]?.values[0] ?? "", text: ps[0]?.answer.text ?? "", cites: citesOf(ps) })) }];
}
