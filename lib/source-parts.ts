// A long source is read a part at a time: the twin-cities list is 1.8 MB of text cited
// 25,000 times, which as one page was 23 MB of HTML. A part is a stretch of the text and
// the claims whose quotes begin in it; a source of one part (an article) keeps the one
// address, and a footnote links to the part its quote begins in.
export const PART_CHARS = 10_000;

type Anchored = { id: string; startOffset?: number | null };

// The part (0-based) a quote beginning at `startOffset` is in; an unanchored quote is listed
// with the first.
export const partOf = (startOffset: number | null | undefined) => (startOffset ? Math.floor(startOffset / PART_CHARS) : 0);

export const partCount = (textLength: number) => Math.max(1, Math.ceil(textLength / PART_CHARS));

export const sourcePartPath = (sourceId: string, part: number) =>
  part === 0 ? `/sources/${sourceId}` : `/sources/${sourceId}/parts/${part + 1}`;

// Where a citation's passage is read, marked in its source's text.
export const passagePath = (sourceId: string, citation: Anchored) =>
  `${sourcePartPath(sourceId, partOf(citation.startOffset))}#quote-${citation.id}`;

// The offsets a part's quotes begin within.
export const partRange = (part: number) => ({ gte: part * PART_CHARS, lt: (part + 1) * PART_CHARS });
