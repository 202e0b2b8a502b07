// Promise: a machine given SHARD_LIST runs those shards of SHARD_COUNT (the shards across every
// machine), so one shard set can be spread over several machines; a list without a count, with an id
// past the count or that is not a list of ids is refused at start in one line, echoing no value.
import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/discord/config.ts";
import { APP_ID, TOKEN } from "../fakeDiscord/ids.ts";

const bot = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID };

describe("SHARD_LIST", () => {
  it("names this machine's shards of SHARD_COUNT, each once", () => {
    const read = readConfig({ ...bot, SHARD_COUNT: "4", SHARD_LIST: "2, 3,2" });
    expect(read).toMatchObject({ ok: true, config: { shardCount: 4, shardList: [2, 3] } });
  });

  it("leaves every shard to this machine when unset or blank", () => {
    const read = readConfig({ ...bot, SHARD_COUNT: "4", SHARD_LIST: " " });
    expect(read.ok && read.config.shardList).toBe(undefined);
  });

  it("refuses a list without SHARD_COUNT, an id past it, or what is not a list of ids, in one line each", () => {
    expect(readConfig({ ...bot, SHARD_LIST: "0,1" })).toEqual({ ok: false, problems: [expect.stringMatching(/^SHARD_LIST needs SHARD_COUNT/u)] });
    expect(readConfig({ ...bot, SHARD_COUNT: "2", SHARD_LIST: "1,2" })).toEqual({ ok: false, problems: [expect.stringMatching(/^SHARD_LIST is out of range/u)] });
    const malformed = readConfig({ ...bot, SHARD_COUNT: "2", SHARD_LIST: "0-1;x" });
    expect(malformed).toEqual({ ok: false, problems: [expect.stringMatching(/^SHARD_LIST is malformed: give the ids/u)] });
    expect(JSON.stringify(malformed)).not.toContain("0-1;x");
  });
});
