// Documents and data as the source of a statement: "Labor Department data show …", "a statement from
// the ministry said …", "according to figures from the ONS, …". A document reports what its issuer
// says, so the body named as issuing it ("from", "by", "of", "published by") is the speaker.
import type { LocalMention } from "../names/entities.ts";

const DOCUMENT_NOUNS = String.raw`(?:data|figures|statistics|numbers|records|documents|report|reports|study|survey|poll|statement|release|filing|affidavit|analysis|estimates?|regulations|rules|guidance|papers)`;

/** "the new regulations", "Labor Department data", "Data from Nigeria’s statistics bureau": a subject headed by a document noun, perhaps with its issuer after it. */
const DOCUMENT_SUBJECT = new RegExp(
  String.raw`(?:^|[\s,;—–])${DOCUMENT_NOUNS}(?:\s+(?:(?:published|released|issued|compiled)\s+)?(?:from|by|of)\s+[^,;:.!?]{1,80}?)?\s+$`,
  "iu",
);

/** Whether the words before a cue end with a document as its subject: "Labor Department data " before "show". */
export const endsWithDocument = (before: string): boolean => DOCUMENT_SUBJECT.test(before);

/** Between a document noun's phrase start and its issuer: "a statement from the ", "data published by ", "figures of the ". */
const ISSUED_BY = new RegExp(
  String.raw`^\s*(?:(?:a|an|the|new|latest|recent|official|its|their)\s+)*(?:[\p{Ll}-]+\s+){0,2}${DOCUMENT_NOUNS}\s+(?:(?:published|released|issued|compiled)\s+)?(?:from|by|of)\s+(?:the\s+)?$`,
  "iu",
);

/**
 * The body a document phrase starting at `from` names as its issuer ("a statement from the ministry" → the
 * ministry), when that name comes right after the phrase's "from", "by" or "of"; none otherwise.
 */
export function documentIssuer(masked: string, from: number, upTo: number, mentions: readonly LocalMention[]): LocalMention | undefined {
  // "Data from Nigeria’s statistics bureau": a possessive name is not the issuer but whose the issuer is.
  return mentions.find((m) => m.titleStart > from && m.end <= upTo && !m.entity.weak && !/^['’]/u.test(masked.slice(m.end)) && ISSUED_BY.test(masked.slice(from, m.titleStart)));
}
