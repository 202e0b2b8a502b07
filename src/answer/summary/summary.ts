// /summary: an extractive summary in the article's order, each point one or two of its sentences with the
// paragraph cited. `brief` covers the main news and the main reactions (distinct voices, one independent
// expert among them when the article has one); `full` adds each section's key point, and more when sections are few.
import type { Article } from "../../model/article.ts";
import { citedFields, citeOf } from "../cite.ts";
import type { SummaryLength, SummaryResult } from "../contract.ts";
import { candidatePoints, repeats, type Candidate } from "./summaryPoints.ts";

const NEWS_POINTS = 2;
const MIN_POINTS = 3;
const MAX_POINTS = 5;
/** A main reaction scores at least this share of the article's best point. */
const MAIN_REACTION = 0.5;
const LEAD_SENTENCES = 4;
/** A point from a section already covered counts for this share of its score. */
const SAME_SECTION = 0.7;

function best(pool: readonly Candidate[], chosen: readonly Candidate[], value: (c: Candidate) => number): Candidate | undefined {
  const sections = new Set(chosen.map((c) => c.section));
  let top: { c: Candidate; v: number } | undefined;
  for (const c of pool) {
    if (chosen.includes(c) || repeats(c, chosen)) continue;
    const v = value(c) * (sections.has(c.section) ? SAME_SECTION : 1);
    if (!top || v > top.v) top = { c, v };
  }
  return top?.c;
}

export function briefPoints(candidates: readonly Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  const lead = best(candidates.filter((c) => c.order < LEAD_SENTENCES), chosen, (c) => c.score);
  if (lead) chosen.push(lead);
  while (chosen.length < NEWS_POINTS) {
    const next = best(candidates, chosen, (c) => c.score);
    if (!next) break;
    chosen.push(next);
  }
  const speakers = new Set(chosen.flatMap((c) => (c.reaction ? [c.reaction.speaker] : [])));
  const top = Math.max(0, ...candidates.map((c) => c.score));
  const voiced = candidates.filter((c) => c.reaction?.voice && c.score >= MAIN_REACTION * top);
  while (chosen.length < MAX_POINTS) {
    const lastSlot = chosen.length === MAX_POINTS - 1;
    const needExpert = lastSlot && !chosen.some((c) => c.reaction?.voice === "expert") && voiced.some((c) => c.reaction?.voice === "expert");
    const pool = voiced.filter((c) => c.reaction && !speakers.has(c.reaction.speaker) && (!needExpert || c.reaction.voice === "expert"));
    const next = best(pool, chosen, (c) => c.score);
    if (!next?.reaction) break;
    speakers.add(next.reaction.speaker);
    chosen.push(next);
  }
  // Short of three points: complete the news from the top of the story, where news writing puts it, one
  // sentence at a time (a sentence that leans on the one before has had its chance as a scored pair).
  while (chosen.length < MIN_POINTS) {
    const next = candidates.find((c) => c.order === c.last && !chosen.includes(c) && !repeats(c, chosen));
    if (!next) break;
    chosen.push(next);
  }
  return chosen;
}

/** A full summary of an article with few sections still gets this many points, best first. */
const FULL_MIN_POINTS = 7;

export function fullPoints(article: Article, candidates: readonly Candidate[]): Candidate[] {
  const chosen = briefPoints(candidates);
  article.sections.forEach((_, section) => {
    if (chosen.some((c) => c.section === section)) return;
    const key = best(candidates.filter((c) => c.section === section), chosen, (c) => c.score);
    if (key) chosen.push(key);
  });
  while (chosen.length < FULL_MIN_POINTS) {
    const next = best(candidates, chosen, (c) => c.score);
    if (!next) break;
    chosen.push(next);
  }
  return chosen;
}

/** The summary of one article. */
export function summaryOf(found: Article, length: SummaryLength): SummaryResult {
  const candidates = candidatePoints(found);
  const chosen = length === "brief" ? briefPoints(candidates) : fullPoints(found, candidates);
  const points = [...chosen]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const { cite, url } = citedFields(found, c.paragraph);
      return { text: c.text, paragraphs: [c.paragraph], cite, ...(url ? { url } : {}), cites: [citeOf(found, c.paragraph)] };
    });
  return { article: found.id, title: found.title, length, points };
}
