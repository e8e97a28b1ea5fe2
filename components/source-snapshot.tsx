type Quote = { id: string; startOffset: number | null; endOffset: number | null };

// The source's text with each cited passage highlighted and addressable (#quote-<id>),
// so a footnote can take the reader to the very words. Overlapping passages are marked
// once, by the earliest.
export function SourceSnapshot({ text, lang, quotes }: { text: string; lang: string | null; quotes: Quote[] }) {
  const marks = quotes
    .filter((q): q is Quote & { startOffset: number; endOffset: number } => q.startOffset !== null && q.endOffset !== null)
    .sort((a, b) => a.startOffset - b.startOffset);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.startOffset < at) continue;
    parts.push(text.slice(at, mark.startOffset));
    parts.push(
      <mark key={mark.id} id={`quote-${mark.id}`}>
        {text.slice(mark.startOffset, mark.endOffset)}
      </mark>,
    );
    at = mark.endOffset;
  }
  parts.push(text.slice(at));
  return (
    <div className="card snapshot" lang={lang ?? undefined}>
      {parts}
    </div>
  );
}
