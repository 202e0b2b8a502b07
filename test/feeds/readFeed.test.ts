// Feeds recognised by their content and read the same way whatever their format: each item's page
// link (made absolute), its title as plain text, its publication time and author; a web page is not
// a feed, and a broken feed says so.
import { describe, expect, it } from "vitest";
import { readFeed } from "../../src/ingest/feeds/readFeed.ts";
import { atomFeed, jsonFeed, rssFeed } from "../fakeWeb/feeds.ts";

const ORIGIN = "http://news.example";

const itemsOf = (text: string, base = `${ORIGIN}/feeds/x`) => {
  const read = readFeed(text, base);
  if (read.kind !== "feed") throw new Error(`not read as a feed: ${read.kind}`);
  return read.feed;
};

describe("reading a feed", () => {
  it("reads RSS 2.0: CDATA and markup in titles as text, relative links made absolute, RFC 822 dates, dc:creator and e-mail authors", () => {
    const feed = itemsOf(rssFeed(ORIGIN));
    expect(feed.title).toBe("World News & Politics");
    expect(feed.items[0]).toEqual({
      link: `${ORIGIN}/news/obama-guns`,
      title: "Obama admits US gun laws are his biggest frustration",
      published: "2015-07-24T04:36:09.000Z",
      author: "Jon Sopel",
    });
    expect(feed.items[1]).toMatchObject({ link: `${ORIGIN}/news/airasia?utm_source=rss`, published: "2014-12-30T09:15:00.000Z", author: "Reuters Desk" });
    expect(feed.items[2]).toEqual({ link: `${ORIGIN}/news/taken-down`, title: "A story that was taken down" });
  });

  it("reads Atom: the alternate link against the feed's address, escaped HTML titles, the entry's author and when it was updated", () => {
    const feed = itemsOf(atomFeed(), `${ORIGIN}/feeds/atom`);
    expect(feed.title).toBe("Environment & Impeachment");
    expect(feed.items).toEqual([
      { link: `${ORIGIN}/news/whales`, title: "'What is the sea telling us?'", published: "2019-01-03T07:00:02.000Z", updated: "2019-01-03T07:00:02.000Z", author: "Eleanor Ainge Roy" },
      { link: `${ORIGIN}/news/volker`, title: "Key moments from Volker and Morrison", published: "2019-11-20T06:07:01.000Z", updated: "2019-11-20T06:07:01.000Z" },
    ]);
  });

  it("reads JSON Feed, also without a date", () => {
    const feed = itemsOf(jsonFeed(ORIGIN));
    expect(feed.title).toBe("Business and Justice");
    expect(feed.items).toEqual([
      { link: `${ORIGIN}/news/halibut`, title: "Alaskan halibut", published: "2019-04-28T06:01:07.000Z" },
      { link: `${ORIGIN}/news/epstein`, title: "Prison guards charged", author: "Kevin Johnson" },
    ]);
  });

  it("reads RSS 1.0 (RDF) with Dublin Core dates and creators", () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="${ORIGIN}/"><title>RDF News</title><link>${ORIGIN}/</link><description>d</description></channel>
      <item rdf:about="${ORIGIN}/a"><title>First</title><link>${ORIGIN}/a</link><dc:date>2020-02-02T10:00:00Z</dc:date><dc:creator>Ann Lee</dc:creator></item>
    </rdf:RDF>`;
    expect(itemsOf(rdf).items).toEqual([{ link: `${ORIGIN}/a`, title: "First", published: "2020-02-02T10:00:00.000Z", author: "Ann Lee" }]);
  });

  it("keeps each page once and drops items with no web link", () => {
    const rss = `<rss version="2.0"><channel><title>t</title><link>${ORIGIN}</link><description>d</description>
      <item><title>a</title><link>${ORIGIN}/a</link></item><item><title>again</title><link>${ORIGIN}/a</link></item>
      <item><title>mail</title><link>mailto:desk@example.com</link></item><item><title>none</title></item></channel></rss>`;
    expect(itemsOf(rss).items.map((item) => item.link)).toEqual([`${ORIGIN}/a`]);
  });

  it("does not take a web page or other JSON for a feed", () => {
    expect(readFeed("<!DOCTYPE html><html><head><title>News</title></head><body><p>Story</p></body></html>", ORIGIN).kind).toBe("not a feed");
    expect(readFeed('{"rows":[1,2]}', ORIGIN).kind).toBe("not a feed");
    const pageAboutFeeds = `<!DOCTYPE html><html><body><p>Subscribe:</p><script type="text/template">
<rss version="2.0"><channel><item><link>${ORIGIN}/x</link></item></channel></rss>
</script></body></html>`;
    expect(readFeed(pageAboutFeeds, ORIGIN).kind).toBe("not a feed");
  });

  it("says a feed is malformed when it is cut off", () => {
    expect(readFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>cut`, ORIGIN)).toMatchObject({ kind: "malformed", reason: expect.stringMatching(/^malformed feed/u) });
  });
});
