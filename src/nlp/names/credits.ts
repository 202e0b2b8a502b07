// Credit lines left in an article's text: photo and video credits ("Photo: Jane Doe/AP", "(AP
// Photo/Jane Doe)", "Jane Doe/Getty Images", "© Jane Doe"), bylines and contributor lines ("By Jane
// Doe", "Reporting by Jane Doe; Editing by John Roe", "Contributing: …", "Jane Doe contributed to
// this report") and a paper's reference ("More information: Jane Doe et al. …"). The names in them
// made the page or the paper, they are not what it is about.

export interface CreditSpan {
  start: number;
  end: number;
}

/**
 * A paragraph that is a credit, a byline or a paper's reference from its first word: "Photo: …", "Contributing: …", "By Jane Doe
 * and John Roe, Reuters", "More information: Jane Doe et al. …".
 */
const CREDIT_PARAGRAPH = /^\s*(?:(?:Photo(?:graph)?s?|Images?|Pictures?|Videos?|Illustrations?|Graphics?|Credits?|Contributing(?: to this (?:report|story))?|Contributors?|More information|Journal information|References?|Citation)\s*(?:by\s+|credit\s*)?[:—–|]|(?:Photo(?:graph)?s?|Video|Illustration|Graphics?)\s+by\s|By\s+\p{Lu}[^.!?"“”]{0,80}$)/u;
/** A bracketed credit: "(AP Photo/Jane Doe)", "(Photo by Jane Doe)", "(Jane Doe/Reuters)". */
const BRACKETED = /\((?=[^()]{0,120}(?:\b(?:Photos?|Images?|Video|Credit|Illustration)\b|\p{L}\s*\/\s*\p{Lu}))[^()]{1,120}\)/gu;
/** "Reporting by Jane Doe; Editing by John Roe": a credit from its label to the next semicolon or full stop. */
const ROLE_BY = /(?:(?<=^|[;.(]\s*)|\b(?=[Aa]dditional\s))(?:(?:[Aa]dditional|[Cc]ontributing)\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|Photos?|Photography|Video|Graphics?|Illustrations?)\s+by\s+[^;.()]*/gu;
/** "… in Ohio. Jane Doe/Getty Images": capitalised words either side of a slash ending the paragraph ("the Fox News/Washington Examiner debate" is prose). */
const SLASHED = /(?:\p{Lu}(?:[\p{L}'’-]*|\.)\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:via\s+)?\p{Lu}[\p{L}.'’-]*){0,3})+\s*$/gu;
/** A slashed credit ends its paragraph, so only this much of the paragraph's end is read (a long run of "A/B/C" costs nothing). */
const SLASHED_REACH = 200;
/** "© Jane Doe", "Copyright Jane Doe". */
const COPYRIGHT = /(?:©|\bCopyright\b)\s*(?:\d{4}\s*)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}/gu;
/** "… Tom Hill in Paris contributed to this report.": the sentence up to the verb names the contributors. */
const CONTRIBUTED = /(?:^|[.!?]\s+)([^.!?]{1,200}?)\s+contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting|additional\s+reporting)/gu;

const spansOf = (text: string, re: RegExp, group = 0): CreditSpan[] =>
  [...text.matchAll(re)].map((m) => {
    const part = m[group] ?? "";
    const start = (m.index ?? 0) + m[0].indexOf(part);
    return { start, end: start + part.length };
  });

/** The credit spans of one paragraph. */
export function creditSpans(text: string): CreditSpan[] {
  if (CREDIT_PARAGRAPH.test(text)) return [{ start: 0, end: text.length }];
  const tail = Math.max(0, text.length - SLASHED_REACH);
  const slashed = spansOf(text.slice(tail), SLASHED).map((c) => ({ start: c.start + tail, end: c.end + tail }));
  return [...spansOf(text, BRACKETED), ...spansOf(text, ROLE_BY), ...slashed, ...spansOf(text, COPYRIGHT), ...spansOf(text, CONTRIBUTED, 1)];
}

/** Whether [start, end) lies within one of the spans. */
export const inCredit = (spans: readonly CreditSpan[], start: number, end: number): boolean => spans.some((s) => start >= s.start && end <= s.end);
