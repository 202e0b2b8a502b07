// The held-out sets' first-run and current figures beside the tuned corpus's, one line per measure of
// issue 16: what `npm run eval` prints last, so text nobody tuned on is never reported apart from the
// corpus the rules were tuned on. Figures come from a set total (scored now, or saved in results/).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { share } from "../ask.ts";
import type { HeldoutSet, SetFigures } from "./heldout.ts";

export type SetTotal = SetFigures["total"];

/** A measure of issue 16, how to read it from a set total, and its target. */
interface Measure {
  readonly name: string;
  readonly target: string;
  readonly value: (total: SetTotal) => number | undefined;
  /** A count of failures, printed whole, not a share. */
  readonly count?: true;
}

const MEASURES: readonly Measure[] = [
  { name: "quotes direct/mixed F1", target: "≥ 0.95", value: (t) => t.quotes.f1 },
  { name: "speaker accuracy", target: "≥ 0.95", value: (t) => t.quotes.speakerAccuracy },
  { name: "speakers named inside their quote", target: "= 0", value: (t) => t.quotes.namedInside, count: true },
  { name: "reported speech recall", target: "≥ 0.85", value: (t) => share(t.quotes.reportedFound, t.quotes.reportedGold) },
  { name: "reported speech speaker accuracy", target: "≥ 0.90", value: (t) => share(t.quotes.reportedSpeakerRight, t.quotes.reportedFound) },
  { name: "person precision", target: "≥ 0.95", value: (t) => share(t.people.right, t.people.typed) },
  { name: "/ask hit@1", target: "≥ 0.85", value: (t) => (t.ask.answerable > 0 ? share(t.ask.hit1, t.ask.answerable) : undefined) },
  { name: "/ask hit@3", target: "≥ 0.95", value: (t) => (t.ask.answerable > 0 ? share(t.ask.hit3, t.ask.answerable) : undefined) },
  { name: "/ask \"no answer\" on unanswerable", target: "≥ 0.85", value: (t) => (t.ask.unanswerable > 0 ? share(t.ask.declined, t.ask.unanswerable) : undefined) },
  { name: "extraction F1, lowest article", target: "≥ 0.95", value: (t) => t.extraction?.min },
];

/** One column of the table: a heading and the total it reads (none: the figures do not exist). */
export interface Column {
  readonly heading: string;
  readonly total?: SetTotal;
}

/** The total saved under results/<label>.json, when that run was recorded. */
export function savedTotal(set: Pick<HeldoutSet, "dir">, label: string): SetTotal | undefined {
  const path = join(set.dir, "results", `${label}.json`);
  if (!existsSync(path)) return undefined;
  return (JSON.parse(readFileSync(path, "utf8")) as { total: SetTotal }).total;
}

const cell = (value: number | undefined, width: number, count = false): string =>
  (value === undefined ? "—" : count ? String(value) : value.toFixed(3)).padStart(width);

/** The measures as rows and the columns side by side, with each measure's target last. */
export function formatSideBySide(columns: readonly Column[]): string {
  const width = Math.max(7, ...columns.map((c) => c.heading.length));
  const header = `${"measure".padEnd(34)} ${columns.map((c) => c.heading.padStart(width)).join(" ")}  target`;
  const rows = MEASURES.map((m) => `${m.name.padEnd(34)} ${columns.map((c) => cell(c.total && m.value(c.total), width, m.count)).join(" ")}  ${m.target}`);
  return [header, ...rows].join("\n");
}
