// One address per article, so that it is recognised across polls and feeds: tracking parameters
// (utm_*, fbclid, gclid and their kin) and the fragment taken off, and the page's own canonical link
// preferred when it stays on the same site (a canonical link to another site is not trusted).
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|smid|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee)$/iu;

/** `url` without tracking parameters and fragment; unchanged when it is not a valid URL. */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.hash = "";
  const names = [...parsed.searchParams.keys()];
  if (names.some((name) => TRACKING.test(name))) {
    for (const name of names) if (TRACKING.test(name)) parsed.searchParams.delete(name);
    if (parsed.searchParams.size === 0) parsed.search = "";
  }
  return parsed.href;
}

const siteOf = (url: string): string | null => {
  try {
    return new URL(url).host.replace(/^www\./u, "");
  } catch {
    return null;
  }
};

/** Whether two addresses are on the same site (a leading "www." aside). */
export function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}

/** The address an article fetched from `fetched` is kept under: its own canonical link when on the same site. */
export function articleAddress(fetched: string, pageCanonical: string | undefined): string {
  return pageCanonical && sameSite(fetched, pageCanonical) ? canonicalUrl(pageCanonical) : canonicalUrl(fetched);
}
