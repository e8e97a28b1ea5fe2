import type { AgreementKind } from "@/lib/generated/prisma/enums";
import { coverOf, evidenceOf, sentenceAt } from "@/lib/intake/sentences";
import { datesIn, mentionsIn, partiesIn, twoNamedBefore, type Reading } from "@/lib/intake/reading";
import type { Sentence } from "@/lib/intake/sentences";
import { isNotOnlyVenue, venueIn, venueOf } from "@/lib/intake/venues";
import type { AgreementSuggestion, FoundDate, Span, TieSuggestion } from "@/lib/intake/types";

// Agreements: a sentence that signs (concludes, releases, 签署, 締結, 체결 …) a document
// named by its kind (agreement, memorandum, initiative, 协议, 協定, 협약 …).

const DOCUMENT =
  /\b(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|accords?|initiative|letters? of intent|protocol|contract|pact|declaration)\b|协议|协定|备忘录|倡议|意向书|協定書?|覚書|合意書|협약|협정|양해각서/giu;
const IS_DOCUMENT = new RegExp(DOCUMENT.source, "iu");
const SIGNS =
  /\b(?:sign(?:ed|s|ing)?|conclud(?:ed|es|e)|ink(?:ed)?|releas(?:ed|es|e)|adopt(?:ed)?|issu(?:ed|e)|exchang(?:ed|e) (?:a|the))\b|签署|签订|签约|缔结|締結|調印|署名|체결|서명/iu;
const QUOTED = /["“「『《]([^"”」』》]{3,120})["”」』》]/gu;

const KINDS: [RegExp, AgreementKind][] = [
  [/sister|姉妹|姐妹|자매/iu, "SISTERHOOD_AGREEMENT"],
  [/friendship exchange|friendly exchange|友好交流|우호교류/iu, "FRIENDSHIP_EXCHANGE_AGREEMENT"],
  [/friendship|friendly|友好|우호/iu, "FRIENDSHIP_AGREEMENT"],
  [/memorand|mou\b|备忘录|覚書|양해각서/iu, "MEMORANDUM_OF_UNDERSTANDING"],
  [/letters? of intent|意向书/iu, "LETTER_OF_INTENT"],
  [/initiative|倡议/iu, "INITIATIVE"],
  [/contract/iu, "CONTRACT"],
  [/cooperat|partnership|合作|協力|협력/iu, "COOPERATION_AGREEMENT"],
];

// The kind, from the document's word and the few words before it ("expanded cooperation
// agreement", "friendship exchange and cooperation agreement").
function kindOf(words: string): AgreementKind {
  return KINDS.find(([pattern]) => pattern.test(words))?.[1] ?? "OTHER";
}

// The date the sentence gives, or else the last day named before it: "the two leaders
// signed …" after "On May 19, … met".
function dateFor(reading: Reading, span: Span): FoundDate | undefined {
  return datesIn(reading, span)[0] ?? [...reading.dates].reverse().find((d) => d.end <= span.start && d.precision === "day");
}

export function findAgreements(reading: Reading): AgreementSuggestion[] {
  const found: AgreementSuggestion[] = [];
  for (const sentence of reading.sentences) {
    const text = reading.text.slice(sentence.start, sentence.end);
    const titles = [...text.matchAll(QUOTED)].filter((m) => IS_DOCUMENT.test(m[1]));
    if (!SIGNS.test(text) && titles.length === 0) continue;
    const venue = venueIn(reading, sentence);
    const isParty = isNotOnlyVenue(reading, sentence, venue);
    const date = dateFor(reading, sentence);
    const signedAt = venueOf(
      reading,
      sentence,
      date && date.start < sentence.start ? sentenceAt(reading.sentences, date.start) : undefined,
    );
    for (const m of text.matchAll(DOCUMENT)) {
      const at = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      const title = titles.find((t) => t.index <= m.index && m.index < t.index + t[0].length);
      const titleSpan = title ? { start: sentence.start + title.index, end: sentence.start + title.index + title[0].length } : null;
      const lead = reading.text.slice(Math.max(sentence.start, at.start - 60), at.end);
      const parties = partiesIn(reading, titleSpan ?? sentence, { qualifiers: !!titleSpan }).filter(isParty);
      const people = mentionsIn(reading, sentence).filter((p) => p.kind === "person");
      const positioned = people.flatMap((p) => (p.position ? partiesIn(reading, p.position, { qualifiers: true }) : []));
      const named = [...new Set([...parties, ...positioned])];
      const allParties = named.length ? named : twoNamedBefore(reading, sentence);
      if (allParties.length === 0 && !title) continue;
      // The passage reaches the venue when the signing sentence names it.
      const venueSpans = [signedAt.place, signedAt.name].flatMap((span) =>
        span && span.start >= sentence.start && span.end <= sentence.end ? [span] : [],
      );
      const spans = [
        at,
        ...(titleSpan ? [titleSpan] : []),
        ...mentionsIn(reading, sentence).filter((x) => allParties.includes(x.entity)),
        ...venueSpans,
      ];
      found.push({
        title: title ? title[1].replace(/[,.]$/, "") : null,
        kind: kindOf(lead.split(/[,;:，、]/).pop() ?? lead),
        parties: allParties,
        signatories: [...new Set(people.map((p) => p.entity))],
        date,
        venue: signedAt.place?.entity,
        venueName: signedAt.name?.text,
        evidence: evidenceOf(reading.text, coverOf(spans)),
      });
    }
  }
  return found;
}

const TIE_AGREEMENTS: AgreementKind[] = ["SISTERHOOD_AGREEMENT", "FRIENDSHIP_AGREEMENT", "FRIENDSHIP_EXCHANGE_AGREEMENT"];

// A tie statement and an agreement of ties its two places sign in the same sentence ("…
// signed a sister-city agreement, becoming sister cities") tell of one event: the signing.
// Not an anniversary's signing, nor one dated otherwise: those are later events.
export function withSignings(ties: TieSuggestion[], agreements: AgreementSuggestion[], sentences: Sentence[]): TieSuggestion[] {
  const sentenceOf = (at: number) => sentenceAt(sentences, at);
  const signs = (tie: TieSuggestion, statement: TieSuggestion["statements"][number], agreement: AgreementSuggestion) =>
    TIE_AGREEMENTS.includes(agreement.kind) &&
    tie.places.every((place) => agreement.parties.includes(place)) &&
    sentenceOf(agreement.evidence.start) === sentenceOf(statement.evidence.start) &&
    !statement.impliedStart &&
    (!statement.date || !agreement.date || statement.date.value === agreement.date.value);
  return ties.map((tie) => ({
    ...tie,
    statements: tie.statements.map((statement) => {
      const agreement = agreements.findIndex((a) => signs(tie, statement, a));
      return agreement < 0 ? statement : { ...statement, agreement };
    }),
  }));
}
