// The store on PostgreSQL, for deployments where bot processes and feed workers on several machines
// share one store: the same interface and the same answers as the SQLite store. Reads run on a
// small pool (one query at a time, each a round trip, so reads take no transaction: what must come
// from one state of the store is read in one statement), each article is filed in one transaction under the store's write lock, and a change
// committed by any process is heard through LISTEN/NOTIFY, which `generation` reports.
import type pg from "pg";
import type { CoverageStore } from "../coverageStore.ts";
import { listenForChanges, recordChange } from "./changeFeed.ts";
import { openPool, storeError, writing, type Db } from "./connection.ts";
import { migrate } from "./migrations.ts";
import { articleCount, latestArticles, listArticles, markChecked, readArticle, searchArticles, sourcePaths, storedSource } from "./articles/readArticles.ts";
import { claimFeed, feedStates, keepFeeds, releaseFeed, saveFeedState } from "./feeds/feedRows.ts";
import { dropAnnouncements, pendingAnnouncements, queueAnnouncements } from "./feeds/announcementQueue.ts";
import { entitiesNamed, firstMention, namesLike, namesWithPrefix, peopleWithFirstName, topEntities } from "./readEntities.ts";
import { headlineStems, headlineWords, listHeadlines, searchHeadlines } from "./readHeadlines.ts";
import { articleStems, candidateParagraphs, mentionsIn, nameForms, paragraphHits, passageTotals, termCounts, wordUses, wordsLike } from "./readPassages.ts";
import { allQuotes, quotesAbout, quotesBy, speakersIn } from "./readQuotes.ts";
import { latestStories, storiesOfArticles, storiesWithIds, storyById, storyHeadingsOf, storyOfArticle } from "./stories/readStories.ts";

/**
 * The article write path (entity merging, story placement and the name lexicons they read), loaded on the first
 * write: a bot that only reads answers its first question without waiting for it.
 */
const writePath = () => import("./articles/writeArticle.ts");

export async function openPostgresStore(url: string): Promise<CoverageStore> {
  const pool = openPool(url);
  let changes: Awaited<ReturnType<typeof listenForChanges>>;
  try {
    await migrate(pool);
    changes = await listenForChanges(url);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw storeError(error, url);
  }
  const failed = (error: unknown) => Promise.reject(storeError(error, url));
  /** One statement that is atomic by itself: it waits for no transaction and no write lock. */
  const alone = <T>(work: (db: Db) => Promise<T>): Promise<T> => work(pool).catch(failed);
  /** A read of one query, or of several where a commit landing between them does no harm (a row gone is left out). */
  const read = <T>(work: (db: Db) => Promise<T>): Promise<T> => work(pool).catch(failed);
  /** A write, recorded as a change when it changed anything an answer reads (feed state and check times change none). */
  const write = <T>(work: (db: pg.PoolClient) => Promise<T>, changed: (result: T) => boolean): Promise<T> =>
    writing(pool, async (client) => {
      const result = await work(client);
      if (changed(result)) changes.saw(await recordChange(client));
      return result;
    }).catch(failed);
  return {
    generation: () => Promise.resolve(changes.current()),
    articleCount: () => read(articleCount),
    listArticles: (limit) => read((d) => listArticles(d, limit)),
    latestArticles: (limit) => read((d) => latestArticles(d, limit)),
    article: (id) => read((d) => readArticle(d, id)),
    searchArticles: (text, limit) => read((d) => searchArticles(d, text, limit)),
    entitiesNamed: (key, limit) => read((d) => entitiesNamed(d, key, limit)),
    peopleWithFirstName: (word, limit) => read((d) => peopleWithFirstName(d, word, limit)),
    namesWithPrefix: (prefix, query) => read((d) => namesWithPrefix(d, prefix, query)),
    namesLike: (key, query) => read((d) => namesLike(d, key, query)),
    topEntities: (query) => read((d) => topEntities(d, query)),
    firstMention: (id) => read((d) => firstMention(d, id)),
    quotesBy: (id, query) => read((d) => quotesBy(d, id, query)),
    quotesAbout: (id, query) => read((d) => quotesAbout(d, id, query)),
    allQuotes: () => read(allQuotes),
    speakersIn: (ids) => read((d) => speakersIn(d, ids)),
    passageTotals: () => read(passageTotals),
    termCounts: (stems) => read((d) => termCounts(d, stems)),
    candidateParagraphs: (stems, limit) => read((d) => candidateParagraphs(d, stems, limit)),
    paragraphHits: (stems, limit) => read((d) => paragraphHits(d, stems, limit)),
    mentionsIn: (paragraphs) => read((d) => mentionsIn(d, paragraphs)),
    articleStems: (seqs) => read((d) => articleStems(d, seqs)),
    wordUses: (words) => read((d) => wordUses(d, words)),
    wordsLike: (first, grams, min, max, shared) => read((d) => wordsLike(d, first, grams, min, max, shared)),
    nameForms: (phrases) => read((d) => nameForms(d, phrases)),
    listHeadlines: (limit) => read((d) => listHeadlines(d, limit)),
    searchHeadlines: (stems, limit) => read((d) => searchHeadlines(d, stems, limit)),
    headlineStems: (stems) => read((d) => headlineStems(d, stems)),
    headlineWords: (first, min, max) => read((d) => headlineWords(d, first, min, max)),
    stories: (limit) => read((d) => latestStories(d, limit)),
    story: (id) => read((d) => storyById(d, id)),
    storiesWithIds: (ids) => read((d) => storiesWithIds(d, ids)),
    storyOf: (articleId) => read((d) => storyOfArticle(d, articleId)),
    storiesOf: (articleIds) => read((d) => storiesOfArticles(d, articleIds)),
    storyHeadingsOf: (articleIds) => read((d) => storyHeadingsOf(d, articleIds)),
    storedSource: (sourcePath) => read((d) => storedSource(d, sourcePath)),
    sourcePaths: () => read(sourcePaths),
    markChecked: (sourcePath) => write((d) => markChecked(d, sourcePath), () => false),
    putArticle: async (analysis, source) => {
      const { putArticle } = await writePath();
      return write((d) => putArticle(d, analysis, source), (r) => r.status !== "unchanged");
    },
    removeArticle: async (sourcePath) => {
      const { removeArticle } = await writePath();
      return write((d) => removeArticle(d, sourcePath), (id) => id !== null);
    },
    feedStates: () => read(feedStates),
    saveFeedState: (state) => write((d) => saveFeedState(d, state), () => false),
    keepFeeds: (urls) => write((d) => keepFeeds(d, urls), () => false),
    queueAnnouncements: (ids) => write((d) => queueAnnouncements(d, ids), () => false),
    pendingAnnouncements: (limit) => read((d) => pendingAnnouncements(d, limit)),
    dropAnnouncements: (ids) => write((d) => dropAnnouncements(d, ids), () => false),
    claimFeed: (url, holder, seconds) => alone((d) => claimFeed(d, url, holder, seconds)),
    releaseFeed: (url, holder) => alone((d) => releaseFeed(d, url, holder)),
    close: async () => {
      await changes.close();
      await pool.end();
    },
  };
}
