// robots.txt respected (RFC 9309, read by robots-parser): each site's file fetched once and kept for
// an hour, a page it disallows for coverage-bot skipped with that reason, its Crawl-delay honoured.
// No file (4xx) allows everything; a server error disallows everything for a few minutes, as the RFC
// asks; a site that cannot be reached at all is left to the page's own fetch to report.
import robotsModule from "robots-parser";
import { pacedByHost } from "./hostPacing.ts";
import { ROBOT_NAME, type FetchLimits } from "./fetchLimits.ts";
import { readBody } from "./readBody.ts";

/** The package is CommonJS exporting the function itself; its types declare it as an ES default export. */
const robotsParser = robotsModule as unknown as typeof robotsModule.default;
type Robot = ReturnType<typeof robotsParser>;

type Rules = { kind: "parsed"; robot: Robot } | { kind: "allow all" } | { kind: "disallow all"; reason: string };

export type RobotsVerdict = { allowed: true; gapMs: number } | { allowed: false; reason: string };

export const ROBOTS_KEPT_MS = 60 * 60 * 1000;
const SERVER_ERROR_KEPT_MS = 5 * 60 * 1000;
/** RFC 9309 asks crawlers to read at least 500 KiB. */
const MAX_ROBOTS_BYTES = 512 * 1024;
/** A Crawl-delay past this is taken as this: the feed would otherwise never finish. */
const MAX_CRAWL_DELAY_MS = 60_000;

const cache = new Map<string, { rules: Promise<Rules | null>; until: number }>();

async function fetchRules(origin: string, limits: FetchLimits): Promise<Rules | null> {
  const url = `${origin}/robots.txt`;
  try {
    return await pacedByHost(new URL(origin).host, limits.hostGapMs, async () => {
      const response = await fetch(url, { headers: { "user-agent": limits.userAgent }, signal: AbortSignal.timeout(limits.timeoutMs) });
      if (response.status >= 500) {
        await response.body?.cancel();
        return { kind: "disallow all", reason: `robots.txt answered HTTP ${response.status}: the site is not fetched for now` };
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { kind: "allow all" };
      }
      const body = await readBody(response, MAX_ROBOTS_BYTES);
      return body.ok ? { kind: "parsed", robot: robotsParser(url, Buffer.from(body.bytes).toString("utf8")) } : { kind: "allow all" };
    });
  } catch {
    return null;
  }
}

function rulesFor(origin: string, limits: FetchLimits): Promise<Rules | null> {
  const kept = cache.get(origin);
  if (kept && kept.until > Date.now()) return kept.rules;
  const rules = fetchRules(origin, limits);
  cache.set(origin, { rules, until: Date.now() + ROBOTS_KEPT_MS });
  void rules.then((found) => {
    if (found === null) cache.delete(origin);
    else if (found.kind === "disallow all") cache.set(origin, { rules, until: Date.now() + SERVER_ERROR_KEPT_MS });
  });
  return rules;
}

/** Whether coverage-bot may fetch `url`, and the pause to keep between requests to its host. */
export async function robotsVerdict(url: string, limits: FetchLimits): Promise<RobotsVerdict> {
  const rules = await rulesFor(new URL(url).origin, limits);
  if (rules?.kind === "disallow all") return { allowed: false, reason: rules.reason };
  if (rules?.kind !== "parsed") return { allowed: true, gapMs: limits.hostGapMs };
  if (rules.robot.isAllowed(url, ROBOT_NAME) === false) return { allowed: false, reason: "disallowed by robots.txt" };
  const delay = Math.min(MAX_CRAWL_DELAY_MS, (rules.robot.getCrawlDelay(ROBOT_NAME) ?? 0) * 1000);
  return { allowed: true, gapMs: Math.max(limits.hostGapMs, delay) };
}
