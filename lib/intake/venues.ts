import { mentionsIn, type Reading } from "@/lib/intake/reading";
import type { Mention, Span } from "@/lib/intake/types";

// Where an agreement was signed: a place the signing sentence names as the place of the act
// ("signed in Suzhou", "In Tokyo on June 19, … signed", "在苏州签署", "東京で調印",
// "수원에서 체결"). Only a place the intake found; a country says too little to be a venue
// and is most often where a party lies ("Jecheon City in South Korea").

const IN_OR_AT = /(?:^|[^\p{L}])((?:in|at)\s+(?:the\s+)?)$/iu;
// The words a building's name ends in (会议中心, 迎賓館, 컨벤션센터): a place may stand
// before it ("在苏州市会议中心签署": signed at the Suzhou conference centre, in Suzhou).
const BUILDING = {
  zh: "会议中心|会展中心|宾馆|酒店|饭店|大厦|会堂|礼堂|政府|中心|大厅|厅|馆",
  ja: "ホテル|会館|ホール|センター|庁舎|迎賓館|役所|役場|公館",
  ko: "호텔|회관|센터|청사|홀|공관",
};
const SIGNS = {
  zh: "(?:正式|共同|隆重)?(?:签署|签订|签约|缔结|举行|召开)",
  ja: "で(?![はもの])[^。]{0,40}?(?:締結|調印|署名|行われ|開かれ)",
  ko: "에서(?!\\s*온)[^.。]{0,40}?(?:체결|서명|열린|개최)",
};
const CHINESE = { before: /在$/u, after: new RegExp(`^(?:\\p{Script=Han}{0,10}?(?:${BUILDING.zh}))?${SIGNS.zh}`, "u") };
const JAPANESE = new RegExp(`^(?:[\\p{Script=Han}\\p{Script=Katakana}ー・]{0,12}?(?:${BUILDING.ja}))?${SIGNS.ja}`, "u");
const KOREAN = new RegExp(`^(?:\\s?[가-힣]{0,10}?(?:${BUILDING.ko}))?${SIGNS.ko}`, "u");

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
// a place the intake found (that place alone is the venue place); the intake may have read
// the building as an organisation (苏州市会议中心), which it may be as well.
const MEETS = /\b(?:met|meet|meets|meeting|talks|signed|signs|signing|ceremony|held)\b/iu;
const AT_A_NAME = /\bat\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:of\s+the\s+|of\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,5})/dgu;
// In Chinese, Japanese and Korean, a name ending in a building's word where the sentence
// signs there ("在苏州市会议中心签署", "国際会議センターで締結", "수원컨벤션센터에서 체결").
const CJK_NAMES = [
  new RegExp(`在(\\p{Script=Han}{1,12}?(?:${BUILDING.zh}))${SIGNS.zh}`, "dgu"),
  new RegExp(`([\\p{Script=Han}\\p{Script=Katakana}ー・]{1,14}(?:${BUILDING.ja}))${SIGNS.ja}`, "dgu"),
  // Korean spaces its words: a word before the building's is part of its name unless it
  // ends in a particle ("구미시는 수원컨벤션센터에서").
  new RegExp(`((?:[가-힣]+(?<![는은이가와과도])\\s)?[가-힣]*(?:${BUILDING.ko}))${SIGNS.ko}`, "dgu"),
];

type VenueName = Span & { text: string };

// Where in the sentence each candidate name lies (its group's own offset: the `d` flag).
function namesIn(text: string): { at: number; name: string }[] {
  const meets = MEETS.exec(text);
  const named = (m: RegExpExecArray, offset = 0) => ({ at: offset + m.indices![1][0], name: m[1] });
  const english = meets ? [...text.slice(meets.index).matchAll(AT_A_NAME)].map((m) => named(m, meets.index)) : [];
  return [...english, ...CJK_NAMES.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => named(m)))];
}

function venueNameIn(reading: Reading, sentence: Span): VenueName | undefined {
  const mentions = mentionsIn(reading, sentence);
  for (const { at, name } of namesIn(reading.text.slice(sentence.start, sentence.end))) {
    const start = sentence.start + at;
    const end = start + name.length;
    const isPlace = mentions.some((mention) => mention.kind === "place" && mention.start <= start && end <= mention.end);
    if (!isPlace) return { start, end, text: name };
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
