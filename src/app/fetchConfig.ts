// How the fetcher presents itself and paces itself, read from the environment in one place:
// FETCH_CONTACT_URL (where a site's operator can reach whoever runs the bot, named in the User-Agent)
// and FETCH_GAP_SECONDS (the least pause between two requests to one host; default 1). A bad value is
// refused with one line that names it.
import { DEFAULT_HOST_GAP_MS, userAgentFor, type FetchLimits } from "../ingest/web/fetchLimits.ts";

export type FetchConfigResult = { ok: true; limits: Partial<FetchLimits> } | { ok: false; message: string };

const isContact = (text: string): boolean => {
  try {
    return ["http:", "https:", "mailto:"].includes(new URL(text).protocol) && !/\s/u.test(text);
  } catch {
    return false;
  }
};

export function fetchConfig(env: NodeJS.ProcessEnv = process.env): FetchConfigResult {
  const contact = env.FETCH_CONTACT_URL?.trim();
  if (contact && !isContact(contact)) {
    return { ok: false, message: `FETCH_CONTACT_URL must be an http(s) or mailto: URL where site operators can reach you (it is ${JSON.stringify(contact)}).` };
  }
  const given = env.FETCH_GAP_SECONDS?.trim();
  const gapSeconds = given ? Number(given) : DEFAULT_HOST_GAP_MS / 1000;
  if (!Number.isFinite(gapSeconds) || gapSeconds < 0) {
    return { ok: false, message: `FETCH_GAP_SECONDS must be a number of seconds, 0 or more (it is ${JSON.stringify(given)}); the default is ${DEFAULT_HOST_GAP_MS / 1000}.` };
  }
  return { ok: true, limits: { userAgent: userAgentFor(contact || undefined), hostGapMs: Math.round(gapSeconds * 1000) } };
}
