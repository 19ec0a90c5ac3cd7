/** Text diffs for the editor: replacing the whole document would lose the cursor, scroll and undo grouping. */

/** Smallest [from, to) of `before` that must change to turn it into `after`, plus the insert. */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return { from: start, to: endB, insert: after.slice(start, endA) };
}
