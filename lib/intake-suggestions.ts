import type { OrganisationKind, PlaceLevel } from "@/lib/generated/prisma/enums";
import { COUNTRY_NAMES } from "@/lib/intake/name-words";
import type {
  AgreementSuggestion,
  Analysis,
  DelegationSuggestion,
  Entity,
  FoundDate,
  KnownRecord,
  Span,
  TieStatement,
} from "@/lib/intake/types";
import type { QuoteAnchor } from "@/lib/quote-anchor";
import type { IntakeAgreement, IntakeArticle, IntakeDelegation, IntakeEntity, IntakeInput, IntakeTie, Passage } from "@/lib/intake-schema";

// The analysis turned into the editor's first draft of decisions: a name the records know
// is linked to its record, any other is offered as a new record for the editor to check.

export const entityKeyOf = (index: number) => `e${index}`;

const passageOf = (anchor: QuoteAnchor | undefined): Passage => ({ quote: anchor?.exact ?? "", start: anchor?.start ?? null });

const LEVEL_WORDS: [RegExp, PlaceLevel][] = [
  [/(district|区|구)$/iu, "DISTRICT"],
  [/(county|县|郡|군)$/iu, "COUNTY"],
  [/(province|省|도)$/iu, "PROVINCE"],
  [/(prefecture|県|府)$/iu, "PREFECTURE"],
  [/(city|市|시)$/iu, "CITY"],
];

// The kind of an organisation as its name tells it, first match first ("Jiangsu Provincial
// Party Committee", "Fukuoka Prefectural Council", "SK Group"); else a government body, as
// most organisations of a local diplomacy report are. The editor corrects the rest.
const ORGANISATION_WORDS: [RegExp, OrganisationKind][] = [
  [/\b(?:party committee|CPC|communist party)\b|党委|[省市区县]委|共産党|공산당/iu, "PARTY_COMMITTEE"],
  [/\b(?:council|assembly|congress|parliament|diet)\b|议会|人大|人民代表大会|議会|의회/iu, "LEGISLATURE"],
  [/\b(?:united nations|unesco|asean|trilateral cooperation secretariat)\b/iu, "INTERNATIONAL_BODY"],
  [/\b(?:university|college)\b|大学|대학/iu, "UNIVERSITY"],
  [/\b(?:media|news|daily|times|broadcasting|television)\b|日报|新闻|新聞|放送|신문|방송/iu, "MEDIA"],
  [/\b(?:group|corporation|company|co\.|ltd|inc)(?:\.|\b)|集团|公司|株式会社|그룹|주식회사/iu, "COMPANY"],
  [/\b(?:association|society|federation|foundation|chamber)\b|协会|協会|商会|협회|재단/iu, "ASSOCIATION"],
];

export const organisationKindOf = (names: string[]): OrganisationKind =>
  ORGANISATION_WORDS.find(([pattern]) => names.some((name) => pattern.test(name)))?.[1] ?? "GOVERNMENT";

// A country the analysis recognised by its common name, whose code it knows.
const countryNamed = (name: string) => Object.values(COUNTRY_NAMES).find((country) => country.name === name);

function levelOf(entity: Entity, record: KnownRecord | undefined): PlaceLevel {
  if (record?.level) return record.level;
  if (countryNamed(entity.name)) return "COUNTRY";
  return LEVEL_WORDS.find(([pattern]) => pattern.test(entity.name))?.[1] ?? "UNKNOWN";
}

// How far down the hierarchy a level sits, to tell a place's whole from its part; OTHER and
// UNKNOWN say nothing.
const TIERS: Partial<Record<PlaceLevel, number>> = {
  COUNTRY: 0,
  ...Object.fromEntries(
    [
      "PROVINCE",
      "AUTONOMOUS_REGION",
      "MUNICIPALITY",
      "SPECIAL_ADMINISTRATIVE_REGION",
      "PREFECTURE",
      "SPECIAL_CITY",
      "METROPOLITAN_CITY",
      "SPECIAL_SELF_GOVERNING_CITY",
    ].map((l) => [l, 1]),
  ),
  ...Object.fromEntries(["PREFECTURE_LEVEL_CITY", "SUB_PROVINCIAL_CITY", "CITY"].map((l) => [l, 2])),
  ...Object.fromEntries(["COUNTY_LEVEL_CITY", "SPECIAL_WARD", "DISTRICT", "COUNTY"].map((l) => [l, 3])),
  TOWN: 4,
  VILLAGE: 5,
};

// Whether a place the article writes with another can be part of it. A country holds the
// level below it ("Guangdong Province, China"; not "Gyeongju, South Korea", whose province is
// between), never a country ("Japan, South Korea" lists two). Else the part's level must be
// known and sit below the whole's; the whole's may be unknown only where the article says
// so ("Laoshan District of Qingdao"), not in a list ("Fukuoka City, Kitakyushu and …").
function canHold(whole: PlaceLevel, part: PlaceLevel, listed: boolean): boolean {
  const [outer, inner] = [TIERS[whole], TIERS[part]];
  if (whole === "COUNTRY") return inner === 1;
  if (inner === undefined) return false;
  return outer === undefined ? !listed : outer < inner;
}

function textLangOf(text: string, articleLang: string): string {
  if (/\p{Script=Hangul}/u.test(text)) return "ko";
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return "ja";
  if (/\p{Script=Han}/u.test(text)) return articleLang === "ja" ? "ja" : "zh-Hans";
  return "en";
}

// A place's country: its record's, its own if it is one, else that of the place the article
// writes it with ("Gyeongju, South Korea", "Ayabe City of Kyoto Prefecture"), however far out,
// whether or not that place is proposed as its parent.
function countryOf(entity: Entity, records: Map<string, KnownRecord>, entities: Entity[], depth = 0): string | null {
  const known = records.get(entity.recordIds[0] ?? "")?.country ?? countryNamed(entity.name)?.code;
  if (known || !entity.partOf || depth > 5) return known ?? null;
  return countryOf(entities[entity.partOf.entity], records, entities, depth + 1);
}

function entityDecision(entity: Entity, lang: string, records: Map<string, KnownRecord>, entities: Entity[]): IntakeEntity {
  const recordId = entity.recordIds[0] ?? "";
  const record = records.get(recordId);
  const level = levelOf(entity, record);
  const container = entity.partOf;
  const whole = container ? entities[container.entity] : undefined;
  const isPart = container && whole && canHold(levelOf(whole, records.get(whole.recordIds[0] ?? "")), level, container.listed);
  const text = entity.texts.find((t) => textLangOf(t, lang) !== "en") ?? "";
  const position = entity.positions[0];
  return {
    key: entityKeyOf(entity.index),
    kind: entity.kind,
    action: recordId ? "link" : "create",
    recordId,
    aliasOf: "",
    partOf: isPart ? entityKeyOf(whole.index) : "",
    partOfEvidence: passageOf(isPart ? container.evidence : undefined),
    name: /\p{Script=Latin}/u.test(entity.name) ? entity.name : "",
    text,
    textLang: text ? textLangOf(text, lang) : "en",
    country: entity.kind === "place" ? countryOf(entity, records, entities) : (record?.country ?? countryNamed(entity.name)?.code ?? null),
    level,
    organisationKind: organisationKindOf([entity.name, ...entity.texts]),
    position: position?.title ?? "",
    positionEvidence: passageOf(position?.evidence),
    evidence: passageOf(entity.evidence),
  };
}

// A statement that dates nothing adds little when another statement of the same tie does.
function tieDecision(places: [number, number], statement: TieStatement, isDatedElsewhere: boolean): IntakeTie {
  const date = statement.date;
  const occurredOn = date?.value ?? statement.impliedStart?.value ?? "";
  return {
    places: [entityKeyOf(places[0]), entityKeyOf(places[1])],
    action: !occurredOn && isDatedElsewhere ? "drop" : "create",
    type: "ESTABLISHED",
    kind: statement.kind,
    term: statement.term,
    occurredOn,
    notation: date?.notation ?? "",
    inferredReason: date?.inferredReason ?? statement.impliedStart?.reason ?? "",
    evidence: passageOf(statement.evidence),
    dateEvidence: date
      ? { quote: statement.evidence.exact, start: statement.evidence.start }
      : passageOf(statement.impliedStart && statement.evidence),
    agreement: statement.agreement ?? null,
  };
}

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

// A date read from an earlier sentence ("… and his delegation", "the two leaders signed …")
// is cited where written.
function datePassage(analysis: Analysis, date: FoundDate | undefined, sentences: QuoteAnchor[]): Passage {
  if (!date) return passageOf(undefined);
  return passageOf(sentences.find((sentence) => within(date, sentence)) ?? analysis.dates.find((d) => d.start === date.start)?.evidence);
}

const SENTENCE_END = /[.!?]\s|[。！？]|\n/;

// The signing's passage stretched to the date it gives in the same sentence ("On September 8,
// … signed …"), so the date is cited with what it dates; else where the date is written.
function signingDatePassage(analysis: Analysis, text: string, a: AgreementSuggestion): Passage {
  const date = a.date;
  if (!date) return passageOf(undefined);
  const start = Math.min(date.start, a.evidence.start);
  const end = Math.max(date.end, a.evidence.end);
  if (SENTENCE_END.test(text.slice(start, end)) || end - start > 600) return datePassage(analysis, date, [a.evidence]);
  return { quote: text.slice(start, end), start };
}

const haveSameParties = (a: AgreementSuggestion, b: AgreementSuggestion) =>
  a.parties.length === b.parties.length && a.parties.every((party) => b.parties.includes(party));

// An agreement needs two parties: one the analysis found fewer for is offered dropped, and
// so is an undated mention (a headline) of parties another, dated one names.
function agreementDecision(analysis: Analysis, text: string, a: AgreementSuggestion): IntakeAgreement {
  const isRestated = !a.date && analysis.agreements.some((b) => b !== a && b.date && haveSameParties(a, b));
  return {
    action: a.parties.length >= 2 && !isRestated ? "create" : "drop",
    kind: a.kind,
    title: a.title ?? "",
    parties: a.parties.map(entityKeyOf),
    signatories: a.signatories.map(entityKeyOf),
    venue: a.venue === undefined ? "" : entityKeyOf(a.venue),
    venueName: a.venueName ?? "",
    signedOn: a.date?.value ?? "",
    notation: a.date?.notation ?? "",
    inferredReason: a.date?.inferredReason ?? "",
    evidence: passageOf(a.evidence),
    dateEvidence: signingDatePassage(analysis, text, a),
  };
}

// A title to correct rather than to type: "Weihai delegation to Jung District".
function delegationTitle(analysis: Analysis, d: DelegationSuggestion): string {
  const name = (i: number | null) => (i === null ? "" : analysis.entities[i].name || analysis.entities[i].texts[0]);
  const to = d.stops.length ? ` to ${d.stops.map(name).join(" and ")}` : "";
  if (d.from !== null) return `${name(d.from)} delegation${to}`;
  return d.leader !== null ? `Delegation of ${name(d.leader)}${to}` : "";
}

// The passages of a visit: the sentence that opens it, the one that dates it, the first
// that names a stop.
function delegationDecision(analysis: Analysis, d: DelegationSuggestion): IntakeDelegation {
  const key = (i: number | null) => (i === null ? "" : entityKeyOf(i));
  const naming = (entities: number[]) =>
    d.evidence.find((sentence) => analysis.mentions.some((m) => entities.includes(m.entity) && within(m, sentence)));
  const date = d.date;
  return {
    action: d.from === null && d.leader === null ? "drop" : "create",
    title: delegationTitle(analysis, d),
    leader: key(d.leader),
    from: key(d.from),
    members: d.members.map(entityKeyOf),
    stops: d.stops.map(entityKeyOf),
    startOn: d.beganEarlier ? "" : (date?.value ?? ""),
    endOn: d.end ?? "",
    notation: date?.notation ?? "",
    inferredReason: date?.inferredReason ?? "",
    evidence: passageOf(d.evidence[0]),
    dateEvidence: datePassage(analysis, date, d.evidence),
    stopsEvidence: passageOf(d.stops.length ? (naming(d.stops) ?? d.evidence[0]) : undefined),
  };
}

export function intakeDecisions(
  analysis: Analysis,
  article: Omit<IntakeArticle, "sourceId">,
  sourceId: string,
  known: KnownRecord[],
): IntakeInput {
  const records = new Map(known.map((record) => [record.id, record]));
  const title = article.title || article.snapshot.split("\n", 1)[0].slice(0, 300);
  return {
    sourceId,
    article: { ...article, title },
    entities: analysis.entities.map((entity) => entityDecision(entity, analysis.lang, records, analysis.entities)),
    ties: analysis.ties.flatMap((tie) => {
      const isDated = tie.statements.some((s) => s.date || s.impliedStart);
      return tie.statements.map((statement) => tieDecision(tie.places, statement, isDated));
    }),
    delegations: analysis.delegations.map((delegation) => delegationDecision(analysis, delegation)),
    agreements: analysis.agreements.map((agreement) => agreementDecision(analysis, article.snapshot, agreement)),
  };
}
