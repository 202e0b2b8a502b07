// Sentence splitting on sentences taken from the seed and the corpus articles: abbreviations,
// initials, titles, times, decimals, ellipses, quotes closing after the full stop, and slogans in quotes.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/sentences.ts";

const sentences = (text: string) => splitSentences(text).map(([start, end]) => text.slice(start, end));

describe("splitSentences", () => {
  it("does not end a sentence at 'U.S.' before a name or a lower-case word (seed ¶1)", () => {
    expect(sentences("They talked about the fighting in Ukraine, of course. But the U.S. and Russian presidents also chatted about improving relations between Washington and Moscow, peace in the Middle East, global security and even hockey games.")).toEqual([
      "They talked about the fighting in Ukraine, of course.",
      "But the U.S. and Russian presidents also chatted about improving relations between Washington and Moscow, peace in the Middle East, global security and even hockey games.",
    ]);
    expect(sentences("U.S. special envoy Steve Witkoff, who flew to Moscow last week to meet with Putin, praised both leaders.")).toHaveLength(1);
  });

  it("ends a sentence after a closing quote, and keeps an ellipsis inside the quoted sentence (seed, Witkoff)", () => {
    expect(sentences("“I would commend President Putin for all he did today on that call to move his country close to a final peace deal,” Witkoff told the Fox News Channel. “And I would give all the credit to President Trump. … I can’t overstate how compelling he was on this call.”")).toEqual([
      "“I would commend President Putin for all he did today on that call to move his country close to a final peace deal,” Witkoff told the Fox News Channel.",
      "“And I would give all the credit to President Trump. … I can’t overstate how compelling he was on this call.”",
    ]);
  });

  it("splits after '.”' followed by a new sentence (AP, Sondland)", () => {
    expect(sentences("At the White House, Trump said he had watched part of the day’s testimony and slammed the ongoing impeachment hearings as a “disgrace.” Over the weekend, Trump assailed Williams as part of the “Never Trumpers” who oppose his presidency, though there is no indication she has shown any partisanship.")).toEqual([
      "At the White House, Trump said he had watched part of the day’s testimony and slammed the ongoing impeachment hearings as a “disgrace.”",
      "Over the weekend, Trump assailed Williams as part of the “Never Trumpers” who oppose his presidency, though there is no indication she has shown any partisanship.",
    ]);
  });

  it("keeps 'Mr.', 'Gov.', 'Sen.' and middle initials with their names (NYT, NJ.com, CNN)", () => {
    expect(sentences("In 1998, Bin Laden’s agents blew up the United States Embassies in Kenya and Tanzania, killing more than 200 people. In retaliation, Mr. Clinton ordered a cruise missile strike against a pharmaceutical factory in Khartoum.")).toEqual([
      "In 1998, Bin Laden’s agents blew up the United States Embassies in Kenya and Tanzania, killing more than 200 people.",
      "In retaliation, Mr. Clinton ordered a cruise missile strike against a pharmaceutical factory in Khartoum.",
    ]);
    expect(sentences("State Sen. Michael Doherty (R-Warren) said Christie when he first ran in 2009 “sold himself to the people of New Jersey that he was going to change it.”")).toHaveLength(1);
    expect(sentences("Obama administration officials said that they had briefed President-elect Donald J. Trump’s transition team, but that they did not know if Mr. Trump would stick with a policy of warmer relations with Sudan.")).toHaveLength(1);
    expect(sentences("Brian M. Good said he, too, was expecting a horrible trip when he departed New York for Newark to get a flight to San Diego.")).toHaveLength(1);
  });

  it("reads 'p.m. Aug. 9' and 'a.m.' as part of a sentence (USA Today)", () => {
    expect(sentences("Prosecutors alleged that no inmate checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the following morning, when the officers discovered Epstein's body. During that time, the officers should have conducted five separate inmate counts in the high-security unit.")).toEqual([
      "Prosecutors alleged that no inmate checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the following morning, when the officers discovered Epstein's body.",
      "During that time, the officers should have conducted five separate inmate counts in the high-security unit.",
    ]);
  });

  it("keeps decimals, 'No. 10', 'Dr.' and 'Gen.' whole and ends a sentence at a dotted abbreviation before 'The'", () => {
    expect(sentences("Amazon bought Whole Foods in August 2017 for $13.7 billion, its largest acquisition and an aggressive move into the grocery business.")).toHaveLength(1);
    expect(sentences("Dr. Ruth Adeyemi met Gen. Mark Milley at No. 10 on Jan. 5. They spoke for an hour.")).toEqual(["Dr. Ruth Adeyemi met Gen. Mark Milley at No. 10 on Jan. 5.", "They spoke for an hour."]);
    expect(sentences("The ship sailed for the U.S. The crew stayed behind.")).toEqual(["The ship sailed for the U.S.", "The crew stayed behind."]);
    expect(sentences("Martin Luther King Jr. Day fell on a Monday. Amazon.com Inc. Chief Executive Jeff Bezos spoke.")).toHaveLength(2);
    expect(sentences("Staff joined Apple Inc. The company said so.")).toEqual(["Staff joined Apple Inc.", "The company said so."]);
  });

  it("does not make a sentence of a list number (CBS, '2. Never urged Ukraine …')", () => {
    expect(sentences("2. Never urged Ukraine to investigate Joe Biden")).toEqual(["2. Never urged Ukraine to investigate Joe Biden"]);
  });

  it("ends at ? and ! but not before a lower-case attribution", () => {
    expect(sentences("“Why now?” he asked. “Because the water is rising!” She left.")).toEqual(["“Why now?” he asked.", "“Because the water is rising!”", "She left."]);
  });

  it("returns trimmed offsets into the paragraph, and nothing for blank text", () => {
    const text = "  One sentence here.   Another one.  ";
    expect(splitSentences(text)).toEqual([[2, 20], [23, 35]]);
    expect(splitSentences("   ")).toEqual([]);
  });

  it("stays fast on a huge paragraph", () => {
    const text = "He ran. A dog barked at Mr. X in the U.S. The end. ".repeat(20000);
    const started = performance.now();
    expect(splitSentences(text)).toHaveLength(60000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("sentences around quoted slogans", () => {
  it("does not end a sentence inside a slogan the sentence goes on after", () => {
    expect(sentences("Marchers held signs reading “No Justice. No Peace.” as they crossed the bridge. Police watched.")).toEqual([
      "Marchers held signs reading “No Justice. No Peace.” as they crossed the bridge.",
      "Police watched.",
    ]);
  });

  it("still ends sentences inside speech and after a quote that ends its sentence", () => {
    expect(sentences("“I am tired. I want to go home,” she said. Then she left.")).toEqual(["“I am tired.", "I want to go home,” she said.", "Then she left."]);
    expect(sentences("The banner said “Vote Yes.” Organisers were pleased.")).toEqual(["The banner said “Vote Yes.”", "Organisers were pleased."]);
  });
});
