// Numbers as news text writes them, read into values: digits with thousands separators and
// decimals ("1,500", "2.5"), spelled-out numbers ("two", "twenty-five", "a dozen"), and a scale
// word after either ("3 million", "two billion").

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };

const SPELLED = [...Object.keys(TENS).map((t) => `${t}(?:-(?:${Object.keys(UNITS).slice(1, 10).join("|")}))?`), ...Object.keys(UNITS), "a dozen", "dozen"].join("|");
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** A number as written, with an optional scale word: the first group is the number, the second the scale. */
export const NUMBER_PATTERN = String.raw`(${DIGITS}|(?:${SPELLED}))(?:\s+(hundred|thousand|million|billion|trillion))?`;

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
