// The rules a story is made by, each on its own: its title is the headline that says what the other
// outlets say, two reports are one event only within days and with something in common up front, and
// a story whose bridge is gone falls apart into the groups still linked.
import { describe, expect, it } from "vitest";
import { connectedGroups, linkWalk } from "../../src/nlp/stories/components.ts";
import { storyFeatures } from "../../src/nlp/stories/features.ts";
import { placeArticle } from "../../src/nlp/stories/placement.ts";
import { DAY_MS, sameEvent } from "../../src/nlp/stories/similarity.ts";
import { representativeTitle } from "../../src/nlp/stories/title.ts";
import { contentStems } from "../../src/nlp/tokens.ts";

const flat = () => 1;
const headline = (title: string) => ({ title, stems: contentStems(title) });

describe("a story's title", () => {
  it("is the headline sharing most words with the other outlets' headlines, not one outlet's angle", () => {
    const titles = [
      "Suspect arrested in Florida in connection with suspicious packages sent to Democrats",
      "Cesar Sayoc Identified As Mail Bomb Suspect",
      "Pipe Bomb Suspect Arrested in Southern Florida",
    ];
    expect(representativeTitle(titles.map(headline), flat)).toBe("Pipe Bomb Suspect Arrested in Southern Florida");
  });

  it("is the only headline of a story of one", () => {
    expect(representativeTitle([headline("Reid: Mosque Should Be Built Someplace Else")], flat)).toBe("Reid: Mosque Should Be Built Someplace Else");
  });
});

describe("one event or two", () => {
  const report = (title: string, body: string, published: string, names: string[]) =>
    storyFeatures({ title, published, paragraphs: [{ text: body }], names: names.map((name) => ({ name, mentions: 3 })) }, "2020-01-01");
  const body = "The senator resigned on Tuesday after the ethics committee released its report on the campaign loans.";

  it("is one event for close reports published the same day", () => {
    const a = report("Senator Jones resigns", body, "2019-03-05", ["Alan Jones"]);
    const b = report("Jones quits the Senate", body, "2019-03-05", ["Jones"]);
    expect(sameEvent(a, b, flat)).toBeGreaterThan(0.5);
  });

  it("is two events for the same words published more than four days apart", () => {
    const a = report("Senator Jones resigns", body, "2019-03-05", ["Alan Jones"]);
    const b = report("Senator Jones resigns", body, new Date(Date.parse("2019-03-05") + 5 * DAY_MS).toISOString(), ["Alan Jones"]);
    expect(sameEvent(a, b, flat)).toBeNull();
  });

  it("is two events when neither the people they are about nor a headline word are shared", () => {
    const a = report("Senator resigns", body, "2019-03-05", ["Alan Jones"]);
    const b = report("Ethics panel acts", body, "2019-03-05", ["Mary Smith"]);
    expect(sameEvent(a, b, flat)).toBeNull();
  });
});

describe("where a new article goes", () => {
  const report = (title: string, body: string) =>
    storyFeatures({ title, published: "2019-03-05", paragraphs: [{ text: body }], names: [{ name: "Alan Jones", mentions: 3 }] }, "2020-01-01");
  const resigns = "Senator Alan Jones resigned on Tuesday after the ethics committee report on his campaign loans.";
  const successor = "The governor named a successor to Senator Alan Jones, who leaves after the committee report, on Friday.";

  it("joins every story it reports the same event as, so two stories it bridges become one", () => {
    const placement = placeArticle(
      report("Jones resigns; governor names successor", `${resigns} ${successor}`),
      [
        { article: "fox", story: "story-a", features: report("Jones resigns", resigns) },
        { article: "hpo", story: "story-b", features: report("Governor names Jones successor", successor) },
      ],
      flat,
    );
    expect(placement.links.map((l) => l.article).sort()).toEqual(["fox", "hpo"]);
    expect([...placement.stories].sort()).toEqual(["story-a", "story-b"]);
  });

  it("starts a story of its own when no candidate reports its event", () => {
    const placement = placeArticle(report("Jones resigns", resigns), [{ article: "x", story: "s", features: report("Harbour reopens", "The harbour reopened.") }], flat);
    expect(placement).toEqual({ links: [], stories: [] });
  });
});

describe("a story after an article is taken out", () => {
  it("stays whole while its remaining articles are still linked, and splits when its only bridge is gone", () => {
    // The Times' report, now taken out, linked Fox's and HuffPost's; Reuters' is linked to Fox's.
    expect(connectedGroups(["fox", "hpo", "reuters"], [["fox", "hpo"], ["reuters", "fox"]])).toEqual([["fox", "hpo", "reuters"]]);
    expect(connectedGroups(["fox", "hpo", "reuters"], [["reuters", "fox"]])).toEqual([["fox", "reuters"], ["hpo"]]);
  });

  it("is known to hang together once the articles the removed one linked meet again, without reading the rest of it", () => {
    // The removed report linked Fox's and HuffPost's; they still meet through Reuters', and a long tail hangs off AP's.
    const links = new Map([
      ["fox", ["reuters", "ap"]],
      ["reuters", ["fox", "hpo"]],
      ["hpo", ["reuters"]],
      ["ap", ["fox", ...Array.from({ length: 50 }, (_, i) => `local-${i}`)]],
    ]);
    const read: string[] = [];
    const walked = (from: string, to: string[], budget: number) => {
      const walk = linkWalk(from, to, budget);
      while (walk.frontier.length > 0) {
        read.push(...walk.frontier);
        walk.advance(walk.frontier.flatMap((node) => links.get(node) ?? []));
      }
      return walk.outcome;
    };
    expect(walked("fox", ["hpo"], 500)).toBe(true);
    expect(read.filter((node) => node.startsWith("local-"))).toEqual([]);
    expect(walked("fox", ["nbc"], 500)).toBe(false);
    expect(walked("fox", ["nbc"], 10)).toBeUndefined();
  });
});
