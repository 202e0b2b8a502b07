// Weekdays as news text uses them for dates ("the council voted Tuesday", "early Sunday", "Sunday’s
// massacre"), read into the calendar date they stand for, counted back from the article's publication
// (forward after "next"), so "Tuesday" in a story published Wednesday 13 November is 12 November and
// can be compared with another outlet's "Nov. 12". Left out: the day something was said ("said
// Tuesday", "told reporters on Friday"), a weekday in a name ("Fox News Sunday", "Super Tuesday"),
// and one followed by its date ("Sunday, June 12"), which is read as that date.
import { STOPWORDS } from "../tokens.ts";

export interface WeekdayDate {
  /** [start, end) of the weekday (with "next" or "last" before it) in the sentence. */
  start: number;
  end: number;
  /** Month × 100 + day, as dates written out are valued. */
  value: number;
}

const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = /\b(?:(next|last)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gu;
const DATE_FOLLOWS = /^,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;
const SPEECH = /\b(?:said|says|say|told|tells|announced|announces|tweeted|wrote|writes|stated|added|speaking|spoke|argued|insisted|noted|explained|declared|confirmed|reported|statement|interview)\b[^,.;:!?]{0,30}$/iu;
const NAME_BEFORE = /([\p{Lu}][\p{L}.]*)\s+$/u;
const DAY_MS = 86_400_000;

/** The weekdays in `sentence` that date something, as of an article published at `published` (ISO 8601). */
export function weekdayDates(sentence: string, published: string | undefined): WeekdayDate[] {
  const issued = published ? new Date(published) : null;
  if (!issued || Number.isNaN(issued.getTime())) return [];
  const found: WeekdayDate[] = [];
  for (const match of sentence.matchAll(WEEKDAY)) {
    const [whole, direction, day] = match;
    const before = sentence.slice(0, match.index);
    const end = match.index + whole.length;
    const name = NAME_BEFORE.exec(before)?.[1];
    if (SPEECH.test(before) || DATE_FOLLOWS.test(sentence.slice(end)) || (!direction && name && !STOPWORDS.has(name.toLowerCase()) && !/^(?:early|late)$/iu.test(name))) continue;
    const wanted = DAYS.indexOf((day ?? "").toLowerCase());
    const today = issued.getUTCDay();
    const shift = direction === "next" ? ((wanted - today + 7) % 7 || 7) : -((today - wanted + 7) % 7 || (direction === "last" ? 7 : 0));
    const date = new Date(issued.getTime() + shift * DAY_MS);
    found.push({ start: match.index, end, value: (date.getUTCMonth() + 1) * 100 + date.getUTCDate() });
  }
  return found;
}
