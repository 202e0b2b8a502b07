// The store on SQLite: one file (default data/coverage.db) that any number of bot, ingest and feed
// processes open at once. Reads see every commit as soon as it lands, so a running bot answers
// from articles another process has just ingested; `generation` tells caches when that happened.
import type { Database } from "better-sqlite3";
import type { CoverageStore } from "../coverageStore.ts";
import { openDatabase, storeError } from "./openDatabase.ts";
import { articleCount, latestArticles, listArticles, markChecked, readArticle, searchArticles, sourcePaths, storedSource } from "./articles/readArticles.ts";
import { claimFeed, feedStates, keepFeeds, releaseFeed, saveFeedState } from "./feeds/feedRows.ts";
import { dropAnnouncements, pendingAnnouncements, queueAnnouncements } from "./feeds/announcementQueue.ts";
import { entitiesNamed, firstMention, namesLike, namesWithPrefix, peopleWithFirstName, topEntities } from "./readEntities.ts";
import { headlineStems, headlineWords, listHeadlines, searchHeadlines } from "./readHeadlines.ts";
import { articleStems, candidateParagraphs, mentionsIn, nameForms, paragraphHits, passageTotals, termCounts, wordUses, wordsLike } from "./readPassages.ts";
import { allQuotes, quotesAbout, quotesBy, speakersIn } from "./readQuotes.ts";
import { latestStories, storiesOfArticles, storiesWithIds, storyById, storyHeadingsOf, storyOfArticle } from "./stories/readStories.ts";
import { statement } from "./statement.ts";

/**
 * The article write path (entity merging, story placement and the name lexicons they read), loaded on the first
 * write: a bot that only reads answers its first question without waiting for it.
 */
const writePath = () => import("./articles/writeArticle.ts");

export function openSqliteStore(path: string): CoverageStore {
  const db = openDatabase(path);
  /** Commits by this connection: SQLite's data_version counts only other connections'. */
  let ownWrites = 0;
  const run = <T>(work: (db: Database) => T): Promise<T> => {
    try {
      return Promise.resolve(work(db));
    } catch (error) {
      return Promise.reject(storeError(error, path));
    }
  };
  const generation = (d: Database): number => (statement(d, "PRAGMA data_version").pluck().get() as number) * 1_000_000 + ownWrites;
  /** A read kept until the store next changes (a commit by any process): for figures whose reading grows with the store. */
  const untilChanged = <T>(read: (db: Database) => T): ((db: Database) => T) => {
    let seen: { generation: number; value: T } | undefined;
    return (d) => {
      const now = generation(d);
      if (seen?.generation !== now) seen = { generation: now, value: read(d) };
      return seen.value;
    };
  };
  const countArticles = untilChanged(articleCount);
  const write = <T>(work: (db: Database) => T): Promise<T> =>
    run((d) => {
      const result = work(d);
      ownWrites += 1;
      return result;
    });
  return {
    generation: () => run(generation),
    articleCount: () => run(countArticles),
    listArticles: (limit) => run((d) => listArticles(d, limit)),
    latestArticles: (limit) => run((d) => latestArticles(d, limit)),
    article: (id) => run((d) => readArticle(d, id)),
    searchArticles: (text, limit) => run((d) => searchArticles(d, text, limit)),
    entitiesNamed: (key, limit) => run((d) => entitiesNamed(d, key, limit)),
    peopleWithFirstName: (word, limit) => run((d) => peopleWithFirstName(d, word, limit)),
    namesWithPrefix: (prefix, query) => run((d) => namesWithPrefix(d, prefix, query)),
    namesLike: (key, query) => run((d) => namesLike(d, key, query)),
    topEntities: (query) => run((d) => topEntities(d, query)),
    firstMention: (id) => run((d) => firstMention(d, id)),
    quotesBy: (id, query) => run((d) => quotesBy(d, id, query)),
    quotesAbout: (id, query) => run((d) => quotesAbout(d, id, query)),
    allQuotes: () => run(allQuotes),
    speakersIn: (ids) => run((d) => speakersIn(d, ids)),
    passageTotals: () => run(passageTotals),
    termCounts: (stems) => run((d) => termCounts(d, stems)),
    candidateParagraphs: (stems, limit) => run((d) => candidateParagraphs(d, stems, limit)),
    paragraphHits: (stems, limit) => run((d) => paragraphHits(d, stems, limit)),
    mentionsIn: (paragraphs) => run((d) => mentionsIn(d, paragraphs)),
    articleStems: (seqs) => run((d) => articleStems(d, seqs)),
    wordUses: (words) => run((d) => wordUses(d, words)),
    wordsLike: (first, grams, min, max, shared) => run((d) => wordsLike(d, first, grams, min, max, shared)),
    nameForms: (phrases) => run((d) => nameForms(d, phrases)),
    listHeadlines: (limit) => run((d) => listHeadlines(d, limit)),
    searchHeadlines: (stems, limit) => run((d) => searchHeadlines(d, stems, limit)),
    headlineStems: (stems) => run((d) => headlineStems(d, stems)),
    headlineWords: (first, min, max) => run((d) => headlineWords(d, first, min, max)),
    stories: (limit) => run((d) => latestStories(d, limit)),
    story: (id) => run((d) => storyById(d, id)),
    storiesWithIds: (ids) => run((d) => storiesWithIds(d, ids)),
    storyOf: (articleId) => run((d) => storyOfArticle(d, articleId)),
    storiesOf: (articleIds) => run((d) => storiesOfArticles(d, articleIds)),
    storyHeadingsOf: (articleIds) => run((d) => storyHeadingsOf(d, articleIds)),
    storedSource: (sourcePath) => run((d) => storedSource(d, sourcePath)),
    sourcePaths: () => run(sourcePaths),
    markChecked: (sourcePath) => write((d) => markChecked(d, sourcePath)),
    putArticle: async (analysis, source) => {
      const { putArticle } = await writePath();
      return write((d) => putArticle(d, analysis, source));
    },
    removeArticle: async (sourcePath) => {
      const { removeArticle } = await writePath();
      return write((d) => removeArticle(d, sourcePath));
    },
    feedStates: () => run(feedStates),
    saveFeedState: (state) => write((d) => saveFeedState(d, state)),
    keepFeeds: (urls) => write((d) => keepFeeds(d, urls)),
    queueAnnouncements: (ids) => write((d) => queueAnnouncements(d, ids)),
    pendingAnnouncements: (limit) => run((d) => pendingAnnouncements(d, limit)),
    dropAnnouncements: (ids) => write((d) => dropAnnouncements(d, ids)),
    claimFeed: (url, holder, seconds) => run((d) => claimFeed(d, url, holder, seconds)),
    releaseFeed: (url, holder) => run((d) => releaseFeed(d, url, holder)),
    close: () => run((d) => void d.close()),
  };
}
