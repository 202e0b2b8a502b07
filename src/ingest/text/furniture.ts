// Page furniture in scraped text: lines that belong to the site, not the story — "Source link",
// visit counters, comment widgets and their stray symbols, share bars, sign-up and copyright lines.
import { hasLetters } from "../html/text.ts";
import { isTimestampLine } from "../html/furniture.ts";
import { endsSentence, wordCount } from "./shape.ts";

/** Furniture lines are short; a long line is prose even when it mentions comments or sign-ups. */
const FURNITURE_MAX_WORDS = 40;

const FURNITURE_LINE = [
  /^source( link)?:?$/iu,
  /^(visited|viewed|read) [\d,]+ times?\b/iu,
  /\b\d+ visits?(\(s\))? today$/iu,
  /\bplease comment\b|^(leave|post|add|view|show|hide|load|join)( a| the| all)? (comments?|reply|discussion|conversation)\b|^[\d,]+ comments?$|^comments?( \(\d+\))?$|^notify of\b|^inline feedbacks?\b/iu,
  /^sign up\b|\bsign up (to|for) (our|my|the)\b.{0,40}\b(newsletters?|e-?mails?|alerts|briefing)\b|^subscribe\b|^get (our|the)\b.*\bnewsletter\b|^enter your e-?mail\b/iu,
  /^[\d,]+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago$/iu,
  /^(advertisement|sponsored( content)?)$|^(story continues below|continue reading|loading( photo)? gallery|click here|follow us)\b/iu,
  /^(©|\(c\) |copyright (©|\d{4}))|\ball rights reserved\b/iu,
  /^(tags|topics|filed under|categories)\s*:/iu,
];

/** Words a share bar is made of: "Share | Facebook | X | Email", "Share this article". */
const SHARE_WORDS = new Set([
  "share", "this", "article", "story", "on", "via", "tweet", "email", "e-mail", "mail", "facebook", "twitter", "x",
  "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "messenger", "flipboard", "copy", "link", "print", "sms",
]);

function isShareBar(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|•·,/]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => w !== "this" && w !== "on");
}

/** The agency's credits closing a wire story: "(Additional reporting by …; Editing by …)", however long. */
const REPORTING_CREDITS = /^\((additional )?(reporting|writing|editing)( by)?\b.*\)$/iu;

/** A date or time standing alone ("Published 7:42 AM GMT, 14 May 2025"); a short sentence with a date in it ("It began on March 4.") is story. */
export function isStamp(line: string): boolean {
  return isTimestampLine(line) && !endsSentence(line);
}

/** True for a line of page furniture. Lines with no letters ("0", "()") or of one or two characters ("x") are widget debris. */
export function isFurnitureLine(line: string): boolean {
  if (!hasLetters(line) || line.length <= 2 || REPORTING_CREDITS.test(line)) return true;
  if (wordCount(line) > FURNITURE_MAX_WORDS) return false;
  return FURNITURE_LINE.some((pattern) => pattern.test(line)) || isShareBar(line) || isStamp(line);
}

/** A sign-up box or newsletter blurb run into the start of a text: "Sign up to our free … emails", "The X Newsletter Weekly insights …." */
const LEADING_SIGN_UP = /^(?:[^.!?]{0,200}?\bsign up\b[^.!?]{0,100}?\b(?:newsletters?|e-?mails?|alerts)\b\s*)+|^[^.!?]{0,40}\bnewsletter\b[^.!?]*[.!?]\s+/iu;

export function stripLeadingSignUp(text: string): string {
  return text.replace(LEADING_SIGN_UP, "").trim();
}
