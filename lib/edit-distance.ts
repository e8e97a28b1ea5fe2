// Levenshtein distance by code point, giving up (returning max + 1) as soon as every
// alignment costs more than `max`: near-name checks only care about one or two edits.
// fastest-levenshtein's `distance(a, b)` is a drop-in replacement if this ever shows up
// in a profile; it is not bounded, so keep the length check below in front of it.
export function editDistance(a: string, b: string, max: number): number {
  const left = [...a];
  const right = [...b];
  if (Math.abs(left.length - right.length) > max) return max + 1;
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    if (Math.min(...current) > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[right.length], max + 1);
}
