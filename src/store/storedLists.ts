// Lists stored as slices of one array (list k is items[starts[k] … starts[k + 1])), as the stored
// indexes keep their postings and the store file its packed bodies, mentions and quotes: the
// checks that a stored set of lists is whole before it is read.

/** Whether `starts` cuts `total` items into `lists` lists in order, from the first item to the last. */
export function startsFit(starts: Int32Array, lists: number, total: number): boolean {
  if (starts.length !== lists + 1 || starts[0] !== 0 || starts[lists] !== total) return false;
  for (let k = 0; k < lists; k++) if ((starts[k] ?? 0) > (starts[k + 1] ?? 0)) return false;
  return true;
}

/** Whether every item is a number from −1 (with `orNone`) or 0 up to `limit` − 1; reads every `stride`-th item from `from`. */
export function allBelow(items: Int32Array, limit: number, { from = 0, stride = 1, orNone = false } = {}): boolean {
  const least = orNone ? -1 : 0;
  for (let k = from; k < items.length; k += stride) {
    const item = items[k] ?? -2;
    if (item < least || item >= limit) return false;
  }
  return true;
}

/** Whether `starts` cuts `items` into `lists` lists in order, from the first item to the last, each item below `limit`. */
export function listsFit(starts: Int32Array, items: Int32Array, lists: number, limit: number): boolean {
  return startsFit(starts, lists, items.length) && allBelow(items, limit);
}

/** Every this many items, a stored key (a normalised name) is worked out again and compared: a store edited by hand rarely passes. */
export const SPOT_CHECK_EVERY = 97;
