// Lines a site puts around any story, whether the page was saved as HTML or as text: comment and
// sign-up prompts, share bars, ads and skip links, contact, follow and coverage lines, copyright
// and address lines. Told apart from the story by their words and their shortness, or by words
// spelt with look-alike letters to slip past ad filters.
import { wordCount } from "../words.ts";

/** Site lines are short; a long line is prose even when it mentions comments or sign-ups. */
const SITE_LINE_MAX_WORDS = 40;

/** What the site says about the page itself: widgets, counters, ads, navigation. */
const PAGE_WIDGETS = [
  /^source( link)?:?$/iu,
  /^(visited|viewed|read) [\d,]+ times?\b/iu,
  /^(views?|reads|hits|page ?views)\s*:?\s*[\d,.]+k?$|^[\d,.]+k? (views|reads)$/iu,
  /\b\d+ visits?(\(s\))? today$/iu,
  /^[\d,]+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago$/iu,
  /^(advertisement|advert|sponsored( content)?|iklan|anzeige|publicidad|publicidade|pubblicità|publicité|реклама)$/iu,
  /^(story continues below|continue reading|loading( photo)? gallery|loading content|(hide|show) caption|story highlights$)/iu,
  /^skip to (main )?content$|^(print|email) (this )?article$|^order reprints$|^text size$|^make \S+ my homepage$/iu,
  /^((image|photo|slide) )?\d* ?of \/? ?\d+$/iu,
  /^(tags|topics|filed under|categories)\s*(:|$)/iu,
  /^(\d+ )?(min(ute)?s?|minutos?) (read|de leitura)$|^(reading time|tempo de leitura|temps de lecture)\s*:/iu,
];

/** Prompts to comment, sign up, follow or share. */
const PROMPTS = [
  /\bplease comment\b|^(leave|post|add|view|show|hide|load|join|write)( a| the| all| your)? (comments?|reply|discussion|conversation)\b|^[\d,]+ comments?$|^comments?( \(\d+\))?$|^notify of\b|^inline feedbacks?\b/iu,
  /^tell us what you think\b|\bmoderating (all )?comments\b/iu,
  /^sign up\b|\bsign up (to|for) (our|my|the)\b.{0,40}\b(newsletters?|e-?mails?|alerts|briefing)\b|^subscribe\b|^get (our|the)\b.*\bnewsletter\b|^enter your e-?mail\b/iu,
  /\b(newsletters?|inbox)\b.*\b(sign up|subscribe|delivered)\b|\b(sign up|subscribe)\b.*\b(newsletters?|inbox)\b/iu,
  /^want more stories like this\b|^every day we send an email\b/iu,
  /^(click here|follow us|share (this|on)\b)|\bclick here (for|to) (more|read|subscribe|sign)\b|\bby clicking here\b/iu,
  /^follow\b.*\b(on (twitter|facebook|instagram|youtube|linkedin|tiktok)|@\w+)/iu,
  /^like this (story|article)\b|\bshare it with a friend\b/iu,
  /\bjoin our\b.*\b(forums?|community)\b/iu,
  /\b(this|our) (web)?site uses cookies\b/iu,
  /\b(may (contain|earn)|contains?)\b.*\baffiliate\b|\baffiliate (links?|commission)\b/iu,
];

/** How to reach the writer, where the story came from, where more coverage is. */
const CONTACTS = [
  /^(e-?mail|write to|reach|contact)\b.*(@\w|https?:)/iu,
  /^[\w.+-]+@[\w-]+\.[\w.]+$|^(twitter\.com|instagram\.com)\/\w+$/iu,
  /^via [\w.-]+\.\w+$|^source: (news agencies|agencies|wires?)$/iu,
  /\bfull coverage\b.*\b(at|https?:)|^follow\b.*\bcoverage\b/iu,
  /^more \S+ \S+:\s*https?:/iu,
  /^citation:.*\bretrieved\b/iu,
];

/** Copyright, the publisher's disclaimers and address. */
const RIGHTS = [
  /\bnot responsible for the (opinions|views|content|statements)\b.*\b(contributors?|users?|readers?|commenters?|third[- ]part(y|ies)|external (web)?sites?)\b|\bviews expressed\b.*\b(do|does) not (necessarily )?(reflect|represent)\b/iu,
  /^(©|ⓒ|\(c\) |copyright (©|ⓒ|@|\d{4}))|\ball rights reserved\b|©\s*\d{4}|\bsubject to copyright\b/iu,
  /\b\d{3}[-. ]\d{3}[-. ]\d{4}\b.*\b(tel|fax|phone)\b|\b(suite|street|st\.|avenue|ave\.)\b.*\b\d{5}\b.*\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/iu,
];

/** Words a share bar is made of: "Share | Facebook | X | Email", "Share this article". */
const SHARE_WORDS = new Set([
  "share", "this", "article", "story", "on", "via", "tweet", "email", "e-mail", "mail", "facebook", "twitter", "x",
  "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "messenger", "flipboard", "copy", "link", "print", "sms", "submit",
]);

function isShareBar(line: string): boolean {
  const words = line.toLowerCase().split(/[\s|•·,/]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => w !== "this" && w !== "on");
}

/** Words spelt with Cyrillic or Greek look-alikes among Latin letters ("Аdvеrtіѕе"): text disguised from ad filters. */
const DISGUISED_WORDS = 3;

function isDisguised(line: string): boolean {
  const mixed = line.split(/\s+/u).filter((word) => /\p{Script=Latin}/u.test(word) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word));
  return mixed.length >= DISGUISED_WORDS;
}

/** True for a line that belongs to the site, not to the story. */
export function isSiteLine(line: string): boolean {
  if (isDisguised(line)) return true;
  if (wordCount(line) > SITE_LINE_MAX_WORDS) return false;
  return [PAGE_WIDGETS, PROMPTS, CONTACTS, RIGHTS].some((patterns) => patterns.some((pattern) => pattern.test(line))) || isShareBar(line);
}
