// Whether a sentence reports a named person's or body's reaction (a cue verb and a name), and who,
// so a summary can cover the main reactions from distinct voices. A light cue for ranking, not attribution.

const CUE =
  /\b(?:said|says|told|added|noted|warned|argued|wrote|stated|explained|insisted|acknowledged|underlined|stressed|deplored|praised|hailed|condemned|responded|critici[sz]ed|urged|declared|vowed|claimed|denied|welcomed|testified|according\s+to)\b/u;
const NAME = /(?:[A-Z][\p{L}’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}’'-]+|[A-Z]\.))+/gu;
const ROLE =
  /\b(?:spokes(?:man|woman|person)|president|minister|secretary|senator|official|analyst|expert|director|chairman|chief|leader|envoy|fellow|editor|professor|attorney|prosecutor|ambassador|commissioner|governor|mayor|economist|researcher|head)\b/iu;

export interface Reaction {
  /** The speaker as the sentence names them (a multi-word name), lower-cased. */
  speaker: string;
  /** The sentence also says what the speaker is ("Kremlin spokesman", "analyst"). */
  described: boolean;
}

const NOT_SPEAKERS = /^(?:the|a|an|in|on|at|but|and|while|during|after|before|when|this|that|it|he|she|they|mr|ms|mrs)\b/iu;

export function reactionIn(sentence: string): Reaction | null {
  if (!CUE.test(sentence)) return null;
  for (const match of sentence.matchAll(NAME)) {
    const name = match[0].replace(/^(?:The|A|An)\s+/u, "");
    if (match.index === 0 && NOT_SPEAKERS.test(match[0]) && name === match[0]) continue;
    if (name.split(/\s+/u).length < 2) continue;
    return { speaker: name.toLowerCase(), described: ROLE.test(sentence) };
  }
  return null;
}
