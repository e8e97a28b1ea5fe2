import "server-only";
import { prisma } from "@/lib/db";
import { foldForMatching } from "@/lib/quote-anchor";
import type { Tx } from "@/lib/record-kind";

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

// A source is found by a stretch from the middle of its longest passage: a text holding every
// passage holds that one, and so one of the text's own stretches of this length is the key.
// The middle, because articles open alike ("On October 14, the mayor of"); long enough that
// a stretch seldom recurs across sources, short enough for most passages.
const KEY_LENGTH = 24;

// "" when no passage is long enough to give a key: such a source is always read.
export function passageKeyOf(snapshot: string): string {
  const longest = passagesOf(snapshot).reduce((a, b) => (b.length > a.length ? b : a), "");
  if (longest.length < KEY_LENGTH) return "";
  const start = Math.floor((longest.length - KEY_LENGTH) / 2);
  return longest.slice(start, start + KEY_LENGTH);
}

// Every stretch of the folded text that could be a source's key.
function stretchesOf(folded: string): string[] {
  const stretches = new Set<string>();
  for (let at = 0; at + KEY_LENGTH <= folded.length; at++) stretches.add(folded.slice(at, at + KEY_LENGTH));
  return [...stretches];
}

// Call after a source is created or its text changes, in the same transaction.
export async function indexSourcePassages(tx: Tx, sourceId: string, snapshot: string) {
  const key = passageKeyOf(snapshot);
  await tx.sourcePassageKey.upsert({ where: { sourceId }, create: { sourceId, key }, update: { key } });
}

type Candidate = { id: string; title: string; snapshot: string; isKeyed: number };

// Sources written before keys were kept have none and are read every time, until then:
// keyed here, once read. Never over a key their own write stored meanwhile.
async function keyUnkeyed(candidates: Candidate[]) {
  const rows = candidates.filter((c) => !c.isKeyed).map((c) => ({ sourceId: c.id, key: passageKeyOf(c.snapshot) }));
  if (rows.length === 0) return;
  await prisma.$executeRaw`
    INSERT OR IGNORE INTO "SourcePassageKey" ("sourceId", "key")
    SELECT json_extract(value, '$.sourceId'), json_extract(value, '$.key') FROM json_each(${JSON.stringify(rows)})`;
}

// The published source whose every passage the text holds; of several, the one with the
// most text, the nearest to the whole article. Only the sources whose key is one of the
// text's stretches (or that have none to be found by) are read.
export async function findSourceWithin(text: string): Promise<SourceWithin | null> {
  const folded = foldForMatching(text);
  // The candidates' ids first, from the keys' index and the sources' ids alone: no text is
  // read (not even for its length) until a source is a candidate. A stored text much longer
  // than this one cannot be inside it: an imported list (megabytes) is never read here.
  // Twice the length allows for white space the text folds away.
  const candidates = await prisma.$queryRaw<Candidate[]>`
    SELECT s.id, s.title, s.snapshot, (k.sourceId IS NOT NULL) AS isKeyed
    FROM Source s LEFT JOIN SourcePassageKey k ON k.sourceId = s.id
    WHERE s.id IN (
        SELECT sourceId FROM SourcePassageKey WHERE key = '' OR key IN (SELECT value FROM json_each(${JSON.stringify(stretchesOf(folded))}))
        UNION ALL
        SELECT id FROM Source WHERE id NOT IN (SELECT sourceId FROM SourcePassageKey))
      AND s.retiredAt IS NULL AND length(s.snapshot) <= ${text.length * 2}
    ORDER BY length(s.snapshot) DESC`;
  await keyUnkeyed(candidates);
  const found = candidates.find((source) => isWithin(folded, source.snapshot));
  return found ? { id: found.id, title: found.title, isPending: false } : null;
}
