import { describe, expect, it } from "vitest";
import { analyseArticles } from "../../../src/nlp/analyse.ts";
import { paragraphsArticle, quoteWith } from "./quoteArticles.ts";

const analyse = (...paragraphs: string[]) => analyseArticles([paragraphsArticle("reported", paragraphs)]);
const reported = (...paragraphs: string[]) => analyse(...paragraphs).quotes.filter((q) => q.kind === "reported");

describe("reported speech", () => {
  it("reads a participle clause as the subject's statement: …, saying …; …, telling reporters that …", () => {
    const beach = analyse("Mayor Jane Doe closed the beach on Sunday, saying the water was unsafe for swimmers.");
    expect(quoteWith(beach, "the water was unsafe")).toMatchObject({ text: "the water was unsafe for swimmers", kind: "reported", speaker: "Jane Doe", cue: "saying" });
    const chief = analyse("Police Chief Tom Reyes acknowledged the delays, telling reporters that officers were working double shifts.");
    expect(quoteWith(chief, "officers were working")).toMatchObject({ text: "officers were working double shifts", speaker: "Tom Reyes", cue: "telling" });
  });

  it("reads a participle clause whose subject is a role: the holder when the article has one, else nobody", () => {
    const result = analyse("Mayor Jane Doe opened the new bridge.", "The mayor defended the tolls on Monday, saying that they would pay for repairs within ten years.");
    expect(quoteWith(result, "they would pay for repairs")).toMatchObject({ text: "they would pay for repairs within ten years", speaker: "Jane Doe", cue: "saying" });
    const nobody = analyse("The agency defended the fines on Monday, saying that they would make the roads safer for children.");
    expect(quoteWith(nobody, "they would make the roads safer")).toMatchObject({ speakerId: null, cue: "saying" });
  });

  it("reads rulings, warnings, arguments and admissions", () => {
    const result = analyse(
      "Judge Ellen Marsh ruled that the contract was void from the start.",
      "Ivar Lund warned that the new quota would empty the harbour.",
      "Lena Ortiz argued the rate cut came far too late.",
      "The harbour master, Ruth Vance, acknowledged that two boats had sunk.",
    );
    expect(quoteWith(result, "the contract was void")).toMatchObject({ speaker: "Ellen Marsh", cue: "ruled" });
    expect(quoteWith(result, "the new quota would empty")).toMatchObject({ speaker: "Ivar Lund", cue: "warned" });
    expect(quoteWith(result, "the rate cut came")).toMatchObject({ speaker: "Lena Ortiz", cue: "argued" });
    expect(quoteWith(result, "two boats had sunk")).toMatchObject({ speaker: "Ruth Vance", cue: "acknowledged" });
  });

  it("reads 'according to' a named source", () => {
    expect(quoteWith(analyse("The pier will close for two years, according to Mayor Jane Doe."), "The pier will close")).toMatchObject({ speaker: "Jane Doe", cue: "according to" });
  });

  it("reads 'According to' opening a sentence, and a source named after its role: “according to fire chief Dana Wells”", () => {
    const result = analyse("The fire started in the kitchen, according to fire chief Dana Wells.", "According to the police report, the driver was speeding at the time.");
    expect(quoteWith(result, "The fire started")).toMatchObject({ text: "The fire started in the kitchen", speaker: "Dana Wells", cue: "according to" });
    expect(quoteWith(result, "the driver was speeding")).toMatchObject({ text: "the driver was speeding at the time", speakerId: null, cue: "according to" });
  });

  it("cites the person after a body's possessive: “according to MMQB's Peter King” (MLive)", () => {
    const result = analyse("The NFL is expected to review the play Monday, according to MMQB's Peter King.");
    expect(quoteWith(result, "review the play")).toMatchObject({ speaker: "Peter King", cue: "according to" });
  });

  it("leaves an unnamed source unknown when only where they work is named: “according to a White House official” (Fox News)", () => {
    const result = analyse("Meanwhile, a joint campaign rally set for Wednesday in Green Bay, Wis., has been postponed in light of the attack, according to a White House official.");
    expect(quoteWith(result, "has been postponed")).toMatchObject({ speakerId: null, cue: "according to" });
    expect(quoteWith(analyse("The pier will close for two years, according to the Coast Guard."), "The pier will close")).toMatchObject({ speaker: "Coast Guard" });
  });

  it("ends a statement where a common-noun subject starts its own: “Though Weiner said …, the former official said …” (Fox News)", () => {
    const result = analyse(
      "Though Weiner said the incident did not constitute a federal crime, the former official said multiple federal crimes would have been committed if somebody did hack into his account.",
    );
    expect(quoteWith(result, "did not constitute")).toMatchObject({ text: "the incident did not constitute a federal crime", speaker: "Weiner" });
    expect(quoteWith(result, "multiple federal crimes")).toMatchObject({ speakerId: null });
  });

  it("never takes a name after a preposition for the source: “according to a letter sent to Mayor Jane Doe”", () => {
    const result = analyse("The pier will close for two years, according to a letter sent to Mayor Jane Doe.");
    expect(quoteWith(result, "The pier will close")).toMatchObject({ speakerId: null });
  });

  it("ends a statement where someone else's attribution begins", () => {
    const result = analyse("Ken Albers said the harvest came in late, after the Farm Gazette reported that prices had already fallen sharply.");
    expect(quoteWith(result, "the harvest came in late")).toMatchObject({ text: "the harvest came in late", speaker: "Ken Albers" });
    expect(quoteWith(result, "prices had already fallen")).toMatchObject({ speaker: "Farm Gazette" });
    expect(result.entities.find((e) => e.name === "Farm Gazette")?.kind).toBe("organisation");
  });

  it("finds a statement beside a partial quote, and leaves the quote's own attribution alone", () => {
    const result = analyse("Mayor Jane Doe said the city would review the case, calling the ruling “a serious mistake.”");
    expect(quoteWith(result, "the city would review the case")).toMatchObject({ text: "the city would review the case", kind: "reported", speaker: "Jane Doe" });
    expect(quoteWith(result, "a serious mistake")).toMatchObject({ kind: "mixed", speaker: "Jane Doe" });
    expect(reported("“We dodged a bullet,” said Steve Cowan, a spokesman for the transport department.")).toEqual([]);
  });

  it("finds the statement joined on after a partial quote: said the decision was “a betrayal” and that she would appeal", () => {
    const result = analyse("Rita Gomez said the decision was “a betrayal” and that she would appeal it in the spring.");
    expect(quoteWith(result, "she would appeal it")).toMatchObject({ text: "she would appeal it in the spring", kind: "reported", speaker: "Rita Gomez" });
    expect(quoteWith(result, "a betrayal")).toMatchObject({ kind: "mixed", speaker: "Rita Gomez" });
    expect(reported("Rita Gomez said the decision ignored the “basic rights of every tenant in the city”.")).toEqual([]);
  });

  it("leaves a speaker given by description alone unknown rather than borrow a named one", () => {
    const result = analyse("Kremlin spokesman Dmitry Peskov declined to comment.", "The agency's spokesman said the flights would resume on Monday.");
    expect(quoteWith(result, "the flights would resume")).toMatchObject({ kind: "reported", speakerId: null });
  });

  it("reads estimates, replies and tweets before “that” or a pronoun's clause, never their objects", () => {
    const result = analyse(
      "The Water Board estimates that leaks waste a fifth of the city's supply.",
      "Carla Moss wrote that the bridge would reopen in May.",
      "Omar Diaz tweeted he was proud of the volunteers.",
    );
    expect(quoteWith(result, "leaks waste a fifth")).toMatchObject({ speaker: "Water Board", cue: "estimates" });
    expect(quoteWith(result, "the bridge would reopen")).toMatchObject({ speaker: "Carla Moss", cue: "wrote" });
    expect(quoteWith(result, "he was proud of the volunteers")).toMatchObject({ speaker: "Omar Diaz", cue: "tweeted" });
    expect(reported("Carla Moss wrote a long letter to the city council about the flooding.")).toEqual([]);
    expect(reported("Omar Diaz replied to the council with a twelve page report.")).toEqual([]);
    expect(reported("The grid may need ten new plants, said Ruth Vance, CEO of Bright Labs, a startup that helps companies manage AI projects.").map((q) => q.text)).toEqual([
      "The grid may need ten new plants",
    ]);
  });

  it("reads the statement before an inverted estimate or report, its subject perhaps followed by where they work", () => {
    const result = analyse(
      "The repairs may cost about four million dollars, estimates Ruth Vance, an engineer at the port.",
      "As the verdict was read, the defendant stood still, reported Alan Price of Coast Radio.",
    );
    expect(quoteWith(result, "The repairs may cost")).toMatchObject({ text: "The repairs may cost about four million dollars", speaker: "Ruth Vance" });
    expect(quoteWith(result, "the defendant stood still")).toMatchObject({ speaker: "Alan Price", cue: "reported" });
  });

  it("reads a statement before its subject's closed appositive: “…, Jo Lee, a founder of the firm, told reporters.”", () => {
    const result = analyse("The delay could cost the company its biggest client, Mark Reyes, a founder of the firm, told reporters.");
    expect(quoteWith(result, "The delay could cost")).toMatchObject({ text: "The delay could cost the company its biggest client", speaker: "Mark Reyes", cue: "told" });
  });

  it("reads a clause with a pronoun subject after the cue as the statement, not the words before: “…, sources say she is …”", () => {
    const result = analyse("While the police have not named the driver, sources say she is a local teacher.");
    expect(quoteWith(result, "she is a local teacher")).toMatchObject({ text: "she is a local teacher", speakerId: null });
    expect(reported("While the police have not named the driver, sources say she is a local teacher.").some((q) => q.text.includes("police"))).toBe(false);
  });

  it("reads a three-word clause with its own pronoun subject: “…, Supt Ann Cole said it was possible.”", () => {
    const result = analyse("Asked if the two shootings were linked, Supt Ann Cole said it was possible.");
    expect(quoteWith(result, "it was possible")).toMatchObject({ text: "it was possible", speaker: "Ann Cole" });
    expect(reported("Ann Cole said goodbye twice.")).toEqual([]);
  });

  it("gives a statement by “the startup” or “the firm” to the one body named just before, and to nobody when two are", () => {
    const one = analyse("Ravi Shah cofounded Lumen Therapeutics, and this week the startup announced that it had licensed the patent.");
    expect(quoteWith(one, "it had licensed the patent")).toMatchObject({ speaker: "Lumen Therapeutics" });
    const two = analyse("Acme Corp and Bluewater Capital bought the site, and the firm said it would build homes there.");
    expect(quoteWith(two, "it would build homes there")).toMatchObject({ speakerId: null });
  });

  it("reads no statement before a cue verb that only goes on: “…, tensions between the two sides continued to run hot.”", () => {
    expect(reported("In the days after the vote, tensions between the two parties continued to run hot.")).toEqual([]);
  });
});

describe("complaints and indications as reported speech", () => {
  it("reports what a body complained, and what officials indicated, when a clause follows with “that”", () => {
    const result = analyse(
      "The Harbour Restoration Trust complained in July that the county had kept it in the dark about the plans.",
      "City officials have indicated that the town needs a new environmental report.",
    );
    expect(quoteWith(result, "the county had kept it in the dark")).toMatchObject({ kind: "reported", speaker: "Harbour Restoration Trust" });
    expect(quoteWith(result, "the town needs a new environmental report")).toMatchObject({ kind: "reported", speakerId: null });
  });

  it("does not report a complaint of pain", () => {
    expect(reported("Mayor Jane Doe complained of back pain on Monday before the council meeting.")).toEqual([]);
  });
});

describe("a second, unnamed speaker inside a statement", () => {
  it("ends the official's statement at “, but trust members said” and leaves the members' words to no one", () => {
    const result = analyse(
      "Mr. Josenrique Cueto told the trust that it could see the scorecard in a presentation, but trust members said they wanted a copy in their hands to study.",
    );
    expect(quoteWith(result, "it could see the scorecard")).toMatchObject({ speaker: "Josenrique Cueto", text: "it could see the scorecard in a presentation" });
    expect(quoteWith(result, "they wanted a copy in their hands")).toMatchObject({ speakerId: null });
  });
});

describe("denials as reported speech", () => {
  it("reports what someone “now denies”, and not a denial of a thing", () => {
    const result = analyse("Jane Doe now denies she ever met him in Paris last year, but she has admitted calling him twice.");
    expect(quoteWith(result, "she ever met him in Paris")).toMatchObject({ kind: "reported", speaker: "Jane Doe" });
    expect(reported("The senator denies the deal with the company.")).toEqual([]);
  });

  it("reads a plural subject's plain-form cue, before or after the statement: “the researchers note …”, “…, say the researchers, and …”", () => {
    const result = analyse(
      "The findings point to a cheaper treatment for asthma, say the researchers, and they plan a larger trial next year.",
      "Building the dam, the engineers note, would flood three villages in the valley.",
      "Harbour officials warn that the old pier may close for a month.",
    );
    expect(quoteWith(result, "a cheaper treatment")).toMatchObject({ text: "The findings point to a cheaper treatment for asthma", kind: "reported", speakerId: null, cue: "say" });
    expect(quoteWith(result, "would flood three villages")).toMatchObject({ text: "Building the dam, the engineers note, would flood three villages in the valley", cue: "note" });
    expect(quoteWith(result, "the old pier may close")).toMatchObject({ text: "the old pier may close for a month", cue: "warn" });
    expect(reported("The engineers were unable to explain why the bridge had cracked so quickly.")).toEqual([]);
    expect(reported("The captain will doubtless argue that nothing was lost by the early declaration.")).toEqual([]);
  });

  it("keeps a statement whose few words in quotation marks sit inside the writer's sentence: “her members were “stunned” by …”", () => {
    const result = analyse(
      "Union leader Mara Quist said her members were “stunned” by the decision to close the depot.",
      "Often the drivers were “encouraged” to skip their breaks, the inspection report said.",
    );
    expect(quoteWith(result, "her members were")).toMatchObject({ text: "her members were “stunned” by the decision to close the depot", kind: "reported", speaker: "Mara Quist" });
    expect(quoteWith(result, "the drivers were")).toMatchObject({ text: "Often the drivers were “encouraged” to skip their breaks", kind: "reported", speakerId: null });
    expect(reported("Mara Quist said the closure was “a decision that will hurt every family in this town for years”.")).toEqual([]);
  });

  it("reads “concluded” as a report only before a clause: “concluded that the pier could not be saved”, not “concluded the debate”", () => {
    expect(reported("Before Ruth Vance concluded the debate, the council voted to close the pier for two years.")).toEqual([]);
    expect(quoteWith(analyse("Ruth Vance concluded that the pier could not be saved."), "the pier could not be saved")).toMatchObject({ speaker: "Ruth Vance", cue: "concluded" });
  });

  it("takes a cue's -s form after a quantifier for a plural noun: “gas, solar and wind as some states commit to …, said Robert Godby” is Godby's statement", () => {
    const result = analyse("New power in the region comes from gas, solar and wind as some states commit to renewable energy, said Robert Godby, an economist at the University of Wyoming.");
    expect(quoteWith(result, "New power in the region")).toMatchObject({
      text: "New power in the region comes from gas, solar and wind as some states commit to renewable energy",
      speaker: "Robert Godby",
      cue: "said",
    });
    expect(quoteWith(analyse("Of the twenty residents asked, some said they would leave the town."), "they would leave")).toMatchObject({ speakerId: null, cue: "said" });
  });

  it("reads a subject whose cue follows a set-off “however”: “The department, however, said it couldn’t …”", () => {
    const result = analyse("Jane Doe asked the council for the figures in June.", "The department, however, said it could not answer anything until September.", "She, however, said the pier would stay open all winter.");
    expect(quoteWith(result, "could not answer anything")).toMatchObject({ text: "it could not answer anything until September", kind: "reported", speakerId: null, cue: "said" });
    expect(quoteWith(result, "the pier would stay open")).toMatchObject({ speaker: "Jane Doe", attribution: "pronoun" });
  });

  it("reads the statement before a sentence-final cue followed by where and when it was said, or by the speaker's next act", () => {
    const result = analyse(
      "The striking workers are not aiming to disrupt travel, a union spokeswoman said at a press conference last week.",
      "The bridge will reopen in May, Mayor Jane Doe said in a statement on Friday.",
      "There is no end in sight for rising prices, grocer Debra Symonette said yesterday, adding that the chain is stumped as to when prices will end.",
    );
    expect(quoteWith(result, "not aiming to disrupt travel")).toMatchObject({ text: "The striking workers are not aiming to disrupt travel", speakerId: null, cue: "said" });
    expect(quoteWith(result, "The bridge will reopen")).toMatchObject({ text: "The bridge will reopen in May", speaker: "Jane Doe" });
    expect(quoteWith(result, "no end in sight")).toMatchObject({ text: "There is no end in sight for rising prices", speaker: "Debra Symonette", cue: "said" });
    expect(quoteWith(result, "the chain is stumped")).toMatchObject({ speaker: "Debra Symonette", cue: "adding" });
  });

  it("reads the statement before a sentence-final cue followed by the hour and date it was said: “…, Harbour Police Department reported at 1:30 p.m. on Nov. 8.”", () => {
    const result = analyse("Dresden Drive is closed between Elm Street and Apple Road due to a gas leak, Harbour Police Department reported at 1:30 p.m. on Nov. 8.");
    expect(quoteWith(result, "Dresden Drive is closed")).toMatchObject({ text: "Dresden Drive is closed between Elm Street and Apple Road due to a gas leak", cue: "reported" });
  });

  it("reads more participle clauses (…, claiming …; …, stating that …) but no gerund after a preposition, and nothing before a participle", () => {
    const result = analyse("Mayor Jane Doe defended the tolls, claiming they would pay for repairs within ten years.", "Jane Doe closed the pier, stating that the old boards were unsafe for visitors.");
    expect(quoteWith(result, "they would pay for repairs")).toMatchObject({ speaker: "Jane Doe", cue: "claiming" });
    expect(quoteWith(result, "the old boards were unsafe")).toMatchObject({ speaker: "Jane Doe", cue: "stating" });
    expect(reported("Critics mocked the habit of declaring on a batsman who had fought all day for his place.")).toEqual([]);
    expect(reported("The captain let his batsmen score freely for another hour before declaring.")).toEqual([]);
  });

  it("reads documents and data as sources, given to the body that issued them: “a statement from the Ministry of Health said”, “according to figures from …”", () => {
    const result = analyse(
      "Hourly earnings were up 2.1 percent over the past year, Labor Department data show.",
      "A statement from the Ministry of Health said the clinic would close for a week.",
      "The jobless rate rose to 5 percent, according to figures from the Office for National Statistics.",
      "The new regulations state that venues must not play music above 85 decibels.",
    );
    expect(quoteWith(result, "Hourly earnings were up")).toMatchObject({ text: "Hourly earnings were up 2.1 percent over the past year", kind: "reported", cue: "show" });
    expect(quoteWith(result, "the clinic would close")).toMatchObject({ speaker: "Ministry of Health", cue: "said" });
    expect(quoteWith(result, "The jobless rate rose")).toMatchObject({ speaker: "Office for National Statistics", cue: "according to" });
    expect(quoteWith(result, "venues must not play music")).toMatchObject({ cue: "state" });
    expect(reported("The video shows the driver leaving the car before the crash.")).toEqual([]);
    expect(reported("Police found the car abandoned near the bridge on Friday.")).toEqual([]);
  });

  it("gives an inverted attribution to the person a body's role leads to: “said Harbour Authority spokesman Tom Reyes”, “warns Port Agency (PA) Director Ana Ruiz as she …”", () => {
    const result = analyse(
      "Ferry crossings have doubled since May, said Harbour Authority spokesman Tom Reyes.",
      "The coast cannot ignore the risk of further storms, warns Port Agency (PA) Director Ana Ruiz as she urged towns to stay ready.",
    );
    expect(quoteWith(result, "Ferry crossings have doubled")).toMatchObject({ text: "Ferry crossings have doubled since May", speaker: "Tom Reyes", cue: "said" });
    expect(quoteWith(result, "The coast cannot ignore")).toMatchObject({ text: "The coast cannot ignore the risk of further storms", speaker: "Ana Ruiz", cue: "warns" });
  });

  it("reads a participle after a clause whose verb follows an auxiliary, its described subject the body named just before: “The space agency would not describe …, saying …”", () => {
    const result = analyse(
      "Acme Corp said the craft was operating normally before it stopped sending data.",
      "The space agency would not immediately describe the fault, saying its experts were looking into it.",
    );
    expect(quoteWith(result, "its experts were looking")).toMatchObject({ text: "its experts were looking into it", speaker: "Acme Corp", cue: "saying" });
  });

  it("reads cues whose listener comes first, like “told”: “reminded senators that …”, “assured members that …”, ending at the next speaker's appositive", () => {
    const result = analyse(
      "Brian Manning reminded senators that the ministry has added a tax on luxury food items to cut demand.",
      "While a county report assured members that the buses were built to the gold standard, under questioning Tom Reyes, the department’s deputy director, acknowledged that nobody had checked the standard.",
    );
    expect(quoteWith(result, "the ministry has added a tax")).toMatchObject({ speaker: "Brian Manning", cue: "reminded" });
    expect(quoteWith(result, "the buses were built")).toMatchObject({ text: "the buses were built to the gold standard", speakerId: null, cue: "assured" });
    expect(quoteWith(result, "nobody had checked")).toMatchObject({ speaker: "Tom Reyes", cue: "acknowledged" });
  });

  it("puts nothing in the mouth of someone who did not say it: “did not say that …”, “have not disclosed …”, “declined to say whether …”", () => {
    expect(reported("Jane Doe did not say that the plan had failed.")).toEqual([]);
    expect(reported("Jane Doe declined to say whether the pier would reopen in May.")).toEqual([]);
    const withheld = reported("Police have not disclosed the victims’ names, but the school district confirmed that both victims are students.");
    expect(withheld.map((q) => [q.text, q.cue])).toEqual([["both victims are students", "confirmed"]]);
  });

  it("reads a year or a bare weekday between subject and cue, or between cue and statement: “Acme Corp in 2017 announced …”, “Governor Tom Reyes Thursday said …”", () => {
    const result = analyse(
      "Acme Corp in 2017 announced a multi-year deal to sell cloud services to a large energy firm.",
      "The firm grew after President Tom Reyes announced in 2017 his decision to leave the trade pact.",
      "Governor Ana Ruiz Thursday said the island was calm again after the arrests.",
    );
    expect(quoteWith(result, "a multi-year deal")).toMatchObject({ speaker: "Acme Corp", cue: "announced" });
    expect(quoteWith(result, "his decision to leave")).toMatchObject({ text: "his decision to leave the trade pact", speaker: "Tom Reyes" });
    expect(quoteWith(result, "the island was calm")).toMatchObject({ speaker: "Ana Ruiz", cue: "said" });
  });

  it("lets a clause-only cue report a clause without “that” when a finite auxiliary opens it: “projected consumer prices would rise”, not “wrote a letter that was read”", () => {
    const result = analyse("The Monetary Fund projected consumer prices would rise by 7 percent this year.", "Ana Ruiz also mentioned her office would hire ten more nurses.");
    expect(quoteWith(result, "consumer prices would rise")).toMatchObject({ text: "consumer prices would rise by 7 percent this year", cue: "projected" });
    expect(quoteWith(result, "her office would hire")).toMatchObject({ speaker: "Ana Ruiz", cue: "mentioned" });
    expect(reported("Carla Moss wrote a letter that was read aloud at the meeting.")).toEqual([]);
    expect(reported("The two loggers informed police of what had happened in the forest.")).toEqual([]);
  });

  it("reads a subject whose appositive closes inside a title's quotation marks: “Ivar Lund, author of “The Case for Quotas,” argued that …”", () => {
    const result = analyse("Ivar Lund, author of the 2017 essay “The Case for Quotas,” argued that the harbour was better run than many others.");
    expect(quoteWith(result, "the harbour was better run")).toMatchObject({ speaker: "Ivar Lund", cue: "argued" });
  });

  it("reads a statement whose subject is a long description opened by an article, its speaker unknown: “The group that represents more than 155,000 agents across the country said …”", () => {
    const result = analyse(
      "The group that represents more than 155,000 estate agents across the country said in a release Friday that sales fell by a third.",
      "The striking workers are not aiming to disrupt travel, a spokeswoman for the Harbour Workers Union said at a press conference.",
    );
    expect(quoteWith(result, "sales fell by a third")).toMatchObject({ kind: "reported", speakerId: null, cue: "said" });
    expect(quoteWith(result, "not aiming to disrupt travel")).toMatchObject({ text: "The striking workers are not aiming to disrupt travel", speakerId: null });
  });

  it("leaves a bracketed link card after the sentence out of the statement: “…, Paul Moss said. [Related: …]”", () => {
    const result = analyse("The study is part of a larger effort to understand how the drugs work, Paul Moss said. [Related: The History of 8 Hallucinogens]");
    expect(quoteWith(result, "part of a larger effort")).toMatchObject({ text: "The study is part of a larger effort to understand how the drugs work", speaker: "Paul Moss" });
  });

  it("reads what was admitted after “admitted to”, and starts a new statement at “and the <noun> admitted”", () => {
    const result = analyse("During the inspection, one of the men admitted to entering the country illegally and the boat's captain admitted to returning from the island without a permit.");
    expect(reported("During the inspection, one of the men admitted to entering the country illegally and the boat's captain admitted to returning from the island without a permit.").map((q) => q.text)).toEqual([
      "entering the country illegally",
      "returning from the island without a permit",
    ]);
    expect(quoteWith(result, "entering the country")).toMatchObject({ speakerId: null, cue: "admitted" });
    expect(reported("The nurse was admitted to the hospital on Monday with burns to both hands.")).toEqual([]);
  });

  it("gives a relative clause's cue to the name right before it, after a preposition too: “presented to Joan Honore-Paul who advised that …”", () => {
    const result = analyse("The evidence was presented to Deputy Director Joan Honore-Paul who advised that the woman should be charged with murder.");
    expect(quoteWith(result, "should be charged with murder")).toMatchObject({ speaker: "Joan Honore-Paul", cue: "advised" });
  });

  it("reads “affirmed” as a report: “In an interview, Feng Zhang affirmed he’d made the discoveries on his own.”", () => {
    const result = analyse("In an interview, Feng Zhang affirmed he’d made the discoveries on his own.");
    expect(quoteWith(result, "made the discoveries")).toMatchObject({ text: "he’d made the discoveries on his own", speaker: "Feng Zhang", cue: "affirmed" });
  });

  it("reads an aside inside a relative clause as that clause's statement: “…, which, he said, scared the man off” is his, the rest of the sentence is not", () => {
    const result = analyse("Ravi Shah tried to get the man's attention by talking through his camera, which, he said, scared the man off.");
    expect(quoteWith(result, "scared the man off")).toMatchObject({ text: "scared the man off", speaker: "Ravi Shah", attribution: "pronoun" });
  });

  it("takes a participle after “with” for an adjective, so the next “he said” still finds the last speaker: “comes with added costs …”", () => {
    const result = analyse(
      "“They were the first to market the halibut,” said Bob Alverson, head of the owners' group.",
      "The label comes with added costs borne by the fishermen and passed on to shoppers. But it is also an assurance “that people are watching out for the fish,” he said.",
    );
    expect(reported("The label comes with added costs borne by the fishermen and passed on to shoppers.")).toEqual([]);
    expect(quoteWith(result, "watching out for the fish")).toMatchObject({ speaker: "Bob Alverson", attribution: "pronoun" });
  });
});
