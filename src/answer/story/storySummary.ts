// /summary of a story: a multi-document extractive summary. Each article's own summary points are the
// candidates; a point is matched with the sentence of every other article that reports the same fact, and
// facts that more outlets report rank higher. Each fact is shown once, in the words of the article that
// put it best, citing every outlet that reports it (`The New York Times ¶2 · Fox News ¶1`).
import type { Article } from "../../model/article.ts";
import { factOverlap, ledeOverlap } from "../../nlp/summary/sameFact.ts";
import type { CoverageStore, StoredStory } from "../../store/coverageStore.ts";
import { citeLine, citeOf } from "../cite.ts";
import type { SummaryLength, SummaryResult } from "../contract.ts";
import { briefPoints, fullPoints, summaryOf } from "../summary/summary.ts";
import { candidatePoints, repeats, type Candidate } from "../summary/summaryPoints.ts";

/** A story's articles read for its summary (each outlet's first, then the next ones): enough outlets, at a bounded cost however big the story. */
const MAX_ARTICLES = 8;
const MAX_POINTS: Record<SummaryLength, number> = { brief: 5, full: 10 };
/** Each further outlet reporting a fact adds this share of its score. */
const PER_OUTLET = 0.5;

/** One article's sentence reporting a fact, weighed against that article's best point. */
interface Report {
  article: Article;
  candidate: Candidate;
  weight: number;
}

/** A fact: the report whose words are shown, and every article's best report of it (the lead's first). */
interface Fact {
  lead: Report;
  reports: Report[];
  rank: number;
}

const ofArticle = (article: Article, candidates: readonly Candidate[]) => {
  const top = Math.max(Number.EPSILON, ...candidates.map((c) => c.score));
  return (candidate: Candidate): Report => ({ article, candidate, weight: candidate.score / top });
};

/** The sentence of `candidates` that says most nearly what `lead` says, if any says it. */
function bestMatch(lead: Candidate, candidates: readonly Candidate[]): Candidate | undefined {
  let best: { c: Candidate; overlap: number } | undefined;
  for (const c of candidates) {
    const overlap = lead.order === 0 && c.order === 0 ? ledeOverlap(lead.stems, c.stems) : factOverlap(lead.stems, c.stems);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { c, overlap };
  }
  return best?.c;
}

/** Whether a fact repeats one already chosen: the same sentence of an article, or much the same words. */
const repeatsChosen = (fact: Fact, chosen: readonly Fact[]) =>
  chosen.some((other) =>
    fact.reports.some((r) =>
      other.reports.some((o) => o.article.id === r.article.id && repeats(r.candidate, [o.candidate])) || factOverlap(r.candidate.stems, other.lead.candidate.stems) > 0,
    ),
  );

/** Each outlet's first article, in publication order, then the others: a summary of a big story still hears every outlet it can. */
function outletsFirst<A extends { outlet?: string }>(articles: readonly A[]): A[] {
  const seen = new Set<string>();
  const firsts = articles.filter((a) => {
    const outlet = a.outlet ?? "";
    if (!a.outlet || seen.has(outlet)) return false;
    seen.add(outlet);
    return true;
  });
  return [...firsts, ...articles.filter((a) => !firsts.includes(a))];
}

export async function storySummary(store: CoverageStore, story: StoredStory, length: SummaryLength): Promise<SummaryResult> {
  const read = await Promise.all(outletsFirst(story.articles).slice(0, MAX_ARTICLES).map((a) => store.article(a.id)));
  const articles = read.filter((a): a is Article => a !== null);
  const outlets = [...new Set(articles.map((a) => a.outlet ?? a.title))];
  const about = { story: { id: story.id, outlets } };
  const [only] = articles;
  if (articles.length === 1 && only) return { ...summaryOf(only, length), ...about };

  const candidates = articles.map((a) => candidatePoints(a));
  const facts: Fact[] = articles.flatMap((article, i) => {
    const own = candidates[i] ?? [];
    const points = length === "brief" ? briefPoints(own) : fullPoints(article, own);
    return points.map(ofArticle(article, own)).map((lead) => {
      const others = articles.flatMap((other, j) => {
        const match = other === article ? undefined : bestMatch(lead.candidate, candidates[j] ?? []);
        return match ? [ofArticle(other, candidates[j] ?? [])(match)] : [];
      });
      return { lead, reports: [lead, ...others], rank: lead.weight * (1 + PER_OUTLET * others.length) };
    });
  });
  const chosen: Fact[] = [];
  for (const fact of [...facts].sort((a, b) => b.rank - a.rank)) {
    if (chosen.length === MAX_POINTS[length]) break;
    if (!repeatsChosen(fact, chosen)) chosen.push(fact);
  }
  return {
    article: story.id,
    title: story.title,
    length,
    ...about,
    points: chosen.map(({ lead, reports }) => {
      const cites = reports.map((r) => citeOf(r.article, r.candidate.paragraph));
      return {
        text: lead.candidate.text,
        paragraphs: [lead.candidate.paragraph],
        cite: citeLine(cites),
        ...(lead.article.url ? { url: lead.article.url } : {}),
        cites,
      };
    }),
  };
}
