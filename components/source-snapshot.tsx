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

// The source's text with each cited passage highlighted and addressable (#quote-<id>),
// so a footnote can take the reader to the very words.
export function SourceSnapshot({ text, lang, quotes }: { text: string; lang: string | null; quotes: Quote[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end, ids } of passagesOf(quotes)) {
    const [first, ...others] = ids;
    parts.push(text.slice(at, start));
    parts.push(
      <mark key={first} id={`quote-${first}`}>
        {others.map((id) => (
          <span key={id} id={`quote-${id}`} />
        ))}
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return (
    <div className="card snapshot" lang={lang ?? undefined}>
      {parts}
    </div>
  );
}
