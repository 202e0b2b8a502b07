// A store file whose packed parts do not fit together (a hand-edited or damaged file): found while
// unpacking it, and reported by loadStore as one line naming the part.
import type { TypedArray } from "./packedNumbers.ts";

export class StoreFileProblem extends Error {}

/** Throws the problem unless the condition holds. (Loops over every item throw themselves, so the message is only written out when it is thrown.) */
export function mustHold(condition: boolean, problem: string): asserts condition {
  if (!condition) throw new StoreFileProblem(problem);
}

/** The numbers packed in `text`, or a problem naming the field when it does not hold whole numbers. */
export function unpacked<T extends TypedArray>(text: string, read: (text: string) => T | null, field: string): T {
  const numbers = read(text);
  mustHold(numbers !== null, `${field} is not a whole list of numbers`);
  return numbers;
}
