import { describe, expect, it } from "vitest";
import { nearDuplicate, needsPrevious, quotation, withoutDateline } from "../../src/nlp/summary/summaryRules.ts";

describe("needsPrevious", () => {
  it.each([
    "They talked about the fighting in Ukraine, of course.",
    "But the U.S. and Russian presidents also chatted about improving relations between Washington and Moscow.",
    "He wants Ukraine to withdraw its forces from the four regions that Russia illegally annexed but never fully captured.",
    "She added that “this marks an obvious victory for Putin, who seeks to decouple bilateral relations from the Ukraine war.”",
    "However, Mr Obama said race relations had improved during his presidency.",
    "In return, Sudan will improve access for aid groups, stop supporting rebels in neighboring South Sudan.",
    "Also, the president is considering the deployment of a small contingent of Special Forces to Iraq.",
  ])("flags a dangling opener: %s", (sentence) => {
    expect(needsPrevious(sentence)).toBe(true);
  });

  it.each([
    "“This is very bad news for Ukraine, which is increasingly being treated as a bargaining chip in this game,” she said.",
    "“Russia wants to decide the fate of Ukraine and ultimately of Europe, with the United States alone, with no other negotiating partner,” he said.",
  ])("flags a pronoun speaker: %s", (sentence) => {
    expect(needsPrevious(sentence)).toBe(true);
  });

  it.each([
    "Kremlin spokesman Dmitry Peskov underlined that Putin and Trump “understand each other well.”",
    "Putin’s acceptance of a halt on strikes on Ukraine’s energy facilities has allowed Trump to claim at least partial success.",
    "“The ongoing ‘detoxification’ of Russia continues,” Stanovaya said in a commentary.",
    "Theresa May said nothing.",
  ])("lets a self-contained sentence stand: %s", (sentence) => {
    expect(needsPrevious(sentence)).toBe(false);
  });
});

describe("nearDuplicate", () => {
  it("catches the same caption told twice", () => {
    expect(
      nearDuplicate(
        "In this photo taken from video distributed by the Russian Defense Ministry Press Service on Thursday, March 13, 2025, a Russian soldier patrols an area in Sudzha in the Kursk region of Russia.",
        "In this photo taken from video distributed by the Russian Defense Ministry Press Service on Thursday, March 13, 2025, Russian soldiers patrol an area in Sudzha, in the Kursk region of Russia.",
      ),
    ).toBe(true);
  });

  it("keeps two points about different things apart", () => {
    expect(
      nearDuplicate(
        "Seeking to cultivate warm ties with Washington, Putin accepted a halt on strikes on energy infrastructure.",
        "Kremlin spokesman Dmitry Peskov underlined that Putin and Trump understand each other well.",
      ),
    ).toBe(false);
  });
});

describe("quotation", () => {
  it.each([
    ['"The consequences of a biological attack are almost beyond comprehension.', "opens"],
    ["“Today it is still in the laboratory.", "opens"],
    ['It would be 9/11 times 10 or a hundred," former Sen. Bob Graham said.', "closes"],
    ["Other serious pathogens are available in equally accessible forms.”", "closes"],
    ['The U.S. government "needs to move more aggressively to limit" the spread of biological weapons.', "balanced"],
    ["Peskov said Putin and Trump “understand each other well.”", "balanced"],
    ["Iraq could produce 'a thousand' terrorists, the ambassador's office said.", "balanced"],
  ] as const)("reads %s as %s", (text, state) => {
    expect(quotation(text)).toBe(state);
  });
});

describe("withoutDateline", () => {
  it.each([
    ["WASHINGTON (CNN)  -- Terrorists are likely to use a weapon.", "Terrorists are likely to use a weapon."],
    ["(CNN) -- Ralph Mata was an internal affairs lieutenant.", "Ralph Mata was an internal affairs lieutenant."],
    ["KYIV, Ukraine (AP) — Russia launched drones overnight.", "Russia launched drones overnight."],
  ])("drops the dateline of %s", (sentence, news) => {
    expect(withoutDateline(sentence)).toBe(news);
  });

  it("leaves a sentence that merely holds a parenthesis alone", () => {
    const sentence = "The Islamic State in Iraq and Syria (ISIS) -- a Sunni militant group -- took Mosul.";
    expect(withoutDateline(sentence)).toBe(sentence);
    expect(withoutDateline("Kremlin spokesman Dmitry Peskov (right) spoke.")).toBe("Kremlin spokesman Dmitry Peskov (right) spoke.");
  });
});
