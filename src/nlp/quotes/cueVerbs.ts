// Verbs that introduce speech ("said", "told", "deplored", "pointed at", "responded by warning")
// and the narrower set that can carry reported speech without quotation marks.

const forms = (words: string): string[] => words.split(/\s+/u).filter(Boolean);

/** Cues that attribute quoted words. */
const QUOTE_CUES = forms(`
  said says say saying told tells tell telling added adds adding noted notes noting underlined underlines stressed
  stresses warned warns warning deplored deplores responded responds replied replies asked asks asking explained explains
  stated states wrote writes writing tweeted tweets testified testifies argued argues arguing claimed claims insisted insists
  acknowledged acknowledges admitted admits alleged alleges asserted asserts suggested suggests declared declares announced
  announces continued continues concluded concludes conceded concedes emphasised emphasized observed remarked recalled
  recalls predicted predicts vowed vows promised promises urged urges cautioned complained complains confirmed confirms
  denied denies interrupted countered quipped joked called calls calling described describes labelled labeled branded dubbed
  lamented praised hailed criticised criticized mused boasted admitted pleaded demanded announced reported reports
  pointed points thinks thought believes believed agreed agrees disagreed affirmed reiterated repeated shouted yelled
  whispered cried exclaimed added acknowledging insisting explaining adding begged begs implored pleaded urged indicated underscored
  highlighted highlights
`);

/**
 * Report cues that as often take an object as a statement ("wrote a letter", "replied to the council", "estimated
 * the cost", "complained of pain", "indicated the exit"): they carry reported speech only before "that" or a clause
 * with a pronoun subject ("tweeted he was honoured"), or set off by commas ("…, he continued, …").
 */
const CLAUSE_ONLY = forms(`
  wrote writes replied replies tweeted mentioned countered cautioned estimates estimated projected continued complained
  complains indicated indicates underscored highlighted highlights denies concluded conclude reminded reminds assured assures
  informed informs advised advises
`);
export const CLAUSE_ONLY_CUES: ReadonlySet<string> = new Set(CLAUSE_ONLY);

/**
 * Plain forms for a plural subject ("the researchers note that …", "officials warn the dam could fail"): they carry
 * speech only when no "to", modal or "not" stands before them ("unable to explain", "would not explain" report nothing).
 */
const PLAIN_FORMS = forms("note explain warn argue suggest insist admit acknowledge predict conclude");
export const PLAIN_FORM_CUES: ReadonlySet<string> = new Set(PLAIN_FORMS);

/** Cues whose listener comes before the statement, as with "told": "reminded senators that …", "assured residents that …". */
export const TOLD_CUES: ReadonlySet<string> = new Set(forms("told tells telling reminded reminds assured assures informed informs"));

/** Cues that report only with a document as subject: "Labor Department data show …", "the new regulations state that …", "the study found that …". */
const DOCUMENT_ONLY = forms("show shows showed state found finds");
export const DOCUMENT_CUES: ReadonlySet<string> = new Set(DOCUMENT_ONLY);

/** Cues that carry reported speech: "Putin said Ukrainian forces … are surrounded", and the clause-only ones above. */
const REPORT_CUES = [
  ...PLAIN_FORMS,
  ...DOCUMENT_ONLY,
  ...forms(`
  said says told tells added adds noted notes underlined stressed warned warns argued argues claimed claims insisted insists
  acknowledged acknowledges admitted admits alleged alleges asserted asserts suggested suggests stated states explained
  explains announced testified testifies confirmed confirms predicted predicts conceded recalled vowed declared
  reported believes agreed reiterated denied say divulged disclosed revealed ruled rules saying telling warning adding noting
  arguing insisting acknowledging stressing explaining claiming suggesting confirming admitting conceding declaring stating
  predicting affirmed affirms
`),
  ...CLAUSE_ONLY,
];

const alternation = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).join("|");

/** A cue verb as a whole word; "pointed" counts with at/to/out, "according to" is a cue of its own. */
export const QUOTE_CUE_SOURCE = `\\b(?:[Aa]ccording to|pointed (?:at|to|out)|points (?:at|to|out)|summed (?:it )?up|sums (?:it )?up|(?:${alternation(QUOTE_CUES.filter((w) => !w.startsWith("point")))}))\\b`;
export const QUOTE_CUE = new RegExp(QUOTE_CUE_SOURCE, "gu");

export const REPORT_CUE = new RegExp(`\\b(?:[Aa]ccording to|${alternation(REPORT_CUES)})\\b`, "gu");

/** Cues that name what someone called something rather than what they said ("called his death 'a crisis'"). */
export const NAMING_CUES: ReadonlySet<string> = new Set(forms("called calls calling described describes labelled labeled branded dubbed"));
