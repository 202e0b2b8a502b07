// wink-lexicon ships no types: its irregular-verb table maps each form of an irregular English verb to its base.
declare module "wink-lexicon/src/irregular-verbs.js" {
  const irregularVerbs: Readonly<Record<string, string>>;
  export default irregularVerbs;
}
