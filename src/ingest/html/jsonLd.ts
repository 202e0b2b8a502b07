// The article object of a page's JSON-LD (schema.org NewsArticle and kin), if any:
// scripts may hold one object, an array, or an @graph, and some are malformed.
export type JsonLdObject = Record<string, unknown>;

const ARTICLE_TYPE = /Article|Posting|Report|WebPage/u;

function objectsIn(value: unknown): JsonLdObject[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (typeof value !== "object" || value === null) return [];
  const object = value as JsonLdObject;
  return [object, ...objectsIn(object["@graph"])];
}

function typeOf(object: JsonLdObject): string {
  const type = object["@type"];
  return Array.isArray(type) ? type.join(" ") : typeof type === "string" ? type : "";
}

/** The most article-like JSON-LD object on the page (NewsArticle before WebPage). */
export function jsonLdArticle(document: Document): JsonLdObject | null {
  const objects: JsonLdObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      objects.push(...objectsIn(JSON.parse((script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/gu, ""))));
    } catch {
      continue;
    }
  }
  const articles = objects.filter((o) => ARTICLE_TYPE.test(typeOf(o)));
  return articles.find((o) => /Article/u.test(typeOf(o))) ?? articles[0] ?? null;
}

/** A name from a JSON-LD value: a string, {name}, or a list of them joined. */
export function jsonLdName(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const names = value.map(jsonLdName).filter((n): n is string => Boolean(n));
    return names.length > 0 ? names.join(", ") : undefined;
  }
  if (typeof value === "object" && value !== null) return jsonLdName((value as JsonLdObject).name);
  return undefined;
}

/** A URL from a JSON-LD value: a string or {@id} / {url}. */
export function jsonLdUrl(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const object = value as JsonLdObject;
    return jsonLdUrl(object["@id"]) ?? jsonLdUrl(object.url);
  }
  return undefined;
}
