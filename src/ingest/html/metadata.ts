// The page's own account of itself: title, outlet, byline, publication time and canonical
// URL, from JSON-LD, Open Graph and other meta tags, with Readability's guesses as fallback.
import { jsonLdArticle, jsonLdName, jsonLdUrl, type JsonLdObject } from "./jsonLd.ts";
import { isPlatformName, outletOfHost } from "./siteHost.ts";
import { cleanText, escapeRegExp, sameText } from "./text.ts";

export interface PageMetadata {
  title?: string;
  outlet?: string;
  byline?: string;
  published?: string;
  url?: string;
}

/** What Readability itself found, used when the markup says nothing better. */
export interface ReadabilityGuess {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•]\s+/u;

/** Every <meta> tag's content by its lower-cased property, name or itemprop (the first one wins). */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll("meta[content]")) {
    const content = cleanText(element.getAttribute("content") ?? "");
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = element.getAttribute(attribute)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function firstText(...values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const text = cleanText(value ?? "");
    if (text) return text;
  }
  return undefined;
}

function organisationName(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"@type"\s*:\s*"(?:NewsMediaOrganization|Organization)"[^{}]*?"name"\s*:\s*"([^"]+)"/u.exec(script.textContent ?? "");
    if (match?.[1]) return cleanText(match[1]);
  }
  return undefined;
}

function documentTitle(document: Document): string | undefined {
  return firstText(document.querySelector("head title")?.textContent, document.querySelector("title")?.textContent);
}

/** The last part of "Headline | Section | Outlet": what many pages name themselves by. */
function titleSuffix(title: string | undefined): string | undefined {
  const parts = title?.split(TITLE_SEPARATOR) ?? [];
  return parts.length > 1 ? parts.at(-1) : undefined;
}

/** The title part names `name`: equal to it ("CNN.com" for "CNN") or holding it as whole words. */
function namesIt(part: string, name: string): boolean {
  if (sameText(part, name) || sameText(part.replace(/\.com$/iu, ""), name)) return true;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, "iu").test(part);
}

/** Drops trailing " - Outlet" / " | Byline" parts that name the site or the author, not the story. */
export function stripTitleSuffixes(title: string, names: readonly (string | undefined)[]): string {
  const known = names.filter((n): n is string => Boolean(n));
  let parts = title.split(TITLE_SEPARATOR);
  const separators = title.match(new RegExp(TITLE_SEPARATOR.source, "gu")) ?? [];
  while (parts.length > 1) {
    const last = parts.at(-1) ?? "";
    if (!known.some((name) => namesIt(last, name))) break;
    parts = parts.slice(0, -1);
  }
  return parts.map((part, i) => (i === 0 ? part : `${separators[i - 1] ?? " "}${part}`)).join("");
}

function cleanByline(byline: string | undefined, outlet: string | undefined): string | undefined {
  if (!byline || /^https?:/u.test(byline)) return undefined;
  const text = cleanText(byline.replace(/^by\s+/iu, "").replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, "$1 $2"));
  return text && !(outlet && sameText(text, outlet)) ? text : undefined;
}

/** An ISO time when the value parses to a plausible date, the raw value otherwise. */
export function normalisePublished(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.replace(/^(\d{4}-\d\d-\d\d) (\d)/u, "$1T$2"));
  if (Number.isNaN(time)) return value;
  const year = new Date(time).getUTCFullYear();
  if (year < 1990) return undefined;
  return /^\d{4}-\d\d-\d\d$/u.test(value) ? value : new Date(time).toISOString();
}

function absoluteUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\/\S+$/iu.test(value) ? value : undefined;
}

function fromJsonLd(article: JsonLdObject | null): PageMetadata {
  if (!article) return {};
  const text = (value: unknown): string | undefined => (typeof value === "string" ? cleanText(value) || undefined : undefined);
  return {
    title: text(article.headline) ?? text(article.name),
    outlet: jsonLdName(article.publisher),
    byline: jsonLdName(article.author),
    published: text(article.datePublished),
    url: absoluteUrl(jsonLdUrl(article.url) ?? jsonLdUrl(article.mainEntityOfPage)),
  };
}

/** Reads the metadata; call it before Readability runs, since Readability edits the document. */
export function readMetadata(document: Document): PageMetadata {
  const tags = metaTags(document);
  const meta = (...keys: string[]): string | undefined => keys.map((key) => tags.get(key)).find(Boolean);
  const ld = fromJsonLd(jsonLdArticle(document));
  const pageTitle = documentTitle(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const url = absoluteUrl(canonical) ?? absoluteUrl(meta("og:url", "twitter:url")) ?? ld.url;
  const named = firstText(ld.outlet, meta("application-name"), meta("og:site_name"), organisationName(document), titleSuffix(pageTitle));
  const outlet = named && url && isPlatformName(named, url) ? outletOfHost(url) : named;
  const byline = cleanByline(firstText(ld.byline, meta("author", "article:author", "byl", "sailthru.author")), outlet);
  const rawTitle = firstText(meta("og:title", "twitter:title"), ld.title, meta("title", "headline"), pageTitle);

  const published = normalisePublished(
    firstText(ld.published, meta("article:published_time", "article:published", "datepublished", "pubdate", "publish-date", "date", "dc.date", "sailthru.date")),
  );
  return {
    ...(rawTitle ? { title: stripTitleSuffixes(rawTitle, [outlet, byline, meta("og:site_name")]) } : {}),
    ...(outlet ? { outlet } : {}),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
  };
}

/** Fills what the markup did not state with Readability's own guesses. */
export function withReadabilityGuesses(metadata: PageMetadata, guess: ReadabilityGuess): PageMetadata {
  const outlet = metadata.outlet ?? firstText(guess.siteName);
  const byline = metadata.byline ?? cleanByline(firstText(guess.byline), outlet);
  const title = metadata.title ?? firstText(guess.title);
  const published = metadata.published ?? normalisePublished(firstText(guess.publishedTime));
  return {
    ...metadata,
    ...(title ? { title: stripTitleSuffixes(title, [outlet, byline]) } : {}),
    ...(outlet ? { outlet } : {}),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
  };
}
