// Promise: the announce channel's and the metrics endpoint's settings are checked at start, each
// problem named in one line that says what to do, and no value (a token least of all) is echoed.
import { describe, expect, it } from "vitest";
import { readAnnounceConfig } from "../../src/discord/announce/announceConfig.ts";
import { readMetricsConfig } from "../../src/discord/observe/metricsConfig.ts";
import { CHANNEL_ID, TOKEN } from "../fakeDiscord/ids.ts";

describe("ANNOUNCE_CHANNEL_ID", () => {
  it("is off when unset or blank", () => {
    expect(readAnnounceConfig({ DISCORD_TOKEN: TOKEN })).toEqual({ ok: true, config: null });
    expect(readAnnounceConfig({ ANNOUNCE_CHANNEL_ID: "  ", DISCORD_TOKEN: TOKEN })).toEqual({ ok: true, config: null });
  });

  it("posts with the bot token, through DISCORD_API_URL when set", () => {
    expect(readAnnounceConfig({ ANNOUNCE_CHANNEL_ID: CHANNEL_ID, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: "http://127.0.0.1:9/api/" })).toEqual({
      ok: true,
      config: { channelId: CHANNEL_ID, token: TOKEN, apiUrl: "http://127.0.0.1:9/api" },
    });
  });

  it("names a malformed channel id, or a missing token, in one line without echoing the values", () => {
    const malformed = readAnnounceConfig({ ANNOUNCE_CHANNEL_ID: "#news", DISCORD_TOKEN: TOKEN });
    expect(malformed).toEqual({ ok: false, problems: [expect.stringMatching(/^ANNOUNCE_CHANNEL_ID is malformed: a channel id is a number/u)] });
    const tokenless = readAnnounceConfig({ ANNOUNCE_CHANNEL_ID: CHANNEL_ID, DISCORD_TOKEN: "not-a-token" });
    expect(tokenless).toEqual({ ok: false, problems: [expect.stringMatching(/^ANNOUNCE_CHANNEL_ID is set but DISCORD_TOKEN is missing or malformed/u)] });
    expect(JSON.stringify([malformed, tokenless])).not.toMatch(/#news|not-a-token/u);
  });
});

describe("METRICS_PORT and METRICS_HOST", () => {
  it("serve nothing when the port is unset, and listen on 127.0.0.1 unless told otherwise", () => {
    expect(readMetricsConfig({})).toEqual({ ok: true, config: null });
    expect(readMetricsConfig({ METRICS_PORT: "9464" })).toEqual({ ok: true, config: { port: 9464, host: "127.0.0.1" } });
    expect(readMetricsConfig({ METRICS_PORT: "9464", METRICS_HOST: "0.0.0.0" })).toEqual({ ok: true, config: { port: 9464, host: "0.0.0.0" } });
  });

  it("refuse a port that is not one, in one line", () => {
    for (const port of ["http", "70000", "-1"]) {
      expect(readMetricsConfig({ METRICS_PORT: port })).toEqual({ ok: false, problems: [expect.stringMatching(/^METRICS_PORT is malformed: give a port number/u)] });
    }
  });
});
