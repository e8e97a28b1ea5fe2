import type { PlaceLevel } from "@/lib/generated/prisma/enums";
import { COUNTRY_NAMES } from "@/lib/intake/name-words";
import type { Analysis, Entity, KnownRecord, TieStatement } from "@/lib/intake/types";
import type { QuoteAnchor } from "@/lib/quote-anchor";
import type { IntakeArticle, IntakeEntity, IntakeInput, IntakeTie, Passage } from "@/lib/intake-schema";

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

// A country the analysis recognised by its common name, whose code it knows.
const countryNamed = (name: string) => Object.values(COUNTRY_NAMES).find((country) => country.name === name);

function levelOf(entity: Entity, record: KnownRecord | undefined): PlaceLevel {
  if (record?.level) return record.level;
  if (countryNamed(entity.name)) return "COUNTRY";
  return LEVEL_WORDS.find(([pattern]) => pattern.test(entity.name))?.[1] ?? "UNKNOWN";
}

function textLangOf(text: string, articleLang: string): string {
  if (/\p{Script=Hangul}/u.test(text)) return "ko";
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return "ja";
  if (/\p{Script=Han}/u.test(text)) return articleLang === "ja" ? "ja" : "zh-Hans";
  return "en";
}

function entityDecision(entity: Entity, lang: string, records: Map<string, KnownRecord>): IntakeEntity {
  const recordId = entity.recordIds[0] ?? "";
  const record = records.get(recordId);
  const text = entity.texts.find((t) => textLangOf(t, lang) !== "en") ?? "";
  const position = entity.positions[0];
  return {
    key: entityKeyOf(entity.index),
    kind: entity.kind,
    action: recordId ? "link" : "create",
    recordId,
    aliasOf: "",
    name: /\p{Script=Latin}/u.test(entity.name) ? entity.name : "",
    text,
    textLang: text ? textLangOf(text, lang) : "en",
    country: record?.country ?? countryNamed(entity.name)?.code ?? null,
    level: levelOf(entity, record),
    organisationKind: "GOVERNMENT",
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
    entities: analysis.entities.map((entity) => entityDecision(entity, analysis.lang, records)),
    ties: analysis.ties.flatMap((tie) => {
      const isDated = tie.statements.some((s) => s.date || s.impliedStart);
      return tie.statements.map((statement) => tieDecision(tie.places, statement, isDated));
    }),
  };
}
