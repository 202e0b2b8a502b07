// What a page's host name says about its outlet: "hosted.ap.org" is AP's site, and a site name
// that only repeats a generic sub-domain of the host ("Hosted", "News") names the platform, not
// the outlet (a brand such as "ProFootballTalk" on profootballtalk.nbcsports.com stays).
import { sameText } from "./text.ts";

/** Sub-domains that name a platform or an edition, never an outlet. */
const GENERIC_SUBDOMAINS = new Set(["hosted", "news", "blog", "blogs", "www", "m", "mobile", "amp", "edition", "web", "site", "beta", "apps", "syndication", "wire", "feeds"]);

/** An outlet's short name is written in capitals when the domain is this short: AP, BBC, CNN, NPR. */
const ACRONYM_MAX_LETTERS = 4;

function hostLabels(url: string): string[] {
  try {
    return new URL(url).hostname.toLowerCase().split(".").filter(Boolean);
  } catch {
    return [];
  }
}

/** The index of the domain's own name among the labels: "ap" in hosted.ap.org, "bbc" in www.bbc.co.uk. */
function nameIndex(labels: readonly string[]): number {
  const last = labels.length - 1;
  const countrySecondLevel = (labels[last]?.length ?? 0) === 2 && (labels[last - 1]?.length ?? 0) <= 3 && last >= 2;
  return countrySecondLevel ? last - 2 : last - 1;
}

/** True when `name` is only a generic sub-domain of the page's host ("Hosted" on hosted.ap.org). */
export function isPlatformName(name: string, url: string): boolean {
  const labels = hostLabels(url);
  return labels.slice(0, Math.max(0, nameIndex(labels))).some((label) => GENERIC_SUBDOMAINS.has(label) && sameText(label, name));
}

/** The outlet the host names: "AP" for hosted.ap.org, "Gazette" for www.gazette.com. */
export function outletOfHost(url: string): string | undefined {
  const labels = hostLabels(url);
  const name = labels[nameIndex(labels)];
  if (!name || !/^\p{L}/u.test(name)) return undefined;
  return name.length <= ACRONYM_MAX_LETTERS ? name.toUpperCase() : `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}
