// Names that a product's noun follows: "a Nissan Latio motor car", "the Acme Pro app", "a Beretta
// Nano pistol". Whatever the name's shape (a brand and a model can read as a given name and a
// surname), the phrase names a made thing, not a person.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean));

/**
 * Lower-case nouns for vehicles, devices, weapons and software that a brand's or a model's name comes before; not those a
 * person's name often comes before too ("a Donald Trump phone call", "the Trump jet").
 */
const PRODUCT_NOUNS = set(`
  car cars sedan saloon hatchback coupe SUV truck trucks pickup van minivan motorcycle motorbike scooter tractor vehicle
  vehicles airliner smartphone handset laptop app apps software browser rifle pistol handgun
`);

/** The noun right after a name, past a "motor" ("a Nissan Latio motor car"). */
const NOUN_AFTER = /^\s+(?:motor\s+)?(\p{L}+)/u;

/** Whether the word after the name ending at `end` of `text` makes it a product's name. */
export function productNounAfter(text: string, end: number): boolean {
  const next = NOUN_AFTER.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && PRODUCT_NOUNS.has(next);
}
