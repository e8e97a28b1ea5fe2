import "server-only";
import { prisma } from "@/lib/db";
import { foldForMatching } from "@/lib/quote-anchor";

// A registered source may hold only passages of an article (the seed keeps excerpts joined
// by "…" lines), so pasting the whole article must find it rather than register it again.

// A few words occur in many articles: only a source with this much text of its own is
// recognised inside another.
const MIN_PASSAGES_LENGTH = 100;

// The stored text's passages: its lines, whitespace-folded, without the lines marking a cut.
function passagesOf(snapshot: string): string[] {
  return snapshot
    .split("\n")
    .map(foldForMatching)
    .filter((line) => line && !/^(?:…|\.\.\.|\[…\])$/.test(line));
}

function isWithin(foldedText: string, snapshot: string): boolean {
  const passages = passagesOf(snapshot);
  return passages.join("").length >= MIN_PASSAGES_LENGTH && passages.every((passage) => foldedText.includes(passage));
}

// Whether the text holds every passage of the stored one, however their white space differs.
export const holdsAllPassages = (text: string, snapshot: string) => isWithin(foldForMatching(text), snapshot);

export type SourceWithin = { id: string; title: string; isPending: false };

// The published source whose every passage the text holds; of several, the one with the
// most text, the nearest to the whole article.
export async function findSourceWithin(text: string): Promise<SourceWithin | null> {
  // A stored text much longer than this one cannot be inside it: an imported list (megabytes)
  // is never read here. Twice the length allows for white space the text folds away.
  const candidates = await prisma.$queryRaw<{ id: string; title: string; snapshot: string }[]>`
    SELECT id, title, snapshot FROM Source
    WHERE retiredAt IS NULL AND length(snapshot) <= ${text.length * 2}
    ORDER BY length(snapshot) DESC`;
  const folded = foldForMatching(text);
  const found = candidates.find((source) => isWithin(folded, source.snapshot));
  return found ? { id: found.id, title: found.title, isPending: false } : null;
}
