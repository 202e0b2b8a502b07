// Extraction checks of the seed page: what plain-text ingest recovers from
// data/sources/000_…txt against what a reader of the page counts, one row per check.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseTextPage } from "../../../src/ingest/textPage.ts";
import { splitSentences } from "../../../src/nlp/sentences.ts";

export const SEED_PATH = fileURLToPath(new URL("../../../data/sources/000_763f98cca8341530.txt", import.meta.url));

export interface ExtractionCheck {
  check: string;
  expected: string | number;
  got: string | number;
  ok: boolean;
}

/** Read off the page by hand: its headings, its furniture lines, the lines of its caption and its alt-text/label lines. */
const HEADINGS = ["A halt to fighting in Ukraine seems as distant as ever", "Discussion between ‘two superpowers’", "Ukraine and Europe take a back seat"];
const FURNITURE = ["Source link", "Visited 1 times, 1 visit(s) today", "Related Article", "0", "()", "x", "Would love your thoughts, please comment.x"];
const CAPTION_MARK = /In this photo taken from video|Press Service via AP/u;
const ALT_TEXTS = ["McDonald's hot coffee on a table", "Screenshot of McDonald's Instagram post", "Defence Secretary John Healey at Warminster Garrison", "Breaking News"];
/** Abbreviations a sentence must not end on. */
const ABBREVIATION_END = /\b(U\.S|Mr|Mrs|Dr|Gen|Sen|Gov|St|[A-Z])\.$/u;

const row = (check: string, expected: string | number, got: string | number): ExtractionCheck => ({ check, expected, got, ok: expected === got });

export function seedExtractionRows(): ExtractionCheck[] {
  const page = parseTextPage(readFileSync(SEED_PATH, "utf8"));
  const body = page.sections.flatMap((s) => s.paragraphs);
  const sentences = body.flatMap((text) => splitSentences(text).map(([start, end]) => text.slice(start, end)));
  const titles = page.related.map((r) => r.title);
  return [
    row("title", "The Trump-Putin phone call gave the Kremlin leader a chance to pivot away from the war in Ukraine", page.title),
    row("body paragraphs", 33, body.length),
    row("section headings", HEADINGS.join(" | "), page.sections.flatMap((s) => (s.heading ? [s.heading] : [])).join(" | ")),
    row("captions (deduplicated)", 1, page.captions.length),
    row("captions left in the body", 0, body.filter((p) => CAPTION_MARK.test(p)).length),
    row("furniture lines left in the body", 0, body.filter((p) => FURNITURE.includes(p)).length),
    row("related headlines", 13, page.related.length),
    row("related headlines with a snippet", 13, page.related.filter((r) => r.snippet).length),
    row("alt-text or label lines taken as headlines", 0, titles.filter((t) => ALT_TEXTS.includes(t)).length),
    row("related headlines left in the body", 0, body.filter((p) => titles.some((t) => p.includes(t))).length),
    row("related outlets from bylines", "BBC News, BBC Korean, BBC News, Reuters", page.related.flatMap((r) => (r.outlet ? [r.outlet] : [])).join(", ")),
    row("sentences in ¶1", 2, splitSentences(body[0] ?? "").length),
    row("sentences ending on an abbreviation", 0, sentences.filter((s) => ABBREVIATION_END.test(s)).length),
  ];
}
