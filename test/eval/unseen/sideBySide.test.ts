// The table `npm run eval` ends with: a held-out set's recorded first run stands as saved beside the
// tuned corpus and the current run, and a run that does not exist shows as dashes, never as zeros.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatSideBySide, savedTotal } from "./sideBySide.ts";

const SET_3 = { dir: fileURLToPath(new URL("../heldout-3/", import.meta.url)) };

const rowOf = (table: string, measure: string): string[] => {
  const line = table.split("\n").find((l) => l.startsWith(measure));
  if (!line) throw new Error(`no row ${measure} in\n${table}`);
  return line.slice(34).trim().split(/\s+/u);
};

describe("the held-out figures beside the tuned corpus", () => {
  it("shows set 3's first run as it was recorded (speakers 0.908, /ask hit@1 0.393, 0 names inside quotes)", () => {
    const first = savedTotal(SET_3, "first-run");
    expect(first).toBeDefined();
    const table = formatSideBySide([{ heading: "set 3 first", ...(first ? { total: first } : {}) }]);
    expect(rowOf(table, "speaker accuracy")).toEqual(["0.908", "≥", "0.95"]);
    expect(rowOf(table, "/ask hit@1")).toEqual(["0.393", "≥", "0.85"]);
    expect(rowOf(table, "speakers named inside their quote")).toEqual(["0", "=", "0"]);
  });

  it("shows a run that was never recorded as dashes in every row", () => {
    expect(savedTotal(SET_3, "no-such-run")).toBeUndefined();
    const table = formatSideBySide([{ heading: "set 3 later" }]);
    expect(table.split("\n").slice(1).every((line) => line.slice(34).trim().startsWith("—"))).toBe(true);
  });
});
