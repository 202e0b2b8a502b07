import { describe, expect, it } from "vitest";
import { scanWordForms, wordForms, type WordForms } from "../../src/nlp/wordForms.ts";

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function formIds(table: WordForms, text: string, start = 0, end = text.length): number[] {
  const out = new Int32Array(Math.ceil((end - start + 1) / 2) + 1).fill(-1);
  const count = scanWordForms(table, text, start, end, out, 1);
  expect(out[0]).toBe(-1);
  return [...out.subarray(1, count)];
}

function scanned(text: string, start = 0, end = text.length): string[] {
  const table = wordForms();
  return formIds(table, text, start, end).map((form) => table.forms[form] ?? "");
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = ["a", "Z", "é", "Māori", "7", "²", "½", "'", "’", "’s", "'t", " ", "-", ".", "\u0301", "𝐀", "😀", "\ud800", "\udc00", "名", "٣", "don't", "x’y’z", "''", "’9"];

describe("word forms", () => {
  it("finds the words the WORD pattern finds", () => {
    const text = "Putin’s acceptance of a halt: don't 2-hour ’s x'9 rock’n’roll Māori 𝐀𝐁 ½ 名字";
    expect(scanned(text)).toEqual(text.match(WORD));
  });

  it("agrees with the pattern on random text and on any span of it", () => {
    const rand = random(7);
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 20) }, () => PIECES[Math.floor(rand() * PIECES.length)]).join("");
      const start = Math.floor(rand() * text.length);
      const end = start + Math.floor(rand() * (text.length - start + 1));
      expect(scanned(text)).toEqual(text.match(WORD) ?? []);
      expect(scanned(text, start, end)).toEqual(text.slice(start, end).match(WORD) ?? []);
    }
  });

  it("gives one id per distinct form, across texts and as the table grows", () => {
    const table = wordForms();
    const ids = new Map<string, number>();
    const seen: number[] = [];
    for (let n = 0; n < 5000; n++) {
      const text = `w${n % 3000} shared w${n % 3000}`;
      for (const form of formIds(table, text)) {
        const word = table.forms[form] ?? "";
        if ((ids.get(word) ?? form) !== form) seen.push(form);
        ids.set(word, form);
      }
    }
    expect(seen).toEqual([]);
    expect(table.forms.length).toBe(3001);
  });
});
