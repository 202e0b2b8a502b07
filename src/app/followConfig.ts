// Which feeds to follow and how often, read from the environment in one place: FEEDS (URLs separated
// by spaces or commas) and the file FEEDS_FILE (default data/feeds.txt: one URL a line, # comments),
// FEED_POLL_SECONDS (default 600, at least 5), FEED_LEASE_SECONDS (how long a poller that stopped
// answering keeps a feed from the others: default 60, at least 2), and FOLLOW_FEEDS=no for a bot process
// that leaves the polling to `npm run follow`. A bad value is refused with one line that names it.
import { existsSync, readFileSync } from "node:fs";

export const DEFAULT_FEEDS_FILE = "data/feeds.txt";
export const DEFAULT_POLL_SECONDS = 600;
export const MIN_POLL_SECONDS = 5;
export const DEFAULT_LEASE_SECONDS = 60;
export const MIN_LEASE_SECONDS = 2;

export interface FollowConfig {
  feeds: string[];
  pollSeconds: number;
  /** How long a feed's lease runs unless renewed (DEFAULT_LEASE_SECONDS when not given). */
  leaseSeconds?: number;
}

export type FollowConfigResult = { ok: true; config: FollowConfig } | { ok: false; message: string };

const isWebUrl = (text: string): boolean => {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
};

function feedsFile(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*/u, "").trim())
    .filter(Boolean);
}

export function followConfig(env: NodeJS.ProcessEnv = process.env): FollowConfigResult {
  const file = env.FEEDS_FILE?.trim() || DEFAULT_FEEDS_FILE;
  const listed = [...(env.FEEDS ?? "").split(/[\s,]+/u).filter(Boolean), ...feedsFile(file)];
  const bad = listed.find((url) => !isWebUrl(url));
  if (bad) return { ok: false, message: `A feed to follow is not an http(s) URL: ${JSON.stringify(bad)} (in FEEDS or ${file}); fix or remove it.` };
  const pollSeconds = seconds(env, "FEED_POLL_SECONDS", MIN_POLL_SECONDS, DEFAULT_POLL_SECONDS);
  if (typeof pollSeconds === "string") return { ok: false, message: pollSeconds };
  const leaseSeconds = seconds(env, "FEED_LEASE_SECONDS", MIN_LEASE_SECONDS, DEFAULT_LEASE_SECONDS);
  if (typeof leaseSeconds === "string") return { ok: false, message: leaseSeconds };
  return { ok: true, config: { feeds: [...new Set(listed)], pollSeconds, leaseSeconds } };
}

/** A number of seconds from the environment, its default when unset, or the line refusing it. */
function seconds(env: NodeJS.ProcessEnv, name: string, least: number, byDefault: number): number | string {
  const given = env[name]?.trim();
  const value = given ? Number(given) : byDefault;
  if (Number.isFinite(value) && value >= least) return value;
  return `${name} must be a number of seconds, at least ${least} (it is ${JSON.stringify(given)}); the default is ${byDefault}.`;
}

/** Whether this bot process polls the feeds itself: not when FOLLOW_FEEDS=no (a `npm run follow` worker does). */
export const botFollows = (env: NodeJS.ProcessEnv = process.env): boolean => !/^(no|false|0|off)$/iu.test(env.FOLLOW_FEEDS?.trim() ?? "");
