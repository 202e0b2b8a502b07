// The /ask passage index as written into the store file and read back: its postings packed as
// base64 typed arrays (parsed as one string each, not number by number), its layout re-read from
// the articles' body table. An index that does not fit the articles, or was built by another tokeniser, is
// left unread and the caller builds a fresh one.
import { int32s, pack, uint16s, uint32s } from "./packedNumbers.ts";
import { passageLayout, type DocumentSet, type PassageIndex } from "./passageIndex.ts";
import { listsFit } from "./storedLists.ts";
import type { BodyTable } from "./bodyTable.ts";
import type { StoredDocumentSet, StoredPassageIndex } from "./schema.ts";

/** Bump when tokenising, stemming or the stopwords change: stored indexes then no longer match the code. */
export const PASSAGE_INDEX_VERSION = 1;

function packDocumentSet(set: DocumentSet): StoredDocumentSet {
  return { starts: pack(set.starts), ids: pack(set.ids), tfs: pack(set.tfs), lengths: pack(set.lengths) };
}

export function packPassageIndex(index: PassageIndex): StoredPassageIndex {
  return {
    version: PASSAGE_INDEX_VERSION,
    stems: [...index.stems.keys()],
    words: [...index.vocabulary.keys()],
    wordCounts: pack(Int32Array.from(index.vocabulary.values())),
    bySentence: packDocumentSet(index.bySentence),
    byParagraph: packDocumentSet(index.byParagraph),
  };
}

/** One level read back, when its arrays agree with each other, with the stem count and with the number of documents. */
function unpackDocumentSet(stored: StoredDocumentSet, stemCount: number, documents: number): DocumentSet | null {
  const starts = int32s(stored.starts);
  const ids = int32s(stored.ids);
  const tfs = uint16s(stored.tfs);
  const lengths = uint32s(stored.lengths);
  if (!starts || !ids || !tfs || !lengths) return null;
  if (lengths.length !== documents || ids.length !== tfs.length || !listsFit(starts, ids, stemCount, documents)) return null;
  let total = 0;
  for (let d = 0; d < lengths.length; d++) total += lengths[d] ?? 0;
  return { starts, ids, tfs, lengths, averageLength: documents > 0 ? total / documents : 0 };
}

export function unpackPassageIndex(stored: StoredPassageIndex, bodies: BodyTable): PassageIndex | null {
  if (stored.version !== PASSAGE_INDEX_VERSION) return null;
  const layout = passageLayout(bodies);
  const stemCount = stored.stems.length;
  const bySentence = unpackDocumentSet(stored.bySentence, stemCount, layout.sentenceParagraph.length);
  const byParagraph = unpackDocumentSet(stored.byParagraph, stemCount, layout.paragraphArticle.length);
  const counts = int32s(stored.wordCounts);
  if (!bySentence || !byParagraph || !counts || counts.length !== stored.words.length) return null;
  return {
    ...layout,
    stems: new Map(stored.stems.map((stem, id) => [stem, id])),
    bySentence,
    byParagraph,
    vocabulary: new Map(stored.words.map((word, id) => [word, counts[id] ?? 0])),
  };
}
