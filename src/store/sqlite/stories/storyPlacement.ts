// Files an article in its story inside the article's own transaction, at a cost that does not grow
// with the store: its candidates are the articles within the time window that share one of its
// signature stems (an indexed range read per stem, at most MAX_POSTINGS of it, and at most
// MAX_CANDIDATES kept), never a scan.
// Taking an article out of its story splits the story when that article was its only bridge.
import type { Database } from "better-sqlite3";
import { connectedGroups, linkWalk } from "../../../nlp/stories/components.ts";
import { storyFeatures, type StoryFeatures, type StorySource } from "../../../nlp/stories/features.ts";
import { placeArticle, signatureTerms, type Candidate } from "../../../nlp/stories/placement.ts";
import { WINDOW_MS } from "../../../nlp/stories/similarity.ts";
import { placeholders, statement } from "../statement.ts";
import { createStory, refreshStory } from "./storyRows.ts";
import { countStoryTerms, storeIdf, type StoreIdf } from "./storyTerms.ts";

/** Stems of each article that other articles find it by. */
const SIGNATURE_STEMS = 25;
/** Most candidates compared, those sharing most signature stems first. */
const MAX_CANDIDATES = 20;
/** Most postings read per signature stem, the closest in time first: a stem used by thousands of articles in one week costs no more. */
const MAX_POSTINGS = 200;

interface MemberRow {
  seq: number;
  id: string;
  story: number;
  time: number;
  terms: string;
  headline: string;
  focus: string;
}

const featuresOf = (row: MemberRow): StoryFeatures => ({
  terms: new Map(JSON.parse(row.terms) as [string, number][]),
  headline: JSON.parse(row.headline) as string[],
  focus: JSON.parse(row.focus) as string[],
  time: row.time,
});

/** The candidates for the article `seq`, each with its story's seq. */
function candidates(db: Database, seq: number, features: StoryFeatures, signature: readonly string[]): (Candidate<number> & { seq: number })[] {
  const before = statement(db, "SELECT article_seq AS seq FROM story_posting WHERE stem = ? AND time BETWEEN ? AND ? ORDER BY time DESC LIMIT ?");
  const after = statement(db, "SELECT article_seq AS seq FROM story_posting WHERE stem = ? AND time > ? AND time <= ? ORDER BY time LIMIT ?");
  const shared = new Map<number, number>();
  for (const stem of signature) {
    const earlier = before.all(stem, features.time - WINDOW_MS, features.time, MAX_POSTINGS / 2) as { seq: number }[];
    const later = after.all(stem, features.time, features.time + WINDOW_MS, MAX_POSTINGS / 2) as { seq: number }[];
    for (const { seq: other } of [...earlier, ...later]) {
      if (other !== seq) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const chosen = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([other]) => other);
  if (chosen.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT m.article_seq AS seq, a.id AS id, m.story_seq AS story, m.time AS time, m.terms AS terms, m.headline AS headline, m.focus AS focus
       FROM story_member m JOIN article a ON a.seq = m.article_seq WHERE m.article_seq IN (${placeholders(chosen.length)})`,
    )
    .all(...chosen) as MemberRow[];
  return rows.map((row) => ({ article: row.id, story: row.story, features: featuresOf(row), seq: row.seq }));
}

/** Files the article (already in the article table as `seq`, `id`) in the story of the event it reports. */
export function placeInStory(db: Database, seq: number, id: string, source: StorySource, now: string): void {
  const features = storyFeatures(source, now);
  countStoryTerms(db, features.terms.keys(), 1);
  const frequencies = storeIdf(db);
  const { idf } = frequencies;
  frequencies.load(features.terms.keys());
  const signature = signatureTerms(features.terms, idf, SIGNATURE_STEMS);
  const found = candidates(db, seq, features, signature);
  for (const c of found) frequencies.load(c.features.terms.keys());
  const placement = placeArticle(features, found, idf);
  // The oldest of the stories it joins lives on, with its id; the others merge into it.
  const stories = [...placement.stories].sort((a, b) => a - b);
  const story = stories[0] ?? createStory(db, id, seq);
  for (const other of stories.slice(1)) {
    statement(db, "UPDATE story_member SET story_seq = ? WHERE story_seq = ?").run(story, other);
    statement(db, "DELETE FROM story WHERE seq = ?").run(other);
  }
  statement(db, "INSERT INTO story_member (article_seq, story_seq, time, terms, headline, focus) VALUES (?, ?, ?, ?, ?, ?)").run(
    seq,
    story,
    features.time,
    JSON.stringify([...features.terms]),
    JSON.stringify(features.headline),
    JSON.stringify(features.focus),
  );
  const post = statement(db, "INSERT INTO story_posting (stem, time, article_seq) VALUES (?, ?, ?)");
  for (const stem of signature) post.run(stem, features.time, seq);
  const link = statement(db, "INSERT INTO story_link (a, b, score) VALUES (?, ?, ?)");
  const seqOf = new Map(found.map((c) => [c.article, c.seq]));
  for (const { article, score } of placement.links) link.run(seqOf.get(article), seq, score);
  refreshStory(db, story, idf);
}

/** Articles a removal's walk visits at most before the whole story is read to see whether it split. */
const WALK_BUDGET = 500;

/** The articles linked to any of `seqs`, either way. */
function linkedTo(db: Database, seqs: readonly number[]): number[] {
  return statement(
    db,
    "SELECT l.b FROM json_each(?) j JOIN story_link l ON l.a = j.value UNION SELECT l.a FROM json_each(?) j JOIN story_link l ON l.b = j.value",
  )
    .pluck()
    .all(JSON.stringify(seqs), JSON.stringify(seqs)) as number[];
}

/** Gives each part of a story that no longer hangs together, but the first, a story of its own. */
function splitStory(db: Database, storySeq: number, idf: StoreIdf["idf"]): void {
  const rest = statement(
    db,
    "SELECT m.article_seq AS seq, a.id AS id FROM story_member m JOIN article a ON a.seq = m.article_seq WHERE m.story_seq = ? ORDER BY m.article_seq",
  ).all(storySeq) as { seq: number; id: string }[];
  const links = statement(db, "SELECT l.a AS a, l.b AS b FROM story_link l JOIN story_member m ON m.article_seq = l.a WHERE m.story_seq = ?").all(
    storySeq,
  ) as { a: number; b: number }[];
  const [, ...split] = connectedGroups(
    rest.map((r) => r.seq),
    links.map((l) => [l.a, l.b] as const),
  );
  for (const group of split) {
    const first = rest.find((r) => r.seq === group[0]);
    if (!first) continue;
    const story = createStory(db, first.id, first.seq);
    db.prepare(`UPDATE story_member SET story_seq = ? WHERE article_seq IN (${placeholders(group.length)})`).run(story, ...group);
    refreshStory(db, story, idf);
  }
}

/**
 * Takes the article out of its story (before its row is deleted or refiled); the rest of the story stays linked as before.
 * Only a story whose articles the removed one linked can no longer reach one another is read whole and split: a walk from
 * one of them that soon meets the others shows it still hangs together, at a cost that does not grow with the story.
 */
export function takeOutOfStory(db: Database, seq: number): void {
  const member = statement(db, "SELECT story_seq AS story, terms FROM story_member WHERE article_seq = ?").get(seq) as
    | { story: number; terms: string }
    | undefined;
  if (!member) return;
  const linked = linkedTo(db, [seq]);
  countStoryTerms(db, (JSON.parse(member.terms) as [string, number][]).map(([stem]) => stem), -1);
  statement(db, "DELETE FROM story_posting WHERE article_seq = ?").run(seq);
  statement(db, "DELETE FROM story_link WHERE a = ? OR b = ?").run(seq, seq);
  statement(db, "DELETE FROM story_member WHERE article_seq = ?").run(seq);
  const { idf } = storeIdf(db);
  const [first, ...others] = linked;
  if (first !== undefined) {
    const walk = linkWalk(first, others, WALK_BUDGET);
    while (walk.frontier.length > 0) walk.advance(linkedTo(db, walk.frontier));
    if (walk.outcome !== true) splitStory(db, member.story, idf);
  }
  refreshStory(db, member.story, idf);
}
