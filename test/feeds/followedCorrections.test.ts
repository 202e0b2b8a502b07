// A correction to a followed article arrives by itself: when the feed says an item changed after it
// was filed (Atom's <updated>, JSON Feed's date_modified), its page is fetched again and the article
// updated in place, keeping its id; an item the feed leaves alone (or has not changed again since) is
// not fetched again.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { followFeeds, type PollEvent } from "../../src/app/following.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { corpusHtml, send, startFakeWeb, type FakeWeb } from "../fakeWeb/fakeWeb.ts";

const ORIGINAL = "Parata, 75, has now overseen more than 500 strandings";
const CORRECTED = "Parata, 75, has now overseen more than 600 strandings";

let web: FakeWeb;
let store: CoverageStore;
beforeAll(async () => {
  web = await startFakeWeb();
});
afterAll(async () => {
  await web.close();
});
beforeEach(() => {
  store = openSqliteStore(":memory:");
});
afterEach(async () => {
  await store.close();
});

const atom = (updated: string): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Environment</title><id>urn:test:env</id><updated>${updated}</updated>
  <entry><title>'What is the sea telling us?'</title><link href="/news/whales-followed"/><id>urn:test:whales</id>
    <published>2019-01-03T07:00:02Z</published><updated>${updated}</updated></entry>
</feed>`;

const servePage = (sentence: string): void =>
  web.serve("/news/whales-followed", send("text/html; charset=utf-8", corpusHtml("guardian-maori-whale-strandings").toString().replace(ORIGINAL, sentence)));

/** One poll of `feed` on the store, as a follower does it. */
async function pollOnce(feed: string): Promise<PollEvent> {
  let done: (event: PollEvent) => void = () => undefined;
  const polled = new Promise<PollEvent>((resolve) => {
    done = resolve;
  });
  const following = followFeeds(store, { feeds: [feed], pollSeconds: 600 }, (event) => done(event), { hostGapMs: 0 });
  const event = await polled;
  await following.stop();
  await store.saveFeedState({ url: feed, failures: 0, items: 0 });
  return event;
}

const pageFetches = (): number => web.requests.filter((r) => r.path === "/news/whales-followed").length;

describe("a correction to a followed article", { timeout: 60_000 }, () => {
  it("updates the article in place when the feed says the item changed, and leaves it alone otherwise", async () => {
    servePage(ORIGINAL);
    web.serve("/env.xml", send("application/atom+xml", atom("2019-01-03T07:00:02Z")));
    const first = await pollOnce(web.url("/env.xml"));
    expect(first).toMatchObject({ added: 1 });
    const id = first.addedArticles[0] ?? "";

    expect(await pollOnce(web.url("/env.xml"))).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(pageFetches()).toBe(1);

    servePage(CORRECTED);
    web.serve("/env.xml", send("application/atom+xml", atom(new Date().toISOString())));
    expect(await pollOnce(web.url("/env.xml"))).toMatchObject({ added: 0, updated: 1 });
    const article = await store.article(id);
    expect(article?.paragraphs.map((p) => p.text).join("\n")).toContain(CORRECTED);
    expect(await store.articleCount()).toBe(1);

    expect(await pollOnce(web.url("/env.xml"))).toMatchObject({ updated: 0, unchanged: 1 });
    expect(pageFetches()).toBe(2);
  });
});
