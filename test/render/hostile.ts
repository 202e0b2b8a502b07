// fast-check arbitraries for text a hostile user or a scraped page might produce: markdown,
// mentions, zero-width and right-to-left marks, lone surrogates, huge words and walls of text.
import fc from "fast-check";

const fragments = [
  "@everyone",
  "@here",
  "<@&123456789012345678>",
  "<@!123456789012345678>",
  "<#123456789012345678>",
  "**bold**",
  "__under__",
  "~~gone~~",
  "||spoiler||",
  "```js\ncode```",
  "`tick`",
  "[link](https://evil.example)",
  "> quoted",
  "# heading",
  "- item",
  "1. item",
  "\\",
  "|",
  "\u200b",
  "\u202e",
  "\ud800",
  "\udfff",
  "\n\n",
  "   ",
  "",
];

const fragment = fc.oneof(
  fc.constantFrom(...fragments),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.nat({ max: 6000 }).map((n) => "x".repeat(n)),
);

/** Hostile text: fragments joined by spaces or not at all, from empty to several thousand characters. */
export const hostileText = fc
  .tuple(fc.array(fragment, { maxLength: 12 }), fc.constantFrom(" ", "", "\n"))
  .map(([parts, glue]) => parts.join(glue));

/** Discord would let a mention form from these (before zero-width spaces are inserted). */
export const RAW_MENTION = /@(everyone|here)|<@[!&]?\d|<#\d/u;
