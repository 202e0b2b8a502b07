// Each feed format's fields (as feedsmith parses them) mapped onto one Feed: the item's page link
// made absolute against the feed's own address, its title, publication time and first author.
import type { AnyFeed } from "feedsmith";
import { normalisePublished } from "../html/metadata.ts";
import type { Feed, FeedItem } from "./feed.ts";
import { authorName, feedText } from "./feedText.ts";

interface RawItem {
  link: string | undefined;
  title: string | undefined;
  date: string | undefined;
  updated?: string | undefined;
  author: string | undefined;
}

function absolute(link: string | undefined, base: string): string | undefined {
  if (!link?.trim()) return undefined;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function rawItems(parsed: AnyFeed): { title: string | undefined; items: RawItem[] } {
  switch (parsed.format) {
    case "rss":
      return {
        title: parsed.feed.title,
        items: (parsed.feed.items ?? []).map((item) => ({
          link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
          title: item.title,
          date: item.pubDate ?? item.dc?.dates?.[0],
          author: item.dc?.creators?.[0] ?? item.authors?.[0]?.name,
        })),
      };
    case "rdf":
      return {
        title: parsed.feed.title,
        items: (parsed.feed.items ?? []).map((item) => ({ link: item.link, title: item.title, date: item.dc?.dates?.[0], author: item.dc?.creators?.[0] })),
      };
    case "atom":
      return {
        title: parsed.feed.title?.value,
        items: (parsed.feed.entries ?? []).map((entry) => ({
          link: (entry.links?.find((l) => !l.rel || l.rel === "alternate") ?? entry.links?.[0])?.href,
          title: entry.title?.value,
          date: entry.published ?? entry.updated,
          updated: entry.updated,
          author: (entry.authors ?? parsed.feed.authors)?.[0]?.name,
        })),
      };
    case "json":
      return {
        title: parsed.feed.title,
        items: (parsed.feed.items ?? []).map((item) => ({
          link: item.url ?? item.external_url,
          title: item.title,
          date: item.date_published ?? item.date_modified,
          updated: item.date_modified,
          author: (item.authors ?? parsed.feed.authors)?.[0]?.name,
        })),
      };
  }
}

/** The feed with its items' links absolute (items without a web link dropped, each page once). */
export function feedOf(parsed: AnyFeed, base: string): Feed {
  const { title, items } = rawItems(parsed);
  const seen = new Set<string>();
  const mapped: FeedItem[] = [];
  for (const item of items) {
    const link = absolute(item.link, base);
    if (!link || seen.has(link)) continue;
    seen.add(link);
    const itemTitle = feedText(item.title);
    const published = normalisePublished(item.date?.trim());
    const author = authorName(item.author);
    const updated = normalisePublished(item.updated?.trim());
    mapped.push({ link, ...(itemTitle ? { title: itemTitle } : {}), ...(published ? { published } : {}), ...(updated ? { updated } : {}), ...(author ? { author } : {}) });
  }
  const feedTitle = feedText(title);
  return { ...(feedTitle ? { title: feedTitle } : {}), items: mapped };
}
