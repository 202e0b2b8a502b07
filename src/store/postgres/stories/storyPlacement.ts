// Files an article in its story inside the article's own transaction, as the SQLite store does and
// at a cost that does not grow with the store: its candidates are the articles within the time
// window sharing one of its signature stems (an indexed range read per stem in one query, at most MAX_POSTINGS of
// it, at most MAX_CANDIDATES kept). Taking an article out splits its story when it was the only bridge.
import { connectedGroups, linkWalk } from "../../../nlp/stories/components.ts";
import { storyFeatures, type StoryFeatures, type StorySource } from "../../../nlp/stories/features.ts";
import { placeArticle, signatureTerms, type Candidate } from "../../../nlp/stories/placement.ts";
import { WINDOW_MS } from "../../../nlp/stories/similarity.ts";
import { first, rows, type Db } from "../connection.ts";
import { createStory, refreshStory } from "./storyRows.ts";
import { countStoryTerms, storeIdf } from "./storyTerms.ts";

/** Stems of each article that other articles find it by. */
const SIGNATURE_STEMS = 25;
/** Most candidates compared, those sharing most signature stems first. */
const MAX_CANDIDATES = 20;
/** Most postings read per signature stem, the closest in time first. */
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
async function candidates(db: Db, seq: number, features: StoryFeatures, signature: readonly string[]): Promise<(Candidate<number> & { seq: number })[]> {
  const postings = await rows<{ seq: number }>(
    db,
    `SELECT p.seq FROM unnest($1::text[]) AS s(stem)
     CROSS JOIN LATERAL (
       (SELECT article_seq AS seq FROM story_posting WHERE stem = s.stem AND time BETWEEN $2 AND $3 ORDER BY time DESC LIMIT $5)
       UNION ALL
       (SELECT article_seq AS seq FROM story_posting WHERE stem = s.stem AND time > $3 AND time <= $4 ORDER BY time LIMIT $5)
     ) p`,
    [signature, features.time - WINDOW_MS, features.time, features.time + WINDOW_MS, MAX_POSTINGS / 2],
  );
  const shared = new Map<number, number>();
  for (const { seq: other } of postings) {
    if (other !== seq) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const chosen = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([other]) => other);
  if (chosen.length === 0) return [];
  const found = await rows<MemberRow>(
    db,
    `SELECT m.article_seq AS seq, a.id AS id, m.story_seq AS story, m.time AS time, m.terms AS terms, m.headline AS headline, m.focus AS focus
     FROM story_member m JOIN article a ON a.seq = m.article_seq WHERE m.article_seq = ANY($1::integer[])`,
    [chosen],
  );
  return found.map((row) => ({ article: row.id, story: row.story, features: featuresOf(row), seq: row.seq }));
}

/** Files the article (already in the article table as `seq`, `id`) in the story of the event it reports. */
export async function placeInStory(db: Db, seq: number, id: string, source: StorySource, now: string): Promise<void> {
  const features = storyFeatures(source, now);
  await countStoryTerms(db, features.terms.keys(), 1);
  const frequencies = await storeIdf(db);
  await frequencies.load(features.terms.keys());
  const signature = signatureTerms(features.terms, frequencies.idf, SIGNATURE_STEMS);
  const found = await candidates(db, seq, features, signature);
  await frequencies.load(found.flatMap((c) => [...c.features.terms.keys()]));
  const placement = placeArticle(features, found, frequencies.idf);
  // The oldest of the stories it joins lives on, with its id; the others merge into it.
  const stories = [...placement.stories].sort((a, b) => a - b);
  const story = stories[0] ?? (await createStory(db, id, seq));
  for (const other of stories.slice(1)) {
    await rows(db, "UPDATE story_member SET story_seq = $1 WHERE story_seq = $2", [story, other]);
    await rows(db, "DELETE FROM story WHERE seq = $1", [other]);
  }
  await rows(db, "INSERT INTO story_member (article_seq, story_seq, time, terms, headline, focus) VALUES ($1, $2, $3, $4, $5, $6)", [
    seq,
    story,
    features.time,
    JSON.stringify([...features.terms]),
    JSON.stringify(features.headline),
    JSON.stringify(features.focus),
  ]);
  await rows(db, "INSERT INTO story_posting (stem, time, article_seq) SELECT s, $2, $3 FROM unnest($1::text[]) AS s", [signature, features.time, seq]);
  const seqOf = new Map(found.map((c) => [c.article, c.seq]));
  const linked = placement.links.map((l) => ({ a: seqOf.get(l.article) ?? 0, score: l.score }));
  await rows(db, "INSERT INTO story_link (a, b, score) SELECT a, $3, s FROM unnest($1::integer[], $2::double precision[]) AS l(a, s)", [
    linked.map((l) => l.a),
    linked.map((l) => l.score),
    seq,
  ]);
  await refreshStory(db, story, frequencies);
}

/** Articles a removal's walk visits at most before the whole story is read to see whether it split (as the SQLite store does). */
const WALK_BUDGET = 500;

/** The articles linked to any of `seqs`, either way. */
async function linkedTo(db: Db, seqs: readonly number[]): Promise<number[]> {
  const found = await rows<{ seq: number }>(db, "SELECT b AS seq FROM story_link WHERE a = ANY($1::integer[]) UNION SELECT a FROM story_link WHERE b = ANY($1::integer[])", [seqs]);
  return found.map((r) => r.seq);
}

/** Gives each part of a story that no longer hangs together, but the first, a story of its own. */
async function splitStory(db: Db, storySeq: number, frequencies: Awaited<ReturnType<typeof storeIdf>>): Promise<void> {
  const rest = await rows<{ seq: number; id: string }>(
    db,
    "SELECT m.article_seq AS seq, a.id AS id FROM story_member m JOIN article a ON a.seq = m.article_seq WHERE m.story_seq = $1 ORDER BY m.article_seq",
    [storySeq],
  );
  const links = await rows<{ a: number; b: number }>(db, "SELECT l.a AS a, l.b AS b FROM story_link l JOIN story_member m ON m.article_seq = l.a WHERE m.story_seq = $1", [
    storySeq,
  ]);
  const [, ...split] = connectedGroups(
    rest.map((r) => r.seq),
    links.map((l) => [l.a, l.b] as const),
  );
  for (const group of split) {
    const head = rest.find((r) => r.seq === group[0]);
    if (!head) continue;
    const story = await createStory(db, head.id, head.seq);
    await rows(db, "UPDATE story_member SET story_seq = $1 WHERE article_seq = ANY($2::integer[])", [story, group]);
    await refreshStory(db, story, frequencies);
  }
}

/**
 * Takes the article out of its story (before its row is deleted or refiled); the rest of the story stays linked as before.
 * Only a story whose articles the removed one linked can no longer reach one another is read whole and split.
 */
export async function takeOutOfStory(db: Db, seq: number): Promise<void> {
  const member = await first<{ story: number; terms: string }>(db, "SELECT story_seq AS story, terms FROM story_member WHERE article_seq = $1", [seq]);
  if (!member) return;
  const linked = await linkedTo(db, [seq]);
  await countStoryTerms(db, (JSON.parse(member.terms) as [string, number][]).map(([stem]) => stem), -1);
  await rows(db, "DELETE FROM story_posting WHERE article_seq = $1", [seq]);
  await rows(db, "DELETE FROM story_link WHERE a = $1 OR b = $1", [seq]);
  await rows(db, "DELETE FROM story_member WHERE article_seq = $1", [seq]);
  const frequencies = await storeIdf(db);
  const [head, ...others] = linked;
  if (head !== undefined) {
    const walk = linkWalk(head, others, WALK_BUDGET);
    while (walk.frontier.length > 0) walk.advance(await linkedTo(db, walk.frontier));
    if (walk.outcome !== true) await splitStory(db, member.story, frequencies);
  }
  await refreshStory(db, member.story, frequencies);
}
