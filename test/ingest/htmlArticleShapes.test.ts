// Saved pages of shapes found on the public extraction benchmark, written small by hand: each
// test keeps the article's own text in the body and the site's text out of it.
import { describe, expect, it } from "vitest";
import { parseHtmlPage } from "../../src/ingest/htmlPage.ts";
import type { ParsedPage } from "../../src/ingest/parsedPage.ts";

/** A saved page: `article` inside <main>, with whatever else the site put around it. */
function savedPage(article: string, { lang = "en", around = "" } = {}): ParsedPage {
  const html = `<!DOCTYPE html><html lang="${lang}"><head><title>A page</title></head><body>${around}<main>${article}</main></body></html>`;
  return parseHtmlPage(html, "page.html");
}

const paragraphs = (page: ParsedPage): string[] => page.sections.flatMap((s) => s.paragraphs);

describe("articles in languages written without spaces", () => {
  const japanese = [
    "京都市で十日、秋の伝統行事「時代祭」が開かれ、平安時代から明治維新までの衣装をまとった約二千人が市の中心部を練り歩いた。",
    "沿道には大勢の観光客が集まり、色鮮やかな行列に拍手を送った。主催者によると、今年は海外からの来場者が例年より多かったという。",
    "行列は正午に京都御所を出発し、約四・五キロの道のりを進んで、夕方に平安神宮へ到着した。",
  ];
  const chinese = [
    "上海市周三开放了一座新的城市图书馆，馆内藏书超过三百万册，每天可以接待大约一万名读者。",
    "图书馆负责人表示，新馆设有专门的儿童阅读区和数字阅览室，市民可以免费办理借阅证。",
    "开馆第一天，许多家长带着孩子前来参观，门口排起了长队。",
  ];

  it("reads a Japanese article instead of refusing it as too short", () => {
    const page = savedPage(`<article>${japanese.map((p) => `<p>${p}</p>`).join("")}</article>`, { lang: "ja" });
    expect(paragraphs(page)).toEqual(japanese);
  });

  it("reads a Chinese article instead of refusing it as too short", () => {
    const page = savedPage(`<article>${chinese.map((p) => `<p>${p}</p>`).join("")}</article>`, { lang: "zh" });
    expect(paragraphs(page)).toEqual(chinese);
  });

  it("still refuses a stub, in any script", () => {
    expect(() => savedPage("<article><p>ページが見つかりません。</p></article>", { lang: "ja" })).toThrow(/not an article: only \d+ words/u);
  });
});

describe("wrappers named like related lists", () => {
  const story = [
    "The harbour board voted on Tuesday to close the old ferry pier for good after engineers found its pilings rotten through.",
    "Commuters who relied on the morning crossing will be offered a free shuttle bus until a new pier opens in two years.",
    "“We had no choice once we saw the report,” said board chair Mina Okafor, who called the decision painful but overdue.",
  ];

  it.each(["entry-content entry-content-read-more", "popular-post-body"])("keeps a story wrapped in class %j", (wrapper) => {
    const page = savedPage(`<article><div class="${wrapper}">${story.map((p) => `<p>${p} <a href="/x">Details</a>.</p>`).join("")}</div></article>`);
    expect(paragraphs(page)).toEqual(story.map((p) => `${p} Details.`));
  });
});

describe("tables of figures", () => {
  it("keeps a statistics table row by row, figures-only rows included, and drops stray counters", () => {
    const page = savedPage(`<article>
      <p>The club's new striker has scored in every season since joining from the academy, as the figures below show.</p>
      <table><thead><tr><th>Season</th><th>Games</th><th>Goals</th></tr></thead>
      <tbody><tr><td>2021</td><td>30</td><td>11</td></tr><tr><td>2022</td><td>34</td><td>19</td></tr><tr><td>Total</td><td>64</td><td>30</td></tr></tbody></table>
      <p>1 / 12</p>
      <p>He told reporters he expects to pass twenty goals next season if he stays free of injury.</p></article>`);
    expect(paragraphs(page)).toEqual([
      "The club's new striker has scored in every season since joining from the academy, as the figures below show.",
      "Season Games Goals",
      "2021 30 11",
      "2022 34 19",
      "Total 64 30",
      "He told reporters he expects to pass twenty goals next season if he stays free of injury.",
    ]);
  });
});

describe("quoted posts and cards inside boxes named for media", () => {
  const lead = "The city's new bike-share scheme drew mixed reviews on its first weekend, with riders praising the bikes but not the app.";
  const after = "The operator said a fix for the app would be released within a fortnight, and that rides would be free until then.";

  it("keeps an embedded tweet and its signature in the body, not among the captions", () => {
    const tweet = `<div class="video-container social-embed"><blockquote class="twitter-tweet"><p>Rode one home tonight. Lovely bike, but the app charged me twice.</p>— Sam Lee (@samlee) May 3, 2024</blockquote></div>`;
    const page = savedPage(`<article><p>${lead}</p>${tweet}<p>${after}</p></article>`);
    expect(paragraphs(page)).toEqual([lead, "Rode one home tonight. Lovely bike, but the app charged me twice.", "— Sam Lee (@samlee) May 3, 2024", after]);
    expect(page.captions.join(" ")).not.toContain("Rode one home");
  });

  it("keeps a pull quote in a figure in the body", () => {
    const quote = `<figure class="pull-quote"><blockquote><p>We expected teething problems, not a queue at every dock.</p></blockquote><figcaption>Council transport lead</figcaption></figure>`;
    const page = savedPage(`<article><p>${lead}</p>${quote}<p>${after}</p></article>`);
    expect(paragraphs(page)).toContain("We expected teething problems, not a queue at every dock.");
  });

  it("keeps a recipe card whose class only says it has an image, and still takes the photo's caption", () => {
    const card = `<div class="recipe-card card-has-image"><h3>Ingredients</h3><ul><li>2 ripe pears, peeled</li><li>1 tsp cinnamon</li></ul><h3>Instructions</h3><ol><li>Simmer the pears with the cinnamon for ten minutes.</li></ol></div>`;
    const photo = `<figure><img src="pears.jpg"><figcaption>Pears from the market. Photo: Ana Silva</figcaption></figure>`;
    const page = savedPage(`<article><p>${lead}</p>${photo}${card}<p>${after}</p></article>`);
    expect(paragraphs(page)).toEqual(expect.arrayContaining(["2 ripe pears, peeled", "1 tsp cinnamon", "Simmer the pears with the cinnamon for ten minutes."]));
    expect(page.captions).toEqual(["Pears from the market. Photo: Ana Silva"]);
  });
});

describe("a story told in sections named like furniture", () => {
  it("keeps every part when one class holds most of the story, and still drops the share bar", () => {
    const parts = [
      ["The vote", "Councillors voted nine to two on Monday night to ban cars from the old market square on weekends from next spring."],
      ["The shops", "Traders were split: cafés welcomed the extra tables outside, while the hardware store feared losing its weekend customers."],
      ["The cost", "New paving, benches and planters will cost about £1.2 million, most of it paid from a regional regeneration fund."],
      ["What next", "A trial closure starts in March, and the council will publish footfall figures every month so residents can judge it."],
    ];
    const sections = parts.map(([heading, text], i) => `<section class="story-highlight highlight-${i + 1}"><h2>${heading}</h2><p>${text}</p></section>`).join("");
    const page = savedPage(`<article><div class="share-tools">Share on Facebook Share on X</div>${sections}</article>`);
    expect(page.sections).toEqual(parts.map(([heading, text]) => ({ heading, paragraphs: [text] })));
  });
});

describe("the site's lines around a story", () => {
  const story = [
    "A hospital in the north of the county will open a second emergency department next year, its board announced on Monday.",
    "The new unit will add forty beds and is meant to cut waiting times, which last winter often passed twelve hours.",
  ];

  it("keeps notices, contacts, copyright and photo credits, the address and the page's own URL out of the body", () => {
    const page = parseHtmlPage(
      `<html><head><title>Second emergency department</title><link rel="canonical" href="https://news.example.com/health/second-ed-123.html"></head><body><main><article>
        <p>https://news.example.com/health/second-ed-123.html</p>
        ${story.map((p) => `<p>${p}</p>`).join("")}
        <p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>
        <p>Email Jo Bloggs at jbloggs@example.com or follow her @jobloggs.</p>
        <p>Tell us what YOU think...</p>
        <p>The Gazette 12 Harbour Street, Suite 400 Springfield 20006 | 202-555-0100 tel | 202-555-0101 fax</p>
        <p>The contents of this site are ©2019 Example Publishing Corp.</p>
        <p>© Jane Photographer</p>
      </article></main></body></html>`,
      "page.html",
    );
    expect(paragraphs(page)).toEqual(story);
  });
});

describe("other stories promoted inside the story", () => {
  it("takes a paragraph that is only a link in capitals as a related headline, and keeps capitals that are not a link", () => {
    const story = [
      "The singer cancelled the last three dates of her tour on Sunday, citing a throat infection.",
      "Her label said refunds would be issued automatically within ten working days.",
      "A SPOKESWOMAN SAID THE SINGER WAS RESTING AT HOME.",
    ];
    const page = savedPage(
      `<article><p>${story[0]}</p><p><strong><a href="/other">SINGER'S FORMER MANAGER BREAKS SILENCE ON CONTRACT FEUD</a></strong></p><p>${story[1]}</p><p>${story[2]}</p><p><a href="/x">GET THE APP ON THE GO BY CLICKING HERE</a></p></article>`,
    );
    expect(paragraphs(page)).toEqual(story);
    expect(page.related.map((r) => r.title)).toEqual(["SINGER'S FORMER MANAGER BREAKS SILENCE ON CONTRACT FEUD"]);
  });
});

describe("link pop-up cards", () => {
  it("keeps the linked name in the sentence and drops the card pasted after it", () => {
    const card = (name: string) =>
      `<span class="rollover-people"><a href="/people/x">${name}</a><span class="rollover-people-block"><span class="rollover-block"><img src="p.jpg"><a class="name" href="/people/x">${name}</a><a href="/a">Budget talks stall as deadline nears</a> <a class="more" href="/people/x">MORE</a></span></span></span>`;
    const page = savedPage(
      `<article><p>Rep. ${card("Jane Doe")} (D-Ore.) said on Tuesday she would vote against the water bill unless it funds rural pipes.</p><p>Her colleague Rep. ${card("John Roe")} (R-Ida.) said the bill was already too expensive to pass the House this year.</p></article>`,
    );
    expect(paragraphs(page)).toEqual([
      "Rep. Jane Doe (D-Ore.) said on Tuesday she would vote against the water bill unless it funds rural pipes.",
      "Her colleague Rep. John Roe (R-Ida.) said the bill was already too expensive to pass the House this year.",
    ]);
  });
});

describe("other posts after the story", () => {
  const story = [
    "The county's last working lighthouse keeper retired on Friday after 41 years, handing the light over to an automatic system.",
    "Ewan Price climbed the 112 steps twice a day, in every weather, and logged each passing ship in a leather book.",
    "The lighthouse will open to visitors next summer, with his logbooks on display in the old oil store.",
  ];
  const teaser = (title: string, blurb: string, i: number) =>
    `<div class="rail-item"><a href="/news/${i}/story"><img src="/thumb${i}.jpg" alt=""></a><h3>${title}</h3><p>${blurb}</p></div>`;

  it("takes a row of teaser cards out as related headlines", () => {
    const row = `<div class="rail"><h2>More from the coast</h2>${[
      teaser("Ferry fares to rise in April", "Operators blame fuel costs.", 1),
      teaser("Seal pup rescued from harbour", "Volunteers spent four hours on the rocks.", 2),
      teaser("New cycle path opens on cliff top", "The route links three villages.", 3),
    ].join("")}</div>`;
    const page = savedPage(`<article>${story.map((p) => `<p>${p}</p>`).join("")}${row}</article>`);
    expect(paragraphs(page)).toEqual(story);
    expect(page.related.map((r) => r.title)).toEqual(["Ferry fares to rise in April", "Seal pup rescued from harbour", "New cycle path opens on cliff top"]);
  });

  it("keeps a gallery's captions: its pictures link to picture files, not to other stories", () => {
    const shots = [1, 2, 3].map((i) => `<div class="shot"><a href="/img/light${i}.jpg"><img src="/img/light${i}-small.jpg"></a><span>The lamp room seen from the gallery, view ${i}.</span></div>`).join("");
    const page = savedPage(`<article>${story.map((p) => `<p>${p}</p>`).join("")}<div class="shots">${shots}</div></article>`);
    expect(page.related).toEqual([]);
    expect([...paragraphs(page), ...page.captions].join(" ")).toContain("The lamp room seen from the gallery, view 2.");
  });

  it("keeps the story's own <article> and drops the site's other posts beside it", () => {
    const others = [1, 2].map((i) => `<article class="post"><h2><a href="/p${i}">Another post number ${i} from this blog</a></h2><p>A short excerpt of post ${i}.</p></article>`).join("");
    const page = savedPage(`<article class="post">${story.map((p) => `<p>${p}</p>`).join("")}</article>${others}`);
    expect(paragraphs(page)).toEqual(story);
    expect(page.related.map((r) => r.title)).toEqual(["Another post number 1 from this blog", "Another post number 2 from this blog"]);
  });
});

describe("the story's head", () => {
  const story = [
    "Three new cases of measles were confirmed in the city on Tuesday, bringing this year's total to eleven, health officials said.",
    "All three patients are children who had not been vaccinated, and two attend the same primary school in the north of the city.",
  ];

  it("keeps the kicker, standfirst and date above the first paragraph out of the body", () => {
    const page = savedPage(
      `<article><header><p>Health</p><h1>Measles cases rise to eleven</h1><p class="article-summary">Officials urge parents to check their children's vaccination records.</p><p>Updated 3 hours ago</p></header>${story.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(page.sections.flatMap((s) => [s.heading, ...s.paragraphs].filter(Boolean))).toEqual(story);
  });

  it("keeps a subtitle-classed line that comes after the story has begun", () => {
    const page = savedPage(`<article>${story.map((p) => `<p>${p}</p>`).join("")}<p class="subtitle">The school will hold a vaccination clinic on Friday.</p></article>`);
    expect(paragraphs(page)).toEqual([...story, "The school will hold a vaccination clinic on Friday."]);
  });
});
