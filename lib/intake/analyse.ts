import { findAgreements, withSignings } from "@/lib/intake/agreements";
import { findDates } from "@/lib/intake/dates";
import { findDelegations } from "@/lib/intake/delegations";
import { findEvents } from "@/lib/intake/events";
import { findFigures } from "@/lib/intake/figures";
import { nameIndexOf, type NameIndex } from "@/lib/intake/known-names";
import { detectLanguage } from "@/lib/intake/language";
import { groupMentions, type Group } from "@/lib/intake/mentions";
import { COUNTRY_NAMES } from "@/lib/intake/name-words";
import { containerOf, type Reading } from "@/lib/intake/reading";
import { coverOf, evidenceOf, sentencesOf } from "@/lib/intake/sentences";
import { findTies } from "@/lib/intake/ties";
import type { Analysis, Entity, KnownRecord } from "@/lib/intake/types";

// Reads an article into suggestions for an editor: local, no network, no model. Knows no
// fact of any article: only general patterns and the names of the records it is given.

export type AnalyseOptions = { lang?: string; articleDate?: string | null; records?: KnownRecord[]; index?: NameIndex };

// The entity's name: its record's, else the longest of its mentions (a country by its
// common English name).
function nameOf(group: Group, records: Map<string, KnownRecord>): string {
  const record = group.drafts.find((d) => d.records.length)?.records[0];
  if (record) return records.get(record.id)?.name ?? record.name;
  const country = group.drafts.find((d) => d.country);
  if (country) return Object.values(COUNTRY_NAMES).find((c) => c.code === country.country)!.name;
  return group.drafts.map((d) => d.text).reduce((a, b) => (b.length > a.length ? b : a));
}

function entitiesOf(text: string, groups: Group[], records: Map<string, KnownRecord>): Entity[] {
  return groups.map((group, index) => {
    const first = group.drafts.find((d) => d.position) ?? group.drafts[0];
    return {
      index,
      kind: group.kind,
      name: nameOf(group, records),
      recordIds: group.drafts.find((d) => d.records.length)?.records.map((r) => r.id) ?? [],
      texts: [...new Set(group.drafts.map((d) => d.text))],
      positions: group.drafts.flatMap((d) =>
        d.position ? [{ title: d.position.title, evidence: evidenceOf(text, coverOf([d, d.position])) }] : [],
      ),
      evidence: evidenceOf(text, first.position ? coverOf([first, first.position]) : first),
    };
  });
}

function countriesOf(groups: Group[], records: Map<string, KnownRecord>): Set<number> {
  const isCountry = (group: Group) => group.drafts.some((d) => d.country || d.records.some((r) => records.get(r.id)?.level === "COUNTRY"));
  return new Set(groups.flatMap((group, index) => (isCountry(group) ? [index] : [])));
}

function partOf(reading: Reading, entity: number): Entity["partOf"] {
  const whole = containerOf(reading, entity);
  return whole && { entity: whole.entity, evidence: evidenceOf(reading.text, whole.span), listed: whole.listed };
}

export function analyseArticle(text: string, options: AnalyseOptions = {}): Analysis {
  const lang = options.lang ?? detectLanguage(text);
  const articleDate = options.articleDate ?? null;
  const records = options.records ?? [];
  const byId = new Map(records.map((r) => [r.id, r]));
  const { mentions, groups } = groupMentions(text, options.index ?? nameIndexOf(records), records);
  const entities = entitiesOf(text, groups, byId);
  const dates = findDates(text, articleDate);
  const reading: Reading = { text, sentences: sentencesOf(text, lang), mentions, entities, dates, countries: countriesOf(groups, byId) };
  const agreements = findAgreements(reading);
  return {
    lang,
    articleDate,
    entities: entities.map((entity) => (entity.kind === "place" ? { ...entity, partOf: partOf(reading, entity.index) } : entity)),
    mentions,
    dates: dates.map((date) => ({ ...date, evidence: evidenceOf(text, date) })),
    ties: withSignings(findTies(reading, articleDate), agreements, reading.sentences),
    delegations: findDelegations(reading),
    agreements,
    events: findEvents(reading),
    figures: findFigures(reading),
  };
}
