// Text from articles and users made harmless to show, in Discord and in a terminal: escape sequences
// and other control characters taken out (they would recolour, move or rewrite the operator's terminal),
// and so are the bidi embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069), so no
// text can reverse what is shown after it. Tabs and line breaks stay.
import { stripVTControlCharacters } from "node:util";

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/gu;

export const inertText = (text: string): string => stripVTControlCharacters(text).replace(CONTROL, "").replace(BIDI_CONTROL, "");

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSEEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** A name (a file path) with every control, line break and bidi character written as a visible `\u{…}` escape. */
export const visibleName = (name: string): string => name.replace(UNSEEN, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);

/** JSON for a terminal: the same value, with the characters JSON leaves raw (DEL, C1 controls, bidi controls) written as \u escapes. */
export const terminalJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
