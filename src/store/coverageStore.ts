// The store as the rest of the bot sees it: the questions the answers ask ("entities named like
// X", "candidate passages for these stems", "quotes by entity E") and the writes ingest makes, one
// article at a time. Every call is async so that a networked backend fits the same interface.
import type { ArticleAnalysis } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import type { EntityKind } from "../model/entity.ts";
import type { FeedState } from "../model/feedState.ts";
import type { Quote } from "../model/quote.ts";

/** Rows (paragraphs, headlines) holding a search's stems that are ranked at most, the newest: ranking reads each one's postings. */
export const CANDIDATE_WINDOW = 2_000;

/** What a citation needs of an article. */
export type Citable = Pick<Article, "id" | "title" | "outlet" | "url">;

export interface ArticleSummary extends Citable {
  published?: string;
  sourcePath: string;
  paragraphs: number;
  quotes: number;
}

export interface StoredEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description?: string;
  quotes: number;
  mentions: number;
}

/** A name or alias that matched a search, with its entity. */
export interface NameHit {
  entity: StoredEntity;
  /** The matching name, normalised. */
  key: string;
  alias: boolean;
}

export interface NameQuery {
  /** Only entities that are quoted. */
  speakers?: boolean;
  limit: number;
}

export interface StoredQuote {
  quote: Quote;
  speaker: { name: string; description?: string } | null;
  article: Citable;
  /** The same text group as other articles' (wire copy carried by several outlets): their quotes are the same quotes. */
  textGroup?: string;
}

export interface QuoteQuery {
  /** Only quotes from this article (id). */
  article?: string;
  limit: number;
}

export interface FirstMention {
  article: Citable;
  paragraph: number;
  /** The sentence holding the mention. */
  text: string;
}

/** The BM25 statistics of the bodies: document counts and total lengths at sentence and paragraph level. */
export interface PassageTotals {
  sentences: number;
  sentenceLength: number;
  paragraphs: number;
  paragraphLength: number;
}

/** In how many sentences and paragraphs a stem occurs. */
export interface TermCount {
  sentences: number;
  paragraphs: number;
}

export interface CandidateSentence {
  ordinal: number;
  start: number;
  end: number;
  stems: string[];
}

/** A paragraph that holds some of a question's stems, with what ranking reads of it. */
export interface CandidateParagraph {
  /** The paragraph's row: its place in the store. */
  id: number;
  n: number;
  text: string;
  sentences: CandidateSentence[];
  article: Citable & { seq: number };
}

/** A candidate paragraph when only its article and the words it holds matter (story votes). */
export interface ParagraphHit {
  paragraph: number;
  /** Its article's id. */
  article: string;
  /** Which of the stems searched for it holds. */
  held: string[];
}

export interface ParagraphMention {
  paragraph: number;
  entity: string;
  start: number;
  end: number;
}

/** A form naming an entity (its name, an alias, a short description) as normalised words. */
export interface NameForm {
  entity: StoredEntity;
  words: string;
  byDescription: boolean;
}

export interface WordUse {
  word: string;
  uses: number;
}

export interface Headline {
  title: string;
  snippet?: string;
  outlet?: string;
  /** The stored article it was found with (or is, for an article's own title). */
  article: string;
}

/**
 * Articles a story lists at most: its earliest reports, in publication order. A story of hundreds (a long-running
 * event, or the bench's synthetic ones) is read in part, and says how many it holds in all.
 */
export const STORY_LISTED = 20;

/** One event's coverage: the articles grouped as reporting it, in publication order (the first STORY_LISTED of them). */
export interface StoredStory {
  /** Stable: the id of the story's first article, kept while the story lasts. */
  id: string;
  /** The most representative of its headlines. */
  title: string;
  /** First and last publication time (ISO). */
  first: string;
  last: string;
  /** How many articles it holds, listed or not. */
  size: number;
  articles: (Citable & { published?: string })[];
}

/** What names a story where its articles are listed. */
export type StoryHeading = Pick<StoredStory, "id" | "title">;

export type PutStatus = "added" | "updated" | "unchanged";

/** Where an article was filed from. */
export interface ArticleSource {
  /** The source file's path as stored (or the page's URL). */
  path: string;
  /** sha256 of the source's bytes: the same bytes are not filed again. */
  hash: string;
  /** Other addresses the page was reached at (a feed's link, the address before its canonical one), recognised as this article afterwards. */
  alsoAt?: readonly string[];
}

export interface CoverageStore {
  /** Changes whenever any process commits a change to the store: caches keyed by it are never stale. */
  generation(): Promise<number>;

  articleCount(): Promise<number>;
  /** The stored articles in the order they were first ingested, at most `limit`. */
  listArticles(limit: number): Promise<ArticleSummary[]>;
  /** The newest articles first (by publication time; those without one by when they were filed), at most `limit`. */
  latestArticles(limit: number): Promise<ArticleSummary[]>;
  article(id: string): Promise<Article | null>;
  /** Articles whose title, outlet or id has words starting with the words of `text`, best first. */
  searchArticles(text: string, limit: number): Promise<ArticleSummary[]>;

  /** Entities with this normalised name or alias, the most mentioned first (then by standing), at most `limit`. */
  entitiesNamed(key: string, limit: number): Promise<StoredEntity[]>;
  /** People whose normalised name starts with the word `word` and more, best standing first, at most `limit`. */
  peopleWithFirstName(word: string, limit: number): Promise<StoredEntity[]>;
  /** Names and aliases with a word starting with `prefix`, best standing first. */
  namesWithPrefix(prefix: string, query: NameQuery): Promise<NameHit[]>;
  /** Names and aliases sharing most letter trigrams with `key`: the shortlist a fuzzy match is made on. */
  namesLike(key: string, query: NameQuery): Promise<NameHit[]>;
  /** The entities of best standing: most quoted, then most mentioned. */
  topEntities(query: NameQuery): Promise<StoredEntity[]>;
  firstMention(entityId: string): Promise<FirstMention | null>;

  quotesBy(entityId: string, query: QuoteQuery): Promise<StoredQuote[]>;
  quotesAbout(entityId: string, query: QuoteQuery): Promise<StoredQuote[]>;
  allQuotes(): Promise<StoredQuote[]>;
  /** Who the articles quote (with a known speaker), the most quoted first. */
  speakersIn(articleIds: readonly string[]): Promise<{ name: string; quotes: number }[]>;

  passageTotals(): Promise<PassageTotals>;
  termCounts(stems: readonly string[]): Promise<Map<string, TermCount>>;
  /**
   * Paragraphs holding any of `stems`: when there are more than `limit`, the most relevant of the newest
   * CANDIDATE_WINDOW that hold any (so a common word costs the same whatever the store's size).
   */
  candidateParagraphs(stems: readonly string[], limit: number): Promise<CandidateParagraph[]>;
  /** The same paragraphs as candidateParagraphs, in filing order, each as its article and the stems it holds: nothing of its text is read. */
  paragraphHits(stems: readonly string[], limit: number): Promise<ParagraphHit[]>;
  mentionsIn(paragraphs: readonly number[]): Promise<ParagraphMention[]>;
  /** The distinct stems of each article's body, by article seq. */
  articleStems(seqs: readonly number[]): Promise<Map<number, Set<string>>>;
  wordUses(words: readonly string[]): Promise<Map<string, number>>;
  /** Stored words starting with `first`, `minLength` to `maxLength` long, sharing at least `shared` of `grams`. */
  wordsLike(first: string, grams: readonly string[], minLength: number, maxLength: number, shared: number): Promise<WordUse[]>;
  nameForms(phrases: readonly string[]): Promise<NameForm[]>;

  /** Related headlines, then (with several articles) article titles, each title once, at most `limit`. */
  listHeadlines(limit: number): Promise<Headline[]>;
  /** Headlines holding any of `stems`, best first (of the newest CANDIDATE_WINDOW that hold any). */
  searchHeadlines(stems: readonly string[], limit: number): Promise<Headline[]>;
  headlineStems(stems: readonly string[]): Promise<Set<string>>;
  /** Headline words starting with `first`, with their stems. */
  headlineWords(first: string, minLength: number, maxLength: number): Promise<{ word: string; stem: string }[]>;

  /** The stories, latest (by last publication) first, at most `limit`. */
  stories(limit: number): Promise<StoredStory[]>;
  story(id: string): Promise<StoredStory | null>;
  /** The stories with these ids, in the order given; an unknown id is left out. */
  storiesWithIds(ids: readonly string[]): Promise<StoredStory[]>;
  /** The id of the story the article belongs to. */
  storyOf(articleId: string): Promise<string | null>;
  /** The story of each of these articles that is stored, by article id. */
  storiesOf(articleIds: readonly string[]): Promise<Map<string, string>>;
  /** The id and title of the story of each of these articles that is stored, by article id: one read, however many stories. */
  storyHeadingsOf(articleIds: readonly string[]): Promise<Map<string, StoryHeading>>;

  /** The article filed for a source (or reached at that address), with the content hash it was filed with and when it was last filed or found unchanged (ISO), if any. */
  storedSource(sourcePath: string): Promise<{ id: string; hash: string; checkedAt: string } | undefined>;
  /** Notes that the source was fetched again and found unchanged. */
  markChecked(sourcePath: string): Promise<void>;
  sourcePaths(): Promise<string[]>;
  putArticle(analysis: ArticleAnalysis, source: ArticleSource): Promise<{ status: PutStatus; id: string }>;
  /** Takes out the article filed from `sourcePath`: its id, or null when there was none. */
  removeArticle(sourcePath: string): Promise<string | null>;

  /** The followed feeds' state, by URL. */
  feedStates(): Promise<FeedState[]>;
  saveFeedState(state: FeedState): Promise<void>;
  /** Keeps the state of these feeds only (a feed no longer followed is forgotten; a new one is due at once). */
  keepFeeds(urls: readonly string[]): Promise<void>;
  /** Queues articles for the announce channel, after those already queued (an article queued already keeps its place). */
  queueAnnouncements(articleIds: readonly string[]): Promise<void>;
  /** The articles waiting to be announced, oldest first, at most `limit`. */
  pendingAnnouncements(limit: number): Promise<string[]>;
  /** Takes articles off the announcement queue: posted, or never to be. */
  dropAnnouncements(articleIds: readonly string[]): Promise<void>;
  /**
   * Takes the lease on polling a feed for `holder`, for `seconds` (or renews it, when `holder` has it): the
   * feed's state as stored, or null while another holder's lease runs. One statement, so two processes never both take it.
   */
  claimFeed(url: string, holder: string, seconds: number): Promise<FeedState | null>;
  /** Gives the lease up, when `holder` has it, so another process may poll the feed at once. */
  releaseFeed(url: string, holder: string): Promise<void>;
  close(): Promise<void>;
}
