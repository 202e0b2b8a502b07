// Page furniture in scraped text: the site's own lines (shared with HTML pages), stray widget
// symbols, wire credits in brackets, and the date stamps that stand alone.
import { isSiteLine } from "../boilerplate/siteLines.ts";
import { hasLetters } from "../html/text.ts";
import { isTimestampLine } from "../html/furniture.ts";
import { endsSentence } from "./shape.ts";

/** The agency's credits closing a wire story: "(Additional reporting by …; Editing by …)", however long. */
const REPORTING_CREDITS = /^\((additional )?(reporting|writing|editing)( by)?\b.*\)$/iu;

/** A date or time standing alone ("Published 7:42 AM GMT, 14 May 2025"); a short sentence with a date in it ("It began on March 4.") is story. */
export function isStamp(line: string): boolean {
  return isTimestampLine(line) && !endsSentence(line);
}

/** True for a line of page furniture. Lines with no letters ("0", "()") or of one or two characters ("x") are widget debris. */
export function isFurnitureLine(line: string): boolean {
  return !hasLetters(line) || line.length <= 2 || REPORTING_CREDITS.test(line) || isSiteLine(line) || isStamp(line);
}

/** A sign-up box or newsletter blurb run into the start of a text: "Sign up to our free … emails", "The X Newsletter Weekly insights …." */
const LEADING_SIGN_UP = /^(?:[^.!?]{0,200}?\bsign up\b[^.!?]{0,100}?\b(?:newsletters?|e-?mails?|alerts)\b\s*)+|^[^.!?]{0,40}\bnewsletter\b[^.!?]*[.!?]\s+/iu;

export function stripLeadingSignUp(text: string): string {
  return text.replace(LEADING_SIGN_UP, "").trim();
}
