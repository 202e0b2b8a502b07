// The site's own lines — prompts, widgets, contacts, copyright — are told from the story's by their words, on HTML and text pages alike.
import { describe, expect, it } from "vitest";
import { isSiteLine } from "../../src/ingest/boilerplate/siteLines.ts";

describe("lines that belong to the site", () => {
  it.each([
    "Skip to content",
    "Advert",
    "Iklan",
    "Anzeige",
    "Loading content ...",
    "Print Article",
    "Text size",
    "of 6",
    "Image 1 of / 9",
    "Filed under: Local politics |",
    "Tags",
    "Views: 1,204",
    "3.2K views",
    "5 min read",
    "Tempo de leitura: 2 minutos",
    "Comments",
    "Post Comment (+)",
    "Tell us what YOU think...",
    "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
    "Get the latest updates right in your inbox. Subscribe to the Gazette’s newsletters.",
    "There's plenty more where that came from. Sign up for The Morning Brief today to get the free daily newsletter delivered to your inbox.",
    "Want more stories like this?",
    "Follow @GazetteDeals on Twitter to keep up with the latest deals.",
    "Follow Newsround on Instagram, Facebook, Twitter and YouTube.",
    "Like this story? Share it with a friend!",
    "Join our Science Forums to keep talking about the latest discoveries!",
    "This website uses cookies to improve your experience. We'll assume you're ok with this.",
    "This post may contain affiliate and/or referral links. Please see my disclosure page.",
    "Share Tweet Submit",
    "Email Jo Bloggs at jbloggs@example.com or follow her @jobloggs.",
    "Write to Sam Reyes at sam.reyes@example.com",
    "jo.bloggs@example.com",
    "twitter.com/jobloggs",
    "Via SyndiGate.info",
    "SOURCE: News agencies",
    "Follow our full coverage of the election at https://example.com/election",
    "Follow all of our coverage of the storm",
    "More AP football: https://example.com/football",
    "Citation: Sleeping astronauts need smaller ships (2019, November 18) retrieved 20 November 2019 from https://example.com/news",
    "Copyright ⓒ Example Media. 무단전재 및 재배포 금지",
    "Copyright @ 2019 The Example Herald.",
    "The contents of this site are ©2019 Example Publishing Corp., a subsidiary of Example Holdings, Inc.",
    "This document is subject to copyright. Apart from any fair dealing no part may be reproduced.",
    "The Gazette is not responsible for the opinions, statements or media content presented by contributors. In case of abuse, click here to report.",
    "The views expressed in this column are the writer's own and do not necessarily reflect those of the Gazette.",
    "The Gazette 12 Harbour Street, Suite 400 Springfield 20006 | 202-555-0100 tel | 202-555-0101 fax",
    // Cyrillic look-alikes spelling an ad, past a filter and past the word limit of site lines.
    "Аdvеrtіѕе wіth thе lеаdіng news site on the coast ~ wе оffеr dіgіtаl расkаgеѕ fоr every budget, from banner space to sponsored stories, delivered to thousands of readers at home and abroad every single day. Call us today or write to the sales team for our rates.",
  ])("%s", (line) => {
    expect(isSiteLine(line)).toBe(true);
  });
});

describe("story lines that only look like it", () => {
  it.each([
    "Copyright lawyers said the case would take years.",
    "Comments from the minister angered teachers, who walked out on Friday.",
    "The advert, which ran for two weeks, drew 40 complaints to the regulator.",
    "Voters can sign up for postal ballots by email until Friday.",
    "She said the newsletter had been sent to every household in the district.",
    "Police asked anyone with information to call 202-555-0199.",
    "Reporting by the Gazette last year found the same faults in three other bridges.",
    "Follow-up tests on Tuesday found no trace of the chemical.",
    "Two of 6 candidates withdrew before the vote.",
    "The minister said she is not responsible for the content of a report she never saw.",
    "Views on the plan were split, with 40 residents for it and 38 against.",
    "The band's new album, “Пісні” (Songs), sold out in Kyiv and Lviv within a week.",
  ])("%s", (line) => {
    expect(isSiteLine(line)).toBe(false);
  });
});
