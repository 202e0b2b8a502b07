// Which feeds a bot follows: FEEDS (spaces or commas) and data/feeds.txt (one a line, # comments),
// each once; FEED_POLL_SECONDS with its default and minimum; a bad value refused in one line naming it;
// FOLLOW_FEEDS=no leaves the polling to `npm run follow`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { botFollows, followConfig } from "../../src/app/followConfig.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "follow-config-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the feeds to follow", () => {
  it("come from FEEDS and the feeds file, each once, the file's comments and blank lines left out", () => {
    const file = join(dir, "feeds.txt");
    writeFileSync(file, "# world desk\nhttps://example.org/world.xml\n\nhttps://example.org/a.xml   # also in FEEDS\n");
    const read = followConfig({ FEEDS: "https://example.org/a.xml, https://example.org/b.xml  https://example.org/c.xml", FEEDS_FILE: file });
    expect(read).toEqual({
      ok: true,
      config: { feeds: ["https://example.org/a.xml", "https://example.org/b.xml", "https://example.org/c.xml", "https://example.org/world.xml"], pollSeconds: 600, leaseSeconds: 60 },
    });
  });

  it("are none when neither is given, polled every 600 s by default, a silent poller's lease running 60 s", () => {
    expect(followConfig({ FEEDS_FILE: join(dir, "missing.txt") })).toEqual({ ok: true, config: { feeds: [], pollSeconds: 600, leaseSeconds: 60 } });
  });

  it("refuse what is not an http(s) URL, and a poll interval under 5 s, in one line naming the value", () => {
    const bad = followConfig({ FEEDS: "ftp://example.org/feed.xml", FEEDS_FILE: join(dir, "none") });
    expect(bad).toEqual({ ok: false, message: expect.stringMatching(/^A feed to follow is not an http\(s\) URL: "ftp:\/\/example\.org\/feed\.xml"/u) });
    expect(followConfig({ FEED_POLL_SECONDS: "2", FEEDS_FILE: join(dir, "none") })).toEqual({ ok: false, message: expect.stringMatching(/^FEED_POLL_SECONDS must be .* at least 5 \(it is "2"\)/u) });
    expect(followConfig({ FEED_POLL_SECONDS: "soon", FEEDS_FILE: join(dir, "none") }).ok).toBe(false);
    expect(followConfig({ FEED_POLL_SECONDS: "5", FEEDS_FILE: join(dir, "none") })).toMatchObject({ ok: true, config: { pollSeconds: 5 } });
  });

  it("refuse a feed lease under 2 s in one line naming the value, and take one of 2 s or more", () => {
    expect(followConfig({ FEED_LEASE_SECONDS: "1", FEEDS_FILE: join(dir, "none") })).toEqual({
      ok: false,
      message: expect.stringMatching(/^FEED_LEASE_SECONDS must be .* at least 2 \(it is "1"\); the default is 60\.$/u),
    });
    expect(followConfig({ FEED_LEASE_SECONDS: "3", FEEDS_FILE: join(dir, "none") })).toMatchObject({ ok: true, config: { leaseSeconds: 3 } });
  });

  it("are polled by the bot unless FOLLOW_FEEDS says no", () => {
    expect(botFollows({})).toBe(true);
    expect(botFollows({ FOLLOW_FEEDS: "no" })).toBe(false);
    expect(botFollows({ FOLLOW_FEEDS: "yes" })).toBe(true);
  });
});
