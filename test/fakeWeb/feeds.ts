// The feeds the fake web serves, one per format, pointing at its saved pages: absolute and relative
// links, CDATA and entities in titles, dates present and missing, an author as an RSS e-mail address,
// and an item whose page is gone.
export const rssFeed = (origin: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>World News &amp; Politics</title>
    <link>${origin}/</link>
    <description>Test feed</description>
    <item>
      <title><![CDATA[Obama admits US gun laws are his <em>biggest frustration</em>]]></title>
      <link>${origin}/news/obama-guns</link>
      <pubDate>Fri, 24 Jul 2015 04:36:09 GMT</pubDate>
      <dc:creator>Jon Sopel</dc:creator>
    </item>
    <item>
      <title>Indonesia expands search for missing AirAsia jet</title>
      <link>/news/airasia?utm_source=rss</link>
      <pubDate>Tue, 30 Dec 2014 09:15:00 +0000</pubDate>
      <author>desk@example.com (Reuters Desk)</author>
    </item>
    <item>
      <title>A story that was taken down</title>
      <link>${origin}/news/taken-down</link>
    </item>
    <item>
      <title>United States to Lift Sudan Sanctions</title>
      <link>${origin}/old/sudan</link>
    </item>
  </channel>
</rss>
`;

export const atomFeed = (): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Environment &amp;amp; Impeachment</title>
  <id>urn:test:atom</id>
  <updated>2019-11-20T06:07:01Z</updated>
  <entry>
    <title>'What is the sea telling us?'</title>
    <link rel="alternate" type="text/html" href="/news/whales"/>
    <id>urn:test:whales</id>
    <updated>2019-01-03T07:00:02Z</updated>
    <author><name>Eleanor Ainge Roy</name></author>
  </entry>
  <entry>
    <title>Key moments from Volker and Morrison</title>
    <link rel="alternate" href="/news/volker"/>
    <id>urn:test:volker</id>
    <updated>2019-11-20T06:07:01Z</updated>
  </entry>
</feed>
`;

export const jsonFeed = (origin: string): string =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Business and Justice",
    items: [
      { id: "halibut", url: `${origin}/news/halibut`, title: "Alaskan halibut", date_published: "2019-04-28T06:01:07Z" },
      { id: "epstein", url: `${origin}/news/epstein`, title: "Prison guards charged", authors: [{ name: "Kevin Johnson" }] },
    ],
  });
