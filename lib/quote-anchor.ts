// Anchors a quoted passage in a source's text the way W3C Web Annotation does: the exact
// quote with a little context before and after (TextQuoteSelector) plus its offsets
// (TextPositionSelector). Matching forgives what copy and paste changes — Unicode
// compatibility forms (full-width letters), curly quotes, runs of white space, and line
// breaks inside Chinese or Japanese text — but not the words themselves.
export type QuoteAnchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

export type QuoteHint = { prefix?: string; suffix?: string; start?: number };

export const CONTEXT_LENGTH = 32;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const QUOTES: Record<string, string> = { "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"' };

type Folded = { text: string; starts: number[]; ends: number[] };

// The folded text, and for each of its characters the span of the original it came from.
function fold(original: string): Folded {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const codePoint of original) {
    const end = offset + codePoint.length;
    // ASCII is its own normal form, and its only white space is tab to carriage return and the space.
    const code = codePoint.charCodeAt(0);
    const normalized = code < 128 ? codePoint : codePoint.normalize("NFKC");
    for (const ch of normalized) {
      const isSpace = code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/u.test(ch);
      const folded = isSpace ? " " : (QUOTES[ch] ?? ch);
      if (folded === " " && (chars.length === 0 || chars[chars.length - 1] === " ")) continue;
      chars.push(folded);
      starts.push(offset);
      ends.push(end);
    }
    offset = end;
  }
  return dropSpacesNextToCjk(chars, starts, ends);
}

function dropSpacesNextToCjk(chars: string[], starts: number[], ends: number[]): Folded {
  const keep = chars.map((ch, i) => ch !== " " || !(CJK.test(chars[i - 1] ?? "") || CJK.test(chars[i + 1] ?? "")));
  const pick = <T>(list: T[]) => list.filter((_, i) => keep[i]);
  const text = pick(chars).join("");
  const trimmedStart = text.startsWith(" ") ? 1 : 0;
  const trimmedEnd = text.endsWith(" ") && text.length > trimmedStart ? text.length - 1 : text.length;
  return {
    text: text.slice(trimmedStart, trimmedEnd),
    starts: pick(starts).slice(trimmedStart, trimmedEnd),
    ends: pick(ends).slice(trimmedStart, trimmedEnd),
  };
}

// Folding plain ASCII changes only its white space: the quick way for most quotes and their
// context (an import's batch checks thousands of them).
const ASCII = /^[\x00-\x7f]*$/;

export function foldForMatching(text: string): string {
  return ASCII.test(text) ? text.replace(/\s+/g, " ").trim() : fold(text).text;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function anchorAt(snapshot: string, start: number, end: number): QuoteAnchor {
  return {
    exact: snapshot.slice(start, end),
    prefix: snapshot.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: snapshot.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

// How well the text around an occurrence agrees with the context the citation recorded.
function contextScore(snapshot: string, start: number, end: number, hint: QuoteHint): number {
  let score = 0;
  const before = foldForMatching(snapshot.slice(Math.max(0, start - 4 * CONTEXT_LENGTH), start));
  const after = foldForMatching(snapshot.slice(end, end + 4 * CONTEXT_LENGTH));
  if (hint.prefix && before.endsWith(foldForMatching(hint.prefix))) score += 2;
  if (hint.suffix && after.startsWith(foldForMatching(hint.suffix))) score += 2;
  if (hint.start !== undefined) score += 1 / (1 + Math.abs(hint.start - start));
  return score;
}

// Snapshots folded lately: checking every citation of one source (the coverage page, an
// import's thousands of rows cited to one list) folds its text once, not once a citation.
const RECENT_SNAPSHOTS = 8;
const foldedSnapshots = new Map<string, Folded>();

function foldSnapshot(snapshot: string): Folded {
  const cached = foldedSnapshots.get(snapshot);
  if (cached) return cached;
  const folded = fold(snapshot);
  if (foldedSnapshots.size >= RECENT_SNAPSHOTS) foldedSnapshots.delete(foldedSnapshots.keys().next().value!);
  foldedSnapshots.set(snapshot, folded);
  return folded;
}

// The occurrence of the folded needle that starts at `start` of the original text, if any.
function occurrenceAt(folded: Folded, needle: string, start: number) {
  let low = 0;
  let high = folded.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (folded.starts[middle] < start) low = middle + 1;
    else high = middle;
  }
  if (folded.starts[low] !== start || !folded.text.startsWith(needle, low)) return null;
  return { start, end: folded.ends[low + needle.length - 1] };
}

const bestScore = (hint: QuoteHint) => (hint.prefix ? 2 : 0) + (hint.suffix ? 2 : 0) + 1;

// Where the quote stands in the snapshot, or null when the snapshot does not contain it.
// A quote that occurs more than once is told apart by the recorded prefix and suffix.
export function anchorQuote(snapshot: string, quote: string, hint: QuoteHint = {}): QuoteAnchor | null {
  const folded = foldSnapshot(snapshot);
  const needle = foldForMatching(quote);
  if (!needle) return null;
  const recorded = hint.start === undefined ? null : occurrenceAt(folded, needle, hint.start);
  // Still where it was recorded, in the context recorded: no other occurrence can do better.
  if (recorded && contextScore(snapshot, recorded.start, recorded.end, hint) >= bestScore(hint))
    return anchorAt(snapshot, recorded.start, recorded.end);
  const candidates = occurrences(folded.text, needle).map((at) => ({
    start: folded.starts[at],
    end: folded.ends[at + needle.length - 1],
  }));
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) =>
    contextScore(snapshot, b.start, b.end, hint) > contextScore(snapshot, a.start, a.end, hint) ? b : a,
  );
  return anchorAt(snapshot, best.start, best.end);
}

export function countOccurrences(snapshot: string, quote: string): number {
  const needle = foldForMatching(quote);
  return needle ? occurrences(foldSnapshot(snapshot).text, needle).length : 0;
}
