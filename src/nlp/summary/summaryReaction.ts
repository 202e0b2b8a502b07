// Whether a sentence reports a named person's or body's reaction (a cue verb and a name), and who,
// so a summary can cover the main reactions from distinct voices. A light cue for ranking, not attribution.

const CUE =
  /\b(?:said|says|told|added|noted|warned|argued|wrote|stated|explained|insisted|acknowledged|underlined|stressed|deplored|praised|hailed|condemned|responded|critici[sz]ed|urged|declared|vowed|claimed|denied|welcomed|testified|according\s+to)\b/u;
const NAME = /(?:[A-Z][\p{L}’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}’'-]+|[A-Z]\.))+/gu;
const OFFICIAL =
  /\b(?:spokes(?:man|woman|person)|president|minister|secretary|senator|official|director|chairman|chief|leader|envoy|editor|attorney|prosecutor|ambassador|commissioner|governor|mayor|head|lawmaker|representative)\b/iu;
const TITLE = /\b(?:Sen|Rep|Gov)\.\s/u;
const EXPERT = /\b(?:analyst|expert|fellow|professor|researcher|economist|scholar|commentator|oceanographer|psychologist)\b/iu;

export interface Reaction {
  /** The speaker as the sentence names them (a multi-word name), lower-cased. */
  speaker: string;
  /** What the sentence says the speaker is: an official or party to the story, or an independent expert. */
  voice: "official" | "expert" | null;
}

const NOT_SPEAKERS = /^(?:the|a|an|in|on|at|but|and|while|during|after|before|when|this|that|it|he|she|they|mr|ms|mrs)\b/iu;

/** Whether a sentence reports what someone said: a caption or a kicker does not. */
export function reports(sentence: string): boolean {
  return CUE.test(sentence);
}

export function reactionIn(sentence: string): Reaction | null {
  if (!CUE.test(sentence)) return null;
  for (const match of sentence.matchAll(NAME)) {
    const name = match[0].replace(/^(?:The|A|An)\s+/u, "");
    if (match.index === 0 && NOT_SPEAKERS.test(match[0]) && name === match[0]) continue;
    if (name.split(/\s+/u).length < 2) continue;
    return { speaker: name.toLowerCase(), voice: EXPERT.test(sentence) ? "expert" : OFFICIAL.test(sentence) || TITLE.test(sentence) ? "official" : null };
  }
  return null;
}
