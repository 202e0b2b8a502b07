// The held-out set of issue 16 (test/eval/heldout/), each saved page read as `npm run ingest`
// reads it (parseHtmlPage → buildArticle → analyse), scored per article and in total: quotes and
// their speakers, people, /ask and extraction. Only `npm run eval -- --heldout` runs it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArticle, contentHash } from "../../../src/ingest/buildArticle.ts";
import { parseHtmlPage } from "../../../src/ingest/htmlPage.ts";
import { sourceText } from "../../../src/ingest/sourceText.ts";
import { analyseArticles } from "../../../src/nlp/analyse.ts";
import type { Article } from "../../../src/model/article.ts";
import type { Entity } from "../../../src/model/entity.ts";
import { evalCorpus, share, tallyAsk, type AskQuestion, type AskTally, type EvalRow } from "../ask.ts";
import { bodyText, tokenF1, type TokenScores } from "../extraction/extraction-corpus.ts";
import { HeldoutGoldSchema, type HeldoutGold } from "./gold.ts";
import { namesGoldPerson, personPrecision, type PersonPrecision } from "./heldoutPeople.ts";
import { scoreArticleQuotes, totalQuoteRow, type QuoteEvalRow } from "../quotes.ts";

export const HELDOUT_DIR = fileURLToPath(new URL("../heldout/", import.meta.url));
/** The commit that added the articles and their gold, before any run of the bot on them. */
export const GOLD_COMMIT = "2bb8c79ef5e193a318f94e468e9db5ce775fcf1b";

/** A held-out set: its folder, the name its figures go by, and the commit that added its gold before any run. */
export interface HeldoutSet {
  readonly id: string;
  readonly name: string;
  readonly dir: string;
  readonly goldCommit: string;
}

export const HELDOUT_SETS: readonly HeldoutSet[] = [
  { id: "1", name: "held-out", dir: HELDOUT_DIR, goldCommit: GOLD_COMMIT },
  { id: "2", name: "held-out 2", dir: fileURLToPath(new URL("../heldout-2/", import.meta.url)), goldCommit: "a8323d8a27df21ef947e3c4f0aca9a7dd11cd886" },
  { id: "3", name: "held-out 3", dir: fileURLToPath(new URL("../heldout-3/", import.meta.url)), goldCommit: "232619092f4586128dc136c5451ba4642273430b" },
  { id: "4", name: "held-out 4", dir: fileURLToPath(new URL("../heldout-4/", import.meta.url)), goldCommit: "cae9f59ab51688f4e779b350d1eb8f7a85dfb544" },
  { id: "5", name: "held-out 5", dir: fileURLToPath(new URL("../heldout-5/", import.meta.url)), goldCommit: "ec6c5990a0cffb0a5a31a830c259cea0d26f36e6" },
];

/** The development set (test/eval/dev/README.md): the held-out format and scorer, but rules may be tuned on it. */
export const DEV_SET: HeldoutSet = { id: "dev", name: "dev", dir: fileURLToPath(new URL("../dev/", import.meta.url)), goldCommit: "024660872a286d5c4f6581f04608fa57eb1ff035" };

/**
 * Whether the set's first run is recorded (results/first-run.json). A set without one is scored only when
 * named (`--set 3`), so its first run is a deliberate act and never a side effect of scoring the others.
 */
export function firstRunRecorded(set: Pick<HeldoutSet, "dir">): boolean {
  return existsSync(join(set.dir, "results", "first-run.json"));
}

/** One article of a scored set: its gold, and what ingest made of its page (or why it skipped it). */
export interface SetItem {
  slug: string;
  gold: HeldoutGold;
  article?: Article;
  skipped?: string;
  /** Token scores of the extracted body against the hand-read article.txt. */
  extraction?: TokenScores;
}

export function readGoldFile(path: string): HeldoutGold {
  const parsed = HeldoutGoldSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`).join("; ");
    throw new Error(`${path} is not a held-out gold file (${where}); see test/eval/heldout/README.md`);
  }
  return parsed.data;
}

/** The set's article folders: those holding a gold.json. */
export function setSlugs(dir = HELDOUT_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "gold.json")))
    .map((d) => d.name)
    .sort();
}

const NOTHING: TokenScores = { f1: 0, precision: 0, recall: 0 };

/** A saved page read as ingest reads it; a page ingest refuses scores nothing and keeps the reason. */
export function ingestPage(dir: string, slug: string, gold: HeldoutGold): SetItem {
  const path = join(dir, slug, "source.html");
  const bytes = readFileSync(path);
  const read = sourceText(path, bytes);
  if (!read.ok) return { slug, gold, skipped: read.reason, extraction: NOTHING };
  try {
    const parsed = parseHtmlPage(read.text, path);
    const page = parsed.title.trim() ? parsed : { ...parsed, title: slug };
    const extraction = tokenF1(bodyText(page), readFileSync(join(dir, slug, "article.txt"), "utf8"));
    return { slug, gold, article: buildArticle(page, path, contentHash(bytes)), extraction };
  } catch (error) {
    return { slug, gold, skipped: (error as Error).message, extraction: NOTHING };
  }
}

export function readSet(dir = HELDOUT_DIR): SetItem[] {
  return setSlugs(dir).map((slug) => ingestPage(dir, slug, readGoldFile(join(dir, slug, "gold.json"))));
}

export interface ArticleFigures {
  article: string;
  skipped?: string;
  extraction?: TokenScores;
  quotes: QuoteEvalRow;
  people: PersonPrecision;
  ask: AskTally;
}

export interface SetFigures {
  articles: ArticleFigures[];
  total: {
    /** Mean and lowest extraction F1 over the items with a saved page. */
    extraction?: { mean: number; min: number };
    quotes: QuoteEvalRow;
    people: PersonPrecision;
    ask: AskTally;
  };
}

/** The article's questions, the unanswerable ones (no answering text) with no article. */
const questionsOf = (item: SetItem): AskQuestion[] =>
  item.gold.questions.map((q) => (q.answeredBy.length > 0 ? { ...q, article: item.slug } : q));

function totalAsk(tallies: readonly AskTally[]): AskTally {
  const sum = (key: "answerable" | "hit1" | "hit3" | "unanswerable" | "declined") => tallies.reduce((n, t) => n + t[key], 0);
  return { answerable: sum("answerable"), hit1: sum("hit1"), hit3: sum("hit3"), unanswerable: sum("unanswerable"), declined: sum("declined"), misses: tallies.flatMap((t) => t.misses) };
}

/**
 * A person as this article writes them: the mention here that names a gold person (an article may spell
 * someone two ways), else its longest mention here. Entities are merged across the set, so the merged name may
 * come from another article ("Donald J. Trump" where this one only says "Trump").
 */
function writtenName(entity: Entity, article: Article | undefined, people: readonly string[]): string {
  const texts = entity.mentions.flatMap((m) => {
    const text = m.article === article?.id ? article.paragraphs.find((p) => p.n === m.paragraph)?.text.slice(m.start, m.end) : undefined;
    return text ? [text] : [];
  });
  return texts.find((t) => namesGoldPerson(t, people)) ?? (texts.reduce((longest, t) => (t.length > longest.length ? t : longest), "") || entity.name);
}

/** Every article analysed together (as ingest stores them) and asked as one corpus; gold the extractor lost counts as missed. */
export async function scoreSet(items: readonly SetItem[]): Promise<SetFigures> {
  const ingested = items.flatMap((item) => (item.article ? [{ slug: item.slug, article: item.article }] : []));
  const { entities, quotes } = analyseArticles(ingested.map((i) => i.article));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const data = await evalCorpus(new Map(ingested.map((i) => [i.slug, i.article])));
  const articles: ArticleFigures[] = [];
  for (const item of items) {
    const id = item.article?.id;
    const typedPeople = entities.filter((e) => e.kind === "person" && e.mentions.some((m) => m.article === id)).map((e) => writtenName(e, item.article, item.gold.people));
    articles.push({
      article: item.slug,
      ...(item.skipped ? { skipped: item.skipped } : {}),
      ...(item.extraction ? { extraction: item.extraction } : {}),
      quotes: scoreArticleQuotes(item.slug, item.article ?? { paragraphs: [] }, item.gold.quotes, quotes.filter((q) => q.article === id), byId, { lostAreMissed: true }),
      people: personPrecision(typedPeople, item.gold.people),
      ask: await tallyAsk(data, questionsOf(item), { lostAreMissed: true }),
    });
  }
  const f1s = articles.flatMap((a) => (a.extraction ? [a.extraction.f1] : []));
  const people = articles.map((a) => a.people);
  return {
    articles,
    total: {
      ...(f1s.length > 0 ? { extraction: { mean: f1s.reduce((s, f) => s + f, 0) / f1s.length, min: Math.min(...f1s) } } : {}),
      quotes: totalQuoteRow(articles.map((a) => a.quotes)),
      people: { typed: people.reduce((n, p) => n + p.typed, 0), right: people.reduce((n, p) => n + p.right, 0), wrong: people.flatMap((p) => p.wrong) },
      ask: totalAsk(articles.map((a) => a.ask)),
    },
  };
}

const atLeast = (metric: string, value: number, target: number): EvalRow => ({ metric, value, target: `≥ ${target.toFixed(2)}`, pass: value >= target });

/** Issue 16's targets on the held-out set, and the design's quality bars where the issue sets none. */
export function setTargets(figures: SetFigures, name = "held-out"): EvalRow[] {
  const { quotes, people, ask, extraction } = figures.total;
  const named = quotes.namedInside;
  return [
    atLeast(`${name} quotes direct/mixed F1 (${quotes.gold} gold)`, quotes.f1, 0.95),
    atLeast(`${name} quotes speaker accuracy`, quotes.speakerAccuracy, 0.95),
    { metric: `${name} quotes whose speaker is named inside`, value: named, target: "= 0", pass: named === 0 },
    atLeast(`${name} reported speech recall (${quotes.reportedGold} gold)`, share(quotes.reportedFound, quotes.reportedGold), 0.85),
    atLeast(`${name} reported speech speaker accuracy`, share(quotes.reportedSpeakerRight, quotes.reportedFound), 0.9),
    atLeast(`${name} person precision (${people.typed} typed)`, share(people.right, people.typed), 0.95),
    atLeast(`${name} ask hit@1 (${ask.answerable} questions)`, share(ask.hit1, ask.answerable), 0.85),
    atLeast(`${name} ask hit@3`, share(ask.hit3, ask.answerable), 0.95),
    atLeast(`${name} ask "no answer" share (${ask.unanswerable} unanswerable)`, share(ask.declined, ask.unanswerable), 0.85),
    atLeast(`${name} extraction F1, lowest article`, extraction?.min ?? 0, 0.95),
  ];
}

const two = (x: number): string => x.toFixed(2);

function figureLine(name: string, a: Pick<ArticleFigures, "quotes" | "people" | "ask">, extraction: string): string {
  const q = a.quotes;
  const reported = `${q.reportedFound}/${q.reportedGold}`.padStart(6);
  const persons = `${a.people.right}/${a.people.typed}`.padStart(6);
  const asked = `${a.ask.hit1}/${a.ask.hit3}/${a.ask.answerable}`.padStart(8);
  const declined = `${a.ask.declined}/${a.ask.unanswerable}`.padStart(5);
  return `${name.padEnd(44)} ${extraction.padStart(5)} ${String(q.gold).padStart(4)} ${String(q.found).padStart(5)} ${two(q.precision)} ${two(q.recall)} ${two(q.f1)} ${two(q.speakerAccuracy).padStart(5)} ${String(q.namedInside).padStart(5)}  ${reported} ${two(share(q.reportedSpeakerRight, q.reportedFound)).padStart(5)}  ${persons}  ${asked} ${declined}`;
}

/** The set's figures as a table (one row per article, then the total) and the non-people typed as people. */
export function formatSet(figures: SetFigures, withMisses = false): string {
  const header = `${"article".padEnd(44)} extr  gold found    P    R   F1   spk named  reported   spk  people  ask@1/@3/n  none`;
  const rows = figures.articles.map((a) => figureLine(a.article, a, a.extraction ? two(a.extraction.f1) : "—"));
  const { total } = figures;
  rows.push(figureLine("total", total, total.extraction ? two(total.extraction.mean) : "—"));
  const skipped = figures.articles.flatMap((a) => (a.skipped ? [`${a.article}: skipped by ingest (${a.skipped})`] : []));
  const notPeople = figures.articles.flatMap((a) => (a.people.wrong.length > 0 ? [`${a.article}: ${a.people.wrong.join(", ")}`] : []));
  const lines = [header, ...rows, ...skipped, "", `typed as people, not people of the article (${total.people.wrong.length}):`, ...(notPeople.length > 0 ? notPeople : ["none"])];
  if (withMisses) {
    lines.push("", "quote and /ask failures:");
    for (const a of figures.articles) lines.push(...[...a.quotes.errors, ...a.ask.misses].map((line) => `${a.article}: ${line}`));
  }
  return lines.join("\n");
}

/** The project's root, where the paths `git status` is asked about are read from. */
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The commit the figures were made at, and whether the work tree had changes on top of it (saved figures of any set aside). */
function provenance(): { commit?: string; uncommittedChanges?: boolean } {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const savedFigures = [...HELDOUT_SETS, DEV_SET].map((set) => `:!${relative(ROOT, join(set.dir, "results"))}`);
    const changed = git("status", "--porcelain", "--", "src", "commands", "test", ...savedFigures);
    return { commit: git("rev-parse", "HEAD"), uncommittedChanges: changed.length > 0 };
  } catch {
    return {};
  }
}

/**
 * Writes the figures as results/<label>.json, so first-run and later figures sit side by side; returns the path.
 * A label already written is never overwritten (a first run stays as it came out): choose another label.
 */
export function saveResults(figures: SetFigures, label: string, set: Pick<HeldoutSet, "name" | "dir" | "goldCommit">): string {
  const dir = join(set.dir, "results");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${label}.json`);
  if (existsSync(path)) throw new Error(`${path} exists: saved figures are never overwritten; save under another label`);
  const record = { label, ranAt: new Date().toISOString(), ...provenance(), goldCommit: set.goldCommit, targets: setTargets(figures, set.name), ...figures };
  writeFileSync(path, `${JSON.stringify(record, null, 1)}\n`);
  return path;
}
