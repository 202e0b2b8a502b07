import { describe, expect, it } from "vitest";
import { answerSummary } from "../../src/answer/summary/answerSummary.ts";
import { briefPoints, summaryOf as summarise } from "../../src/answer/summary/summary.ts";
import type { Candidate } from "../../src/answer/summary/summaryPoints.ts";
import type { SummaryResult } from "../../src/answer/contract.ts";
import { needsPrevious, nearDuplicate, quotation } from "../../src/nlp/summary/summaryRules.ts";
import { storeOf } from "../support/stores.ts";
import { buildTestArticle, seedArticle } from "./summaryArticles.ts";

const seed = seedArticle();
const summary = (length: "brief" | "full"): SummaryResult => summarise(seed, length);

const brief = summary("brief");
const full = summary("full");

describe("/summary brief on the seed", () => {
  const text = brief.points.map((p) => p.text).join("\n");

  it("has 3 to 5 points", () => {
    expect(brief.points.length).toBeGreaterThanOrEqual(3);
    expect(brief.points.length).toBeLessThanOrEqual(5);
  });

  it("covers the call, its length and topics", () => {
    expect(text).toMatch(/two-hour chat/u);
    expect(text).toMatch(/range of topics|global issues/u);
  });

  it("covers the energy-strike halt and the ceasefire conditions", () => {
    expect(text).toMatch(/halt on strikes on energy/u);
    expect(text).toMatch(/arms supplies/u);
  });

  it("covers the reactions from the Kremlin, Kyiv and analysts", () => {
    expect(text).toMatch(/Peskov/u);
    expect(text).toMatch(/Zelenskyy/u);
    expect(text).toMatch(/Gould-Davies|Stanovaya|Lukyanov/u);
  });
});

describe.each([
  ["brief", brief],
  ["full", full],
])("the rules every %s point keeps", (_, result) => {
  it("is one or two sentences of the cited paragraph, cited", () => {
    for (const point of result.points) {
      const [n] = point.paragraphs;
      const paragraph = seed.paragraphs.find((p) => p.n === n);
      expect(paragraph?.text).toContain(point.text);
      const sentences = paragraph?.sentences.filter(([s, e]) => point.text.includes(paragraph.text.slice(s, e).trim())) ?? [];
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(point.cite).toMatch(new RegExp(`¶${n}$`, "u"));
    }
  });

  it("keeps the article's order", () => {
    const order = result.points.map((p) => p.paragraphs[0] ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("never opens with a dangling pronoun or connective", () => {
    for (const point of result.points) expect(needsPrevious(point.text), point.text).toBe(false);
  });

  it("never leaves a quotation open, nor closes one it did not open", () => {
    for (const point of result.points) expect(quotation(point.text), point.text).toBe("balanced");
  });

  it("never repeats another point", () => {
    result.points.forEach((a, i) => result.points.slice(i + 1).forEach((b) => expect(nearDuplicate(a.text, b.text), `${a.text} / ${b.text}`).toBe(false)));
  });

  it("never shows a caption or a related headline", () => {
    for (const point of result.points) {
      expect(point.text).not.toMatch(/In this photo|Canada proposes|Lee Jae-myung/u);
    }
  });
});

describe("/summary full", () => {
  it("adds the key point of every section to the brief points", () => {
    for (const point of brief.points) expect(full.points).toContainEqual(point);
    seed.sections.forEach((section) => {
      expect(full.points.some((p) => section.paragraphs.includes(p.paragraphs[0] ?? 0)), section.heading ?? "lead").toBe(true);
    });
  });
});

describe("/summary article option", () => {
  it("may be left out: the only or the latest story is summarised, never an error", async () => {
    expect("points" in (await answerSummary(await storeOf([seed]), {}))).toBe(true);
    const two = await storeOf([seed, { ...seed, id: "another", title: "Another article", sourcePath: "another" }]);
    expect(await answerSummary(two, {})).toHaveProperty("points");
    expect(await answerSummary(two, { article: "the-trump-putin-phone-call" })).toHaveProperty("article", seed.id);
  });
});

describe("/summary on text that mixes in captions and kickers", () => {
  it("never makes a point of a labelled caption or an inserted aside, drops the dateline, and reads a dangler after the sentence it leans on", () => {
    const article = buildTestArticle("wmd", "Congressional panel: WMD terror attack likely within five years", [
      {
        paragraphs: [
          "WASHINGTON (CNN) -- Terrorists are likely to use a weapon of mass destruction somewhere in the world in the next five years, a blue-ribbon panel assembled by Congress has concluded. Police watch over travelers at New York's Grand Central Terminal before Thanksgiving. They are more likely to use a biological weapon than a nuclear one, the chairman of the commission told CNN.",
          "Pushing back: Iraqi Shiite tribesmen are joining state-run security forces in the fight against Jihadist militants, the ambassador says.",
          "The U.S. government needs to move more aggressively to limit the spread of biological weapons, the commission said in its report.",
        ],
      },
    ]);
    const result = summarise(article, "full");
    const text = result.points.map((p) => p.text).join("\n");
    expect(text).not.toMatch(/Pushing back:/u);
    expect(text).not.toMatch(/Police watch over travelers/u);
    expect(result.points[0]?.text).toMatch(/^Terrorists are likely/u);
    for (const point of result.points) {
      for (const part of point.text.split(" … ")) expect(article.paragraphs.some((p) => p.text.includes(part))).toBe(true);
    }
  });
});

function summaryOf(paragraphs: string[], length: "brief" | "full" = "brief"): string[] {
  const article = buildTestArticle("commission", "Congressional panel: WMD terror attack likely within five years", [{ paragraphs }]);
  const result = summarise(article, length);
  for (const point of result.points) {
    for (const part of point.text.split(" … ")) expect(article.paragraphs.some((p) => p.text.includes(part)), part).toBe(true);
  }
  return result.points.map((p) => p.text);
}

describe("/summary on quotations that run over several sentences", () => {
  const paragraphs = [
    "Terrorists are likely to use a weapon of mass destruction somewhere in the world in the next five years, a panel assembled by Congress has concluded.",
    '"The consequences of a biological attack are almost beyond comprehension. It would be 9/11 times 10 or a hundred in terms of the number of people who would be killed," former Sen. Bob Graham said.',
    'Biological weapons "are more available," the commission said. "Anthrax is a natural product of dead animals. Other serious pathogens are available in equally accessible forms."',
    "Terrorist organizations are intent on acquiring nuclear weapons, said the report, which was published Tuesday on the Internet.",
  ];

  it("shows a quotation whole, with its speaker, or not at all", () => {
    const points = summaryOf(paragraphs, "full");
    for (const point of points) expect(quotation(point), point).toBe("balanced");
    expect(points).not.toContain('"The consequences of a biological attack are almost beyond comprehension.');
    expect(points.some((p) => p.endsWith("former Sen. Bob Graham said."))).toBe(
      points.some((p) => p.startsWith('"The consequences of a biological attack')),
    );
  });
});

describe("/summary asides and links", () => {
  it("keeps the sentence that names a speaker before a 'he said' that leans on it", () => {
    const points = summaryOf([
      "Terrorists are likely to use a weapon of mass destruction somewhere in the world in the next five years, a panel assembled by Congress has concluded.",
      'The U.S. government "needs to move more aggressively to limit" the spread of biological weapons, the commission said in its report. Graham warned that such measures would be costly, but were necessary. "The leadership of this country will have to decide how much of a priority they place on avoiding the worst weapons in the world," he said.',
    ], "full");
    for (const point of points) expect(point, point).not.toMatch(/in its report\. … "The leadership/u);
  });

  it("never makes a point of a link line", () => {
    const points = summaryOf([
      "Terrorists are likely to use a weapon of mass destruction somewhere in the world in the next five years, a panel assembled by Congress has concluded.",
      "Watch how officials worry about a biological terror attack and what the government plans » .",
      "The U.S. government needs to move more aggressively to limit the spread of biological weapons, the commission said in its report.",
    ], "full");
    expect(points.join("\n")).not.toMatch(/»/u);
  });
});

describe("/summary brief short of three points", () => {
  const point = (order: number, last: number, score: number, text: string): Candidate => ({
    paragraph: order + 1,
    order,
    last,
    text,
    score,
    reaction: null,
    section: 0,
    stems: new Set(text.split(" ")),
  });

  it("completes the news from the top of the story with a single sentence, not a pair", () => {
    const lead = point(0, 0, 1, "lead news");
    const pair = point(1, 2, 0.1, "panel met … they heard experts");
    const next = point(3, 3, 0.05, "iran korea programs");
    const best = point(4, 4, 0.9, "pakistan tribal areas");
    expect(briefPoints([lead, pair, next, best])).toEqual([lead, best, next]);
  });
});
