import { mentionsIn, type Reading } from "@/lib/intake/reading";
import type { Mention, Span } from "@/lib/intake/types";

// Where an agreement was signed: a place the signing sentence names as the place of the act
// ("signed in Suzhou", "In Tokyo on June 19, … signed", "在苏州签署", "東京で調印",
// "수원에서 체결"). Only a place the intake found; a country says too little to be a venue
// and is most often where a party lies ("Jecheon City in South Korea").

const IN_OR_AT = /(?:^|[^\p{L}])((?:in|at)\s+(?:the\s+)?)$/iu;
const CHINESE = { before: /在$/u, after: /^(?:正式|共同|隆重)?(?:签署|签订|签约|缔结|举行|召开)/u };
const JAPANESE = /^で(?![はもの])[^。]{0,40}?(?:締結|調印|署名|行われ|開かれ)/u;
const KOREAN = /^에서(?!\s*온)[^.。]{0,40}?(?:체결|서명|열린|개최)/u;

function isVenue(reading: Reading, place: Mention, others: Mention[]): boolean {
  const before = reading.text.slice(Math.max(0, place.start - 12), place.start);
  const after = reading.text.slice(place.end, place.end + 60);
  if (CHINESE.before.test(before)) return CHINESE.after.test(after);
  if (JAPANESE.test(after) || KOREAN.test(after)) return true;
  const phrase = IN_OR_AT.exec(before);
  if (!phrase || /^['’]s\b/u.test(after)) return false;
  // "Haeundae District in Busan", "the Mayor of Gimhae in …": where the one before it lies.
  const at = place.start - phrase[1].length;
  return !others.some((m) => m !== place && m.end <= at && /^\s*$/u.test(reading.text.slice(m.end, at)));
}

// The first place the sentence gives as where it was signed, if any.
export function venueIn(reading: Reading, sentence: Span): Mention | undefined {
  const mentions = mentionsIn(reading, sentence);
  return mentions.find((m) => m.kind === "place" && !reading.countries.has(m.entity) && isVenue(reading, m, mentions));
}

// A building or hall, named where the sentence meets or signs: "met at Dodamso, the former
// residence", "signed at Gongju City Hall". Capitalised words after "at" that are more than
// a place the intake found (that place alone is the venue place).
const MEETS = /\b(?:met|meet|meets|meeting|talks|signed|signs|signing|ceremony|held)\b/iu;
const AT_A_NAME = /\bat\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:of\s+the\s+|of\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,5})/gu;

type VenueName = Span & { text: string };

function venueNameIn(reading: Reading, sentence: Span): VenueName | undefined {
  const text = reading.text.slice(sentence.start, sentence.end);
  const meets = MEETS.exec(text);
  if (!meets) return undefined;
  const mentions = mentionsIn(reading, sentence);
  for (const m of text.slice(meets.index).matchAll(AT_A_NAME)) {
    const start = sentence.start + meets.index + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!mentions.some((mention) => mention.start <= start && end <= mention.end)) return { start, end, text: m[1] };
  }
  return undefined;
}

// Where an agreement was signed, as a place the intake found and as the name of the building
// or hall: said in the signing sentence, or else in the earlier one its date comes from when
// that one tells of the meeting ("On May 19, … met at Dodamso. … they signed the agreement").
export function venueOf(reading: Reading, sentence: Span, dated?: Span): { place?: Mention; name?: VenueName } {
  const occasion = dated && MEETS.test(reading.text.slice(dated.start, dated.end)) ? [dated] : [];
  for (const span of [sentence, ...occasion]) {
    const venue = { place: venueIn(reading, span), name: venueNameIn(reading, span) };
    if (venue.place || venue.name) return venue;
  }
  return {};
}

// A place the sentence names only as where it was signed is no party ("In Suzhou, Wuzhong
// and Gumi signed …"); one it names again is ("… signed in Gumi").
export function isNotOnlyVenue(reading: Reading, sentence: Span, venue: Mention | undefined) {
  const isOnlyVenue = !!venue && mentionsIn(reading, sentence).every((m) => m === venue || m.entity !== venue.entity);
  return (entity: number) => !isOnlyVenue || entity !== venue.entity;
}
