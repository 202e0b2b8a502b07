// wink-lexicon ships no types: its lexicon maps each lower-case word to its part-of-speech tags.
declare module "wink-lexicon/src/lexicon.js" {
  const lexicon: Readonly<Record<string, readonly string[]>>;
  export default lexicon;
}
