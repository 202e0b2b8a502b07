// Lists stored as slices of one array (list k is items[starts[k] … starts[k + 1])), as both stored
// indexes keep their postings: the check that a stored set of lists is whole before it is read.

/** Whether `starts` cuts `items` into `lists` lists in order, from the first item to the last, each item below `limit`. */
export function listsFit(starts: Int32Array, items: Int32Array, lists: number, limit: number): boolean {
  if (starts.length !== lists + 1 || starts[0] !== 0 || starts[lists] !== items.length) return false;
  for (let k = 0; k < lists; k++) if ((starts[k] ?? 0) > (starts[k + 1] ?? 0)) return false;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] ?? -1;
    if (item < 0 || item >= limit) return false;
  }
  return true;
}
