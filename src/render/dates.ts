// A publication time as people read it: "13 Jan 2017" in a terminal, and in Discord a timestamp that
// each member's client shows in their own language and time zone. A time that cannot be read is shown
// as the article gave it.
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** ISO 8601 as pages give it: a date, or a date and time with an optional zone. JavaScript's own parser would read "spring 2024" as 1 January. */
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

const parsed = (iso: string): Date | null => {
  const date = ISO.test(iso.trim()) ? new Date(iso.trim()) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
};

export function humanDate(iso: string): string {
  const date = parsed(iso);
  return date ? DAY.format(date) : iso;
}

/** Discord's `<t:…:D>` markup (a long date in the reader's locale), or null when the time cannot be read. */
export function discordDate(iso: string): string | null {
  const date = parsed(iso);
  return date ? `<t:${Math.floor(date.getTime() / 1000)}:D>` : null;
}
