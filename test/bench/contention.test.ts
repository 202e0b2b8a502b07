// Promise: the readers-while-ingesting figures count each answer in the phase it started in, and
// measure visibility from each commit to each reader's first answer from that article, saying how
// many (commit, reader) pairs never saw it rather than leaving them out silently.
import { describe, expect, it } from "vitest";
import { spreadIn, visibility, type Sample } from "./contention.ts";

describe("reader answers by phase", () => {
  const samples: Sample[] = [
    { command: "quote", at: 100, ms: 2 },
    { command: "quote", at: 150, ms: 4 },
    { command: "ask", at: 199, ms: 50 },
    { command: "quote", at: 200, ms: 9 },
    { command: "ask", at: 250, ms: 80 },
  ];

  it("counts an answer in the phase it started in, even when it ends in the next", () => {
    const idle = spreadIn(samples, { from: 100, to: 200 });
    expect(idle.quote).toEqual({ n: 2, p50: 2, p99: 4 });
    expect(idle.ask).toEqual({ n: 1, p50: 50, p99: 50 });
    expect(idle.all?.n).toBe(3);
  });

  it("gives every command of the phase and all of them together", () => {
    const busy = spreadIn(samples, { from: 200, to: 300 });
    expect(Object.keys(busy).sort()).toEqual(["all", "ask", "quote"]);
    expect(busy.all).toEqual({ n: 2, p50: 9, p99: 80 });
  });
});

describe("visibility of a new article", () => {
  it("measures from each commit to each reader's first answer from that article", () => {
    const seen = visibility(
      [1000, 2000],
      [
        [
          { index: 0, at: 1010 },
          { index: 1, at: 2030 },
        ],
        [
          { index: 1, at: 2100 },
          { index: 0, at: 1020 },
          { index: 0, at: 1500 },
        ],
      ],
    );
    expect(seen).toEqual({ pairs: 4, unseen: 0, p50: 20, max: 100 });
  });

  it("counts a reader that never answered from an article as unseen, not as fast", () => {
    const seen = visibility([1000, 2000], [[{ index: 0, at: 1005 }], []]);
    expect(seen).toMatchObject({ pairs: 4, unseen: 3, p50: 5, max: 5 });
  });

  it("counts an answer seen before the commit call returned as immediate", () => {
    expect(visibility([1000], [[{ index: 0, at: 999 }]]).max).toBe(0);
  });
});
