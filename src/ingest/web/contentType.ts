// A response's Content-Type: its media type and charset, and whether it may hold a web page or a feed
// at all (decided before the body is read, so an image or a video is never downloaded).
export interface ContentType {
  /** Lower-cased, without parameters; empty when the server sent none. */
  readonly mediaType: string;
  readonly charset?: string;
}

export function parseContentType(header: string | null): ContentType {
  const [type = "", ...parameters] = (header ?? "").split(";");
  const charset = parameters
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/iu.exec(p)?.[1])
    .find((value) => value !== undefined);
  return { mediaType: type.trim().toLowerCase(), ...(charset ? { charset: charset.toLowerCase() } : {}) };
}

export const isHtmlType = (type: ContentType): boolean => type.mediaType === "text/html" || type.mediaType === "application/xhtml+xml";

/** HTML, XML and JSON (feeds come as any of these), plain text (some servers send feeds so), or none stated. */
export function mayBePageOrFeed(type: ContentType): boolean {
  const media = type.mediaType;
  return media === "" || isHtmlType(type) || media === "text/plain" || /^(?:text|application)\/(?:[\w.+-]+\+)?(?:xml|json)$/u.test(media);
}
