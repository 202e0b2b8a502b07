import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../../src/nlp/analyse.ts";
import { named, paragraphsArticle, quoteWith, quotedWith } from "./quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("speakers", paragraphs)]);

describe("he and she by gender and recency", () => {
  it("does not give he to a woman just quoted: …, said Ana Ruiz, his lawyer. “…,” he said", () => {
    const result = analyse(
      "Marco Bellini was sentenced to five years on Friday.",
      "“The court ignored the evidence,” said Ana Ruiz, his lawyer.",
      "“I will keep fighting,” he said.",
    );
    expect(quoteWith(result, "I will keep fighting")).toMatchObject({ speaker: "Marco Bellini", attribution: "pronoun" });
  });

  it("gives he to the man named in the sentence before, not to the earlier speaker", () => {
    const result = analyse(
      "“Prices will fall,” said Tom Baxter, an analyst at Norland Bank.",
      "The bank later hired Peter Quill as its chief economist. “We are cautious,” he said.",
    );
    expect(quoteWith(result, "We are cautious")).toMatchObject({ speaker: "Peter Quill", attribution: "pronoun" });
  });

  it("gives he to a man named earlier in the same sentence, unless he is only what the sentence is about", () => {
    const took = analyse("“Prices will fall,” said Tom Baxter.", "When Peter Quill took over the desk in May, he said the bank would “stay cautious for now.”");
    expect(quoteWith(took, "stay cautious for now")).toMatchObject({ speaker: "Peter Quill" });
    const asked = analyse("“Prices will fall,” said Tom Baxter.", "Asked about Peter Quill's plan, he said it was “too early to tell.”");
    expect(quoteWith(asked, "too early to tell")).toMatchObject({ speaker: "Tom Baxter" });
  });

  it("learns a gender from a sentence opened by she right after one naming one person, so he is not hers", () => {
    const result = analyse("Alex Morgan runs the clinic. She opened it in 2010.", "“We are understaffed,” he said.");
    expect(quoteWith(result, "We are understaffed")).toMatchObject({ speakerId: null, attribution: "unknown" });
    expect(result.entities.find((e) => e.name === "Alex Morgan")?.gender).toBe("female");
  });

  it("reads a gender from a noun beside the name: “his sister, Sam Tate,”", () => {
    const result = analyse("Robin Tate and his sister, Sam Tate, run the bakery. Sam Tate bakes the bread.", "“We open at six every morning,” he said.");
    expect(result.entities.find((e) => e.name === "Sam Tate")?.gender).toBe("female");
    expect(quoteWith(result, "We open at six")).toMatchObject({ speaker: "Robin Tate", attribution: "pronoun" });
  });

  it("takes no gender from a given name given to both sexes: Aubrey Woodard is “he” (Politico)", () => {
    const result = analyse(
      "Jim Davis, a state senator, has filed to run.",
      "The timing raises “great suspicion,” Aubrey Woodard said. He said he expressed his concerns to a staffer and asked that the congressman refrain from endorsing anyone.",
    );
    expect(quoteWith(result, "he expressed his concerns")).toMatchObject({ speaker: "Aubrey Woodard" });
  });

  it("lets Mr. and Ms. outweigh what the given name suggests", () => {
    const result = analyse("Shannon Pike runs the ferry company. Mr. Pike bought it in 2010.", "Lucy Hale sells the tickets.", "“We are full every weekend,” he said.");
    expect(quoteWith(result, "We are full every weekend")).toMatchObject({ speaker: "Shannon Pike" });
  });
});

describe("subjects a few words before their cue", () => {
  it("reads “is expected to say” and “he's asked” as the subject's cue (The New York Times, Fox News)", () => {
    const speech = analyse(
      "Senator Marco Rubio, Republican of Florida, will outline his own approach to foreign policy.",
      "“This would be a priority even in times of peace and stability, though the world today is neither,” Mr. Rubio is expected to say.",
      "And, Mr. Rubio will offer his greater vision of the country’s broader role in the world.",
      "“As president, I will support the spread of economic and political freedom,” he is expected to say.",
    );
    expect(quoteWith(speech, "This would be a priority")).toMatchObject({ speaker: "Marco Rubio", attribution: "explicit" });
    expect(quoteWith(speech, "As president")).toMatchObject({ speaker: "Marco Rubio", attribution: "pronoun" });
    const firm = analyse("Rep. Anthony Weiner said Wednesday he did not send the photo.", "He said he's asked a law firm to take a “hard look” at the incident.");
    expect(quotedWith(firm, "hard look")).toMatchObject({ speaker: "Anthony Weiner" });
  });
});

describe("the subject of a participle cue", () => {
  it("is not a name after a preposition in the opening phrase: “In the wake of the Orlando attack, Trump …, saying on Twitter:” (Fox News)", () => {
    const result = analyse(
      "Donald Trump ripped President Obama for avoiding the term.",
      "In the wake of the Orlando attack, Trump again defended his proposals, saying on Twitter: “What has happened in Orlando is just the beginning. Must be tough.”",
    );
    expect(quoteWith(result, "What has happened in Orlando")).toMatchObject({ speaker: "Donald Trump", cue: "saying" });
  });
});

describe("inverted attributions", () => {
  it("reads the speaker after “said” past the lower-case words describing them", () => {
    const result = analyse("“We will appeal,” said attorney Mark Stone.", "“This is over,” said state Sen. Alice Brown, a Democrat.");
    expect(quoteWith(result, "We will appeal")).toMatchObject({ speaker: "Mark Stone", attribution: "explicit" });
    expect(quoteWith(result, "This is over")).toMatchObject({ speaker: "Alice Brown", attribution: "explicit" });
  });

  it("does not give a quote to the name inside an unnamed subject's phrase: “A blogger on the Web site Freedom’s Lighthouse said” (NYT)", () => {
    const blog = analyse("A blogger on the Web site Freedom’s Lighthouse said, “Can anyone really say with a straight face that the media is not biased?”");
    expect(quoteWith(blog, "Can anyone really say")).toMatchObject({ speakerId: null });
    const report = analyse("The report by the University and College Union claims institutions have created a pool of low-paid staff to teach undergraduates.");
    expect(quoteWith(report, "institutions have created")).toMatchObject({ speakerId: null });
    const lawyer = analyse("A lawyer for Jane Doe said, “The charges will be dropped by Friday.”");
    expect(quoteWith(lawyer, "The charges will be dropped")).toMatchObject({ speakerId: null });
  });

  it("does not read a name after an article or a preposition as the speaker: “said a spokesman for Reuters”", () => {
    const result = analyse("“The plant is safe,” said a spokesman for Reuters.");
    expect(named(result).filter((q) => q.speaker === "Reuters")).toEqual([]);
  });
});

describe("quotes introduced by a colon", () => {
  it("gives the quote to the person the sentence opens with", () => {
    const result = analyse("Mayor Jane Doe put it simply: “We cannot afford another bridge.”");
    expect(quoteWith(result, "We cannot afford")).toMatchObject({ speaker: "Jane Doe", kind: "direct", attribution: "explicit" });
  });

  it("does not when someone else is named before the colon, or inside the quote", () => {
    const other = analyse("Mayor Jane Doe read out the letter from Tom Baker: “The bridge must close for a year.”");
    expect(quoteWith(other, "The bridge must close")).toMatchObject({ speakerId: null });
    const inside = analyse("Mayor Jane Doe was blunt: “Jane Doe will not resign over a bridge.”");
    expect(quoteWith(inside, "will not resign")).toMatchObject({ speakerId: null });
  });
});

describe("a speaker is never named inside the words attributed", () => {
  it("skips the person a quote is about when resolving he", () => {
    const result = analyse("Paul Lind, a trader, listened as Tom Baxter spoke.", "“Rates will rise,” Baxter said.", "“Baxter is wrong about rates,” he said.");
    expect(quoteWith(result, "Baxter is wrong about rates")).toMatchObject({ speaker: "Paul Lind" });
  });

  it("does not carry a speaker on to a quote that names them", () => {
    const result = analyse("“Rates will rise,” said Tom Baxter.", "“Tom Baxter has been wrong for years.”");
    expect(quoteWith(result, "Tom Baxter has been wrong for years")?.speaker ?? null).toBeNull();
  });

  it("does not give the speaker a name in quotation marks that holds their own name, as part of another name", () => {
    const result = analyse(
      "Mayor Lena Ortiz opened the new bridge on Monday.",
      "“It took us nine years to get here, and every one of them was worth it,” Ortiz said, as residents waved banners hailing the “Ortiz Bridge” along the railings.",
    );
    expect(quoteWith(result, "nine years to get here")).toMatchObject({ speaker: "Lena Ortiz" });
    expect(named(result).filter((q) => q.text.includes("Ortiz Bridge") && q.speaker === "Lena Ortiz")).toEqual([]);
  });
});

describe("role nouns", () => {
  it("gives “the president” to the person titled President, not to a lobby's president who just spoke", () => {
    const result = analyse(
      "President Maria Santos signed the budget on Monday.",
      "“It ignores farmers,” said Ken Albers, the president of the Farmers Union.",
      "“This budget protects families,” the president said.",
    );
    expect(quoteWith(result, "This budget protects families")).toMatchObject({ speaker: "Maria Santos" });
  });

  it("leaves “the president” unknown when only described presidents of other bodies are around", () => {
    const result = analyse(
      "Ken Albers, the president of the Farmers Union, and Lena Ortiz, a central bank president, met the finance minister.",
      "“The budget is fair,” the president said.",
    );
    expect(quoteWith(result, "The budget is fair")).toMatchObject({ speakerId: null, attribution: "unknown" });
  });

  it("gives “the Russian space agency” only to an agency written with those words, not to the article's main organisation (AP)", () => {
    const result = analyse(
      "NASA said the crew of the International Space Station was safe.",
      "An unmanned Russian cargo spaceship broke up in the atmosphere over Siberia on Thursday, the Russian space agency said.",
    );
    expect(quoteWith(result, "broke up in the atmosphere")).toMatchObject({ speakerId: null });
    const company = analyse("Norland Bank raised its rates on Monday.", "The bank's profits will rise by a tenth this year, the company said.");
    expect(quoteWith(company, "profits will rise")).toMatchObject({ speaker: "Norland Bank" });
  });

  it("reads an abbreviated title as the role: Gov. Linda Hart is “the governor”", () => {
    const result = analyse("Gov. Linda Hart signed the bill on Friday.", "“This protects renters,” the governor said.");
    expect(quoteWith(result, "This protects renters")).toMatchObject({ speaker: "Linda Hart", attribution: "explicit" });
  });

  it("gives a role to the person the article set it before in apposition: “The company's chief executive, Paul Grant, said”", () => {
    const result = analyse(
      "The company's chief executive, Paul Grant, said sales would recover next year.",
      "A spokeswoman for the hospital, Karen Liu, said the patient was stable.",
      "“We expect a strong year,” the chief executive said.",
    );
    expect(quoteWith(result, "We expect a strong year")).toMatchObject({ speaker: "Paul Grant" });
    expect(result.entities.find((e) => e.name === "Karen Liu")?.description).toBe("a spokeswoman for the hospital");
    const lawyer = analyse("The court sentenced Marco Bellini on Friday. His lawyer, Ana Ruiz, spoke outside.");
    expect(lawyer.entities.find((e) => e.name === "Ana Ruiz")?.description).toBe("his lawyer");
  });

  it("matches a role written with its qualifiers: Iraq's ambassador is the Iraqi ambassador", () => {
    const result = analyse(
      "Lukman Faily, the Iraqi ambassador to the United States, met Gen. Sam Rowe, the American ambassador to Jordan.",
      "The talks were long, Iraq's ambassador said later, but “useful for both sides.”",
    );
    expect(quoteWith(result, "useful for both sides")).toMatchObject({ speaker: "Lukman Faily" });
  });
});

describe("unknown rather than a guess when attribution is uncertain", () => {
  it("leaves a question put to the speaker in an “Asked” clause unknown, and gives them their answer (Fox News)", () => {
    const result = analyse("Rep. Anthony Weiner said Wednesday he did not send the photo.", "Asked point-blank, “Is that picture you?” Weiner replied, “You know I'm not going to talk about this anymore.”");
    expect(quoteWith(result, "Is that picture you?")).toMatchObject({ speakerId: null, attribution: "unknown" });
    expect(quoteWith(result, "not going to talk about this")).toMatchObject({ speaker: "Anthony Weiner" });
  });

  it("does not take a possessive opening the sentence before for the subject “he” goes back to (Politico)", () => {
    const result = analyse(
      "Rep. Mark Meadows announced his retirement in December.",
      "Meadows' plans were kept so secret that Wayne King, his district director, did not learn about the retirement until shortly before the announcement. He said he was asked to break the news to the district staff on Dec. 18.",
    );
    expect(quoteWith(result, "he was asked to break the news")).toMatchObject({ speakerId: null });
  });

  it("keeps the next quote of a paragraph unknown after “…,” she said found no one, rather than the last speaker (BuzzFeed)", () => {
    const result = analyse(
      "The Food Standards Agency warned people to stay away from slimming products that contained DNP.",
      "“We advise the public not to take any tablets or powders containing DNP,” it said in a statement.",
      "“She just never really understood how dangerous the tablets that she took were,” she said. “Most of us don’t believe that a slimming tablet could possibly kill us.”",
    );
    expect(quoteWith(result, "We advise the public")).toMatchObject({ speaker: "Food Standards Agency" });
    expect(quoteWith(result, "Most of us")).toMatchObject({ speakerId: null, attribution: "unknown" });
  });

  it("leaves he unknown when two men were mentioned and neither spoke nor opened the sentence before", () => {
    const result = analyse("The bill was drafted by Tom Baxter and Peter Quill in March.", "Lawmakers will vote on it next week.", "“It will pass easily,” he told reporters.");
    expect(quoteWith(result, "It will pass easily")).toMatchObject({ speakerId: null, attribution: "unknown" });
  });

  it("leaves he unknown between two men the sentence before names when neither is its subject or speaker", () => {
    const result = analyse("“Prices will fall,” said Dana Fields.", "Officials said the board hired Tom Baxter and Peter Quill in May. “We are cautious,” he said.");
    expect(quoteWith(result, "We are cautious")).toMatchObject({ speakerId: null, attribution: "unknown" });
  });

  it("gives he to the only man mentioned, or the only one known to be a man", () => {
    const one = analyse("The bill was drafted by Tom Baxter in March.", "Lawmakers will vote on it next week.", "“It will pass easily,” he told reporters.");
    expect(quoteWith(one, "It will pass easily")).toMatchObject({ speaker: "Tom Baxter", attribution: "pronoun" });
    const known = analyse("The bill was drafted by Tom Baxter and Sasha Quill in March.", "Lawmakers will vote on it next week.", "“It will pass easily,” he told reporters.");
    expect(quoteWith(known, "It will pass easily")).toMatchObject({ speaker: "Tom Baxter", attribution: "pronoun" });
  });

  it("gives it to a lone name with no person evidence that just spoke, not to an organisation named earlier (AP)", () => {
    const result = analyse(
      "MOSCOW (AP) — NASA said the crew of the space station was safe.",
      "The cargo craft broke up over the remote Tuva region, Roscosmos said in a statement. It said most of the spaceship's debris burnt up as it entered the atmosphere.",
    );
    expect(quoteWith(result, "most of the spaceship's debris")).toMatchObject({ speaker: "Roscosmos" });
  });

  it("does not give it to an organisation merely named before when another is named too", () => {
    const result = analyse("Norland Bank and Harbor Insurance Group signed the deal in May.", "Regulators approved it. It described the merger as “a union of equals built to last.”");
    expect(quoteWith(result, "a union of equals")).toMatchObject({ speakerId: null });
  });

  it("leaves a role noun no one in the article holds unknown instead of giving it to the last speaker", () => {
    const result = analyse("“The plant will close,” said Dana Fields, a union organiser.", "“We were not consulted,” the spokesman said.");
    expect(quoteWith(result, "We were not consulted")).toMatchObject({ speakerId: null, attribution: "unknown" });
  });

  it("gives “he said” after an unnamed described speaker (“The boyfriend told investigators …”) to nobody, not to an earlier speaker", () => {
    const result = analyse(
      "Detective Tom Reyes said the car was found near the bridge on Sunday.",
      "The boyfriend told investigators that two men pulled up beside him. He said the car had followed him for a mile.",
    );
    expect(quoteWith(result, "the car had followed him")).toMatchObject({ kind: "reported", speakerId: null, attribution: "unknown" });
  });

  it("gives a relative clause's cue to the body its appositive describes: “endorsed by the Harbour Trust, a local group which said …”", () => {
    const result = analyse("Ana Ruiz was quickly endorsed by the Harbour Trust, a local group which said in a release that its board had met at dawn.");
    expect(quoteWith(result, "its board had met at dawn")).toMatchObject({ kind: "reported", speaker: "Harbour Trust" });
  });

  it("gives “to say” after a message sent to its sender: “Ana Ruiz texted to say they were there”", () => {
    expect(quoteWith(analyse("At 9:24 p.m., Ana Ruiz texted to say they were there."), "they were there")).toMatchObject({ kind: "reported", speaker: "Ana Ruiz", cue: "say" });
  });
});
