// Numbers as news text writes them, read into values: digits with thousands separators and
// decimals ("1,500", "2.5"), spelled-out numbers ("two", "twenty-five", "a dozen"), a scale
// word after either ("3 million", "two billion", "three dozen", "two-dozen"), and the plural of a
// round number that stands for a range ("dozens of" is 24 to 99).

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Readonly<Record<string, number>> = { dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };
/** The values "dozens of", "scores of" … allow: from twice the round number up to the next word's range. */
const PLURAL_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 1_999],
  thousands: [2_000, 19_999],
  millions: [2_000_000, 19_999_999],
};

const SPELLED = [...Object.keys(TENS).map((t) => `${t}(?:-(?:${Object.keys(UNITS).slice(1, 10).join("|")}))?`), ...Object.keys(UNITS), "a dozen", "dozen"].join("|");
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** A number as written, with an optional scale word: the first group is the number, the second the scale. */
export const NUMBER_PATTERN = String.raw`(${DIGITS}|(?:${SPELLED}))(?:(?:\s+|-)(dozen|hundred|thousand|million|billion|trillion))?`;

/** A round number's plural standing for a range, when it counts something ("dozens of arrests"): the group is the plural. */
export const PLURAL_PATTERN = String.raw`(${Object.keys(PLURAL_RANGES).join("|")})(?=\s+of\s)`;

/** The range a plural matched by PLURAL_PATTERN allows ("dozens": 24 to 99). */
export function pluralRange(plural: string): readonly [number, number] | null {
  return PLURAL_RANGES[plural.toLowerCase()] ?? null;
}

/** The value of a number matched by NUMBER_PATTERN (its number and scale groups), or null when it is not one. */
export function numberValue(number: string, scale?: string): number | null {
  const word = number.toLowerCase();
  let value: number | null;
  if (/^\d/u.test(word)) value = Number(word.replace(/,/gu, ""));
  else if (word === "dozen" || word === "a dozen") value = 12;
  else if (word in UNITS) value = UNITS[word] ?? null;
  else {
    const [tens, unit] = word.split("-");
    value = tens && tens in TENS ? (TENS[tens] ?? 0) + (unit ? (UNITS[unit] ?? 0) : 0) : null;
  }
  if (value === null || Number.isNaN(value)) return null;
  return scale ? value * (SCALES[scale.toLowerCase()] ?? 1) : value;
}
