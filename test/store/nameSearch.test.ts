import { describe, expect, it } from "vitest";
import { nameSearch } from "../../src/store/nameSearch.ts";

const people = ["vladimir putin", "dmitry peskov", "tatiana stanovaya", "fyodor lukyanov", "nigel gould davies", "volodymyr zelenskyy", "steve witkoff"];
/** Many made-up names around the real ones, so the trigram shortlist is what finds them. */
const crowd = [...people, ...Array.from({ length: 5000 }, (_, i) => `person${i} surname${(i * 7919) % 5000}`)];

/** A search whose items are the names themselves. */
const searchOf = (names: string[], options = {}) => nameSearch(names, names, options);

describe("name search", () => {
  it("finds items by the start of any word of their name, in the order given", () => {
    const search = searchOf(people);
    expect(search.prefixed("pe", 25)).toEqual(["dmitry peskov"]);
    expect(search.prefixed("v", 25)).toEqual(["vladimir putin", "volodymyr zelenskyy"]);
    expect(search.prefixed("zelenskyy", 25)).toEqual(["volodymyr zelenskyy"]);
    expect(search.prefixed("q", 25)).toEqual([]);
  });

  it("keeps the order of preference for short prefixes among thousands of names", () => {
    const search = searchOf(crowd);
    expect(search.prefixed("p", 3)).toEqual(["vladimir putin", "dmitry peskov", "person0 surname0"]);
    expect(search.prefixed("st", 25)).toEqual(["tatiana stanovaya", "steve witkoff"]);
  });

  it("finds a mistyped name among thousands through the trigram shortlist", () => {
    const search = searchOf(crowd, { candidates: 50 });
    expect(search.fuzzy("putn", 1, 0.35)[0]?.item.item).toBe("vladimir putin");
    expect(search.fuzzy("zelensky", 1, 0.35)[0]?.item.item).toBe("volodymyr zelenskyy");
    expect(search.fuzzy("gould davis", 1, 0.35)[0]?.item.item).toBe("nigel gould davies");
  });

  it("finds nothing close for a name nobody has", () => {
    expect(searchOf(crowd, { candidates: 50 }).fuzzy("obama", 3, 0.3)).toEqual([]);
  });

  it("answers, cut to its first items, exactly as a search built from those items alone", () => {
    const first = 3000;
    const cut = searchOf(crowd, { candidates: 50 }).within(first);
    const alone = searchOf(crowd.slice(0, first), { candidates: 50 });
    for (const prefix of ["p", "pe", "per", "person12", "s", "su", "surname49", "v", "zel"]) {
      expect(cut.prefixed(prefix, 25)).toEqual(alone.prefixed(prefix, 25));
    }
    for (const typo of ["putn", "persn2999", "surnme4999", "gould davis"]) {
      expect(cut.fuzzy(typo, 5, 0.4)).toEqual(alone.fuzzy(typo, 5, 0.4));
    }
    expect(cut.prefixed("person2992", 5)).toEqual([`person2992 surname${(2992 * 7919) % 5000}`]);
    expect(cut.prefixed("person2993", 5)).toEqual([]);
    expect(searchOf(crowd).prefixed("person2993", 5)).toHaveLength(1);
    expect(cut.startingWith("person2993", () => true)).toEqual([]);
  });

  it("finds the names that start with whole words, however common their letters", () => {
    const search = searchOf([...crowd, "vladimir", "vladimir putin jr"]);
    expect(search.startingWith("vladimir putin", (name) => name === "vladimir putin")).toEqual(["vladimir putin"]);
    expect(search.startingWith("vladimir", () => true)).toEqual(["vladimir putin", "vladimir", "vladimir putin jr"]);
    expect(search.startingWith("putin", () => true)).toEqual([]);
    expect(search.startingWith("person12", () => true)).toEqual([`person12 surname${(12 * 7919) % 5000}`]);
  });
});
