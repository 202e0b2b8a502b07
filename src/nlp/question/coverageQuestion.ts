// Questions about the coverage itself rather than the events it reports: "which outlets covered the
// impeachment hearings?", "who reported the pipe bombs?", "when was Strzok's firing first reported?".
// They are answered from the stories' articles (outlets, times), not from a passage that states it.

export interface CoverageQuestion {
  /** `outlets`: who covered it; `first`: when (and by whom) it was first reported. */
  asks: "outlets" | "first";
  /** What the coverage is about, in the question's words. */
  topic: string;
}

const OUTLETS =
  /^(?:(?:which|what)\s+(?:news\s+)?(?:outlets?|news\s*papers?|papers?|media|sites?|websites?|publications?|news\s+organi[sz]ations?|sources?)|who)\s+(?:has\s+|have\s+)?(?:covered|cover|reported(?:\s+on)?|report(?:\s+on)?|wrote\s+about|written\s+about|write\s+about|ran|carried|published)\s+(.+)$/iu;
const FIRST = /^when\s+(?:was|were|did)\s+(.+?)\s+(?:first\s+)?(?:reported|covered|published|break|broke|come\s+out)(?:\s+first)?$/iu;

export function coverageQuestion(question: string): CoverageQuestion | null {
  const text = question.trim().replace(/[?.!\s]+$/u, "");
  const first = FIRST.exec(text);
  if (first?.[1]) return { asks: "first", topic: first[1].replace(/^(?:the\s+)?(?:news|story|stories|coverage)\s+(?:of|about|on)\s+/iu, "") };
  const outlets = OUTLETS.exec(text);
  if (outlets?.[1]) return { asks: "outlets", topic: outlets[1] };
  return null;
}
