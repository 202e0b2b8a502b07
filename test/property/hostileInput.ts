// What a hostile or careless user can type: Unicode of every kind, Discord markdown and mentions,
// zero-width and right-to-left marks, lone surrogates, empty and blank text, walls of 10,000+ characters.
import fc from "fast-check";

/** Markdown whose raw form must never survive into a reply (each is unique to these tests). */
export const MARKERS = ["**zq1**", "||zq2||", "~~zq3~~", "__zq4__", "`zq5`", "[zq6](https://evil.example)"] as const;

const MENTIONS = ["@everyone", "@here", "<@123>", "<@!123>", "<@&123>", "<#1>", "@\u200beveryone", "＠everyone", "<@\u200b123>"];
const ODD = ["", " ", "\t", "\n", "\r\n", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u061c", "\u200f", "\u0000", "\u001b[31m"];
const MARKDOWN = ["*", "_", "~", "|", "`", "```", "> ", ">>> ", "# ", "-# ", "- ", "1. ", "\\", "[", "](", ")", "<", ">", ":", "/", "<t:0:R>", "</quote:1>", ":smile:"];
const WORDS = ["Putin", "Peskov", "Trump", "Zelenskyy", "Kremlin", "the", "said", "call", "Ukraine", "who", "?", "\u041f\u0443\u0442\u0438\u043d", "\u0628\u0648\u062a\u064a\u0646", "\u666e\u4eac", "🇺🇦", "👨‍👩‍👧"];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const piece = fc.oneof(
  fc.constantFrom(...MARKERS, ...MENTIONS, ...ODD, ...MARKDOWN, ...WORDS),
  loneSurrogate,
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...ODD, ...MARKDOWN), maxLength: 12 }),
);

/** A short hostile string: pieces glued together, spaces or not. */
export const shortHostile = fc
  .tuple(fc.array(piece, { maxLength: 10 }), fc.constantFrom("", " ", "\n"))
  .map(([parts, glue]) => parts.join(glue));

/** A wall of text past 10,000 characters, made of one hostile string repeated. */
export const longHostile = fc
  .tuple(shortHostile, fc.integer({ min: 10_000, max: 40_000 }))
  .map(([seed, length]) => (seed || "@everyone ").repeat(Math.ceil(length / Math.max(1, (seed || "@everyone ").length))).slice(0, length));

/** Anything a user might put in a text option: usually short, sometimes a wall, sometimes blank. */
export const hostileText = fc.oneof(
  { weight: 6, arbitrary: shortHostile },
  { weight: 1, arbitrary: longHostile },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "   \n\t ", "\u200b\u200b", "\u202e") },
);
