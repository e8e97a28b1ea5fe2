type Quote = { id: string; startOffset: number | null; endOffset: number | null };
type Passage = { start: number; end: number; ids: string[] };

// Overlapping quotes (one sentence cited for a date and for a name) are one highlighted
// passage, which every one of them can address.
function passagesOf(quotes: Quote[]): Passage[] {
  const anchored = quotes
    .filter((q): q is Quote & { startOffset: number; endOffset: number } => q.startOffset !== null && q.endOffset !== null)
    .sort((a, b) => a.startOffset - b.startOffset);
  const passages: Passage[] = [];
  for (const quote of anchored) {
    const last = passages.at(-1);
    if (last && quote.startOffset < last.end) {
      last.end = Math.max(last.end, quote.endOffset);
      last.ids.push(quote.id);
    } else passages.push({ start: quote.startOffset, end: quote.endOffset, ids: [quote.id] });
  }
  return passages;
}

type Text = { start: number; value: string; isCut: boolean };

// The source's text, or the part of it a long source's page shows (lib/source-parts.ts),
// with each cited passage highlighted and addressable (#quote-<id>), so a footnote can take
// the reader to the very words. Quotes are anchored by their offsets in the whole text.
export function SourceSnapshot({
  text: { start: offset, value: text, isCut },
  lang,
  quotes,
}: {
  text: Text;
  lang: string | null;
  quotes: Quote[];
}) {
  const pieces: React.ReactNode[] = offset > 0 ? ["…"] : [];
  let at = 0;
  const inPart = quotes.map((q) => ({
    ...q,
    startOffset: q.startOffset === null ? null : q.startOffset - offset,
    endOffset: q.endOffset === null ? null : q.endOffset - offset,
  }));
  for (const { start, end, ids } of passagesOf(inPart)) {
    const [first, ...others] = ids;
    pieces.push(text.slice(at, start));
    pieces.push(
      <mark key={first} id={`quote-${first}`}>
        {others.map((id) => (
          <span key={id} id={`quote-${id}`} />
        ))}
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  pieces.push(text.slice(at));
  if (isCut) pieces.push("…");
  return (
    <div className="card snapshot" lang={lang ?? undefined}>
      {pieces}
    </div>
  );
}
