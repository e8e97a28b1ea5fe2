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

// A place the sentence names only as where it was signed is no party ("In Suzhou, Wuzhong
// and Gumi signed …"); one it names again is ("… signed in Gumi").
export function isNotOnlyVenue(reading: Reading, sentence: Span, venue: Mention | undefined) {
  const isOnlyVenue = !!venue && mentionsIn(reading, sentence).every((m) => m === venue || m.entity !== venue.entity);
  return (entity: number) => !isOnlyVenue || entity !== venue.entity;
}
