// A store file whose packed numbers were damaged (hand-edited, cut short, overwritten) is either
// refused with one line naming the part, or, where an index was damaged, loaded with that index
// rebuilt: loading never throws, and a store that loads answers every command.
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { ingestSources } from "../../src/ingest/ingestSources.ts";
import { indexStore } from "../../src/store/corpus.ts";
import { loadStore, writeStoreAtomically } from "../../src/store/storeFile.ts";

type Json = Record<string, Record<string, unknown>>;

/** Every packed-number field of the store file, as [part, field]. */
const PACKED_FIELDS: [string, string][] = [
  ["bodies", "articleParagraphs"],
  ["bodies", "paragraphEnds"],
  ["bodies", "paragraphSentences"],
  ["bodies", "sentenceSpans"],
  ["bodies", "sentenceScores"],
  ["entities", "kinds"],
  ["entities", "entityMentions"],
  ["entities", "mentions"],
  ["quotes", "quotes"],
  ["quotes", "quoteAbout"],
  ["quotes", "about"],
  ["nameForms", "formStarts"],
  ["nameForms", "formWords"],
  ["nameForms", "formEntity"],
  ["headlineIndex", "starts"],
  ["headlineIndex", "ids"],
  ["entityNames", "ranked"],
  ["entityNames", "aliasRanks"],
];

let original: string;
const dir = mkdtempSync(join(tmpdir(), "damaged-store-"));

beforeAll(async () => {
  const path = join(dir, "store.json");
  await writeStoreAtomically(path, ingestSources(["data/sources"], null).store);
  original = readFileSync(path, "latin1");
});

/** Overwrites the little-endian Int32s of a packed field from `at` with `values`, or cuts the field to `cut` bytes. */
function damaged(part: string, field: string, at: number, values: number[], cut: number | null): string {
  const file = JSON.parse(original) as Json;
  const bytes = Buffer.from(String(file[part]?.[field] ?? ""), "base64");
  values.forEach((value, k) => {
    const offset = (at + k) * 4;
    if (offset + 4 <= bytes.length) bytes.writeInt32LE(value, offset);
  });
  const target = file[part];
  if (target) target[field] = (cut === null ? bytes : bytes.subarray(0, cut)).toString("base64");
  const path = join(dir, "damaged.json");
  writeFileSync(path, JSON.stringify(file));
  return path;
}

const ASKED: Record<string, Record<string, string>> = {
  quote: { who: "Peskov" },
  who: { name: "Putin" },
  ask: { question: "How long was the call?" },
  summary: {},
  related: { topic: "Ukraine" },
  sources: {},
};

describe("a damaged store file", () => {
  it("is refused with one line naming what to do, or loads and answers every command", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PACKED_FIELDS),
        fc.nat({ max: 400 }),
        fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer(), fc.nat({ max: 5000 })), { minLength: 1, maxLength: 4 }),
        fc.option(fc.nat({ max: 2000 }), { freq: 4 }),
        ([part, field], at, values, cut) => {
          const loaded = loadStore(damaged(part, field, at, values, cut));
          if (!loaded.ok) {
            expect(loaded.message).not.toContain("\n");
            expect(loaded.message).toContain("npm run ingest");
            return;
          }
          const corpus = indexStore(loaded.store, loaded.indexes);
          for (const command of commands) {
            const options = ASKED[command.definition.name];
            if (options) command.toDiscord(command.answer(corpus, options), { command: command.definition.name, page: 0, args: Object.values(options) });
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
