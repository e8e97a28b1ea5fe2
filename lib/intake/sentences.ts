import { anchorQuote, type QuoteAnchor } from "@/lib/quote-anchor";
import type { Span } from "@/lib/intake/types";

export type Sentence = Span & { text: string; paragraph: number };

// The segmenter ends a sentence after any full stop, so "Mr. Wang" would be cut in two.
const ABBREVIATION_END =
  /\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Gen|Sen|Rep|Gov|Jr|Sr|Co|Inc|Ltd|vs|etc|e\.g|i\.e|U\.S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;

// The article's sentences with their offsets, by Intl.Segmenter (Unicode sentence
// boundaries: it knows 。 and ！, and breaks at line ends), trimmed of white space.
export function sentencesOf(text: string, lang: string): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let joinNext = false;
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    const previous = sentences[sentences.length - 1];
    if (joinNext && previous && body) {
      previous.end = index + lead + body.length;
      previous.text = text.slice(previous.start, previous.end);
    } else if (body) {
      sentences.push({ start: index + lead, end: index + lead + body.length, text: body, paragraph });
    }
    joinNext = ABBREVIATION_END.test(segment) && !segment.includes("\n");
    if (/\n/.test(segment)) paragraph++;
  }
  return sentences;
}

// The sentence holding an offset.
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
}

// A passage of the article anchored the way a hand-made citation is (exact quote, its
// context, its offsets), so an accepted suggestion's citation re-anchors like any other.
export function evidenceOf(text: string, span: Span): QuoteAnchor {
  const exact = text.slice(span.start, span.end);
  return anchorQuote(text, exact, { start: span.start }) ?? { exact, prefix: "", suffix: "", start: span.start, end: span.end };
}

// The smallest span covering all of the given spans.
export function coverOf(spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
