import { datesAgree } from "@/lib/partial-date";
import { evidenceOf } from "@/lib/intake/sentences";
import { areNested, datesIn, mentionsIn, type Reading } from "@/lib/intake/reading";
import type { DelegationSuggestion, Mention, Span } from "@/lib/intake/types";

// Delegations: who led one, from where, where it stopped (in the order the article tells
// it), and when. A sentence with an indefinite delegation ("led a delegation", "a Weifang
// delegation", "X visited") opens one; "the delegation", "his delegation", "the visit"
// go on with the last one opened.

const OPENS =
  /\b(?:his|her)\s+delegation\b|\b(?:led|leads|leading|headed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?delegation\b|\ba\s+(?:[\w-]+\s+){0,3}?delegation\b|\bvisited\b|率团|访问团|代表团|考察团|訪問団|代表団|대표단|방문단/iu;
const GOES_ON =
  /\b(?:the|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:delegation|visit|trip|itinerary)\b|\bdelegation['’]s\b|\bthe delegation\b/iu;
const LEADS = /^\s*(?:,[^,.;]{0,120},\s*|\s+of\s+[^,.;]{0,60}?\s+)?(?:led|leads|leading|headed|heads|visited|率)/u;
const HIS_DELEGATION = /^\s*(?:,|and)\s*(?:his|her)\s+delegation/u;
const HIS_DELEGATION_ANYWHERE = /\b(?:his|her)\s+delegation\b/iu;
const DELEGATION_WORD = /delegation|代表团|访问团|考察团|代表団|訪問団|대표단|방문단/iu;
const LED_BY = /delegation\s+(?:led|headed)\s+by\s+$/u;

function leaderIn(reading: Reading, mentions: Mention[]): number | null {
  const { text } = reading;
  const person = mentions.find(
    (m) =>
      m.kind === "person" &&
      (LEADS.test(text.slice(m.end, m.end + 160)) ||
        HIS_DELEGATION.test(text.slice(m.end, m.end + 30)) ||
        LED_BY.test(text.slice(m.start - 40, m.start))),
  );
  return person ? person.entity : null;
}

// "a delegation from Zhejiang Province", "a Weifang delegation", "潍坊市访问团", "a delegation of …".
function senderIn(reading: Reading, mentions: Mention[]): number | null {
  const { text } = reading;
  const longestFirst = [...mentions].filter((m) => m.kind !== "person").sort((a, b) => b.end - b.start - (a.end - a.start));
  const from = longestFirst.find((m) => /delegation\s+(?:from|of)\s+(?:the\s+)?$/iu.test(text.slice(m.start - 40, m.start)));
  if (from) return from.entity;
  const before = longestFirst.find((m) =>
    /^(?:['’]s)?\s*(?:[\w-]+\s+)?(?:delegation|访问团|代表团|考察团|訪問団|代表団|대표단|방문단)/iu.test(text.slice(m.end, m.end + 30)),
  );
  return before ? before.entity : null;
}

// A leader's title names where they come from: "Zhejiang Party Secretary".
function senderOfLeader(reading: Reading, leader: number | null): number | null {
  const titled = reading.mentions.find((m) => m.entity === leader && m.position);
  if (!titled?.position) return null;
  const place = mentionsIn(reading, titled.position).find((m) => m.kind === "place" && !reading.countries.has(m.entity));
  return place?.entity ?? null;
}

type Open = DelegationSuggestion & { countries: number[] };

// Places the sentence names, except the sender, places inside an organisation's name and
// places in the titles of the delegation's own people ("Deputy Mayor of Kuiwen District").
function stopsIn(reading: Reading, mentions: Mention[], own: number[], exclude: (number | null)[]): number[] {
  const within = (m: Mention, span: Span) => span.start <= m.start && m.end <= span.end;
  const outside = mentions.filter((m) => m.kind === "organisation" || (own.includes(m.entity) && m.position));
  const places = mentions.filter((m) => m.kind === "place" && !outside.some((o) => within(m, o.kind === "organisation" ? o : o.position!)));
  return [...new Set(places.map((m) => m.entity))].filter((e) => !exclude.includes(e));
}

const conflicts = (a: Open, date?: string) => !!(a.date && date && !datesAgree(a.date.value, date));

export function findDelegations(reading: Reading): DelegationSuggestion[] {
  const delegations: Open[] = [];
  let current: Open | null = null;
  for (const sentence of reading.sentences) {
    const text = reading.text.slice(sentence.start, sentence.end);
    const opens = OPENS.test(text);
    if (!opens && !(current && GOES_ON.test(text))) continue;
    const mentions = mentionsIn(reading, sentence);
    const leader = leaderIn(reading, mentions);
    const from = senderIn(reading, mentions);
    // "… and his delegation" with no date of its own happened on the last day named.
    const lastDay = [...reading.dates].reverse().find((d) => d.end <= sentence.start && d.precision === "day");
    const date = datesIn(reading, sentence)[0] ?? (HIS_DELEGATION_ANYWHERE.test(text) ? lastDay : undefined);
    const names = DELEGATION_WORD.test(text);
    const opened = (opens && leader !== null) || from !== null;
    if (opened) {
      const same = delegations.find(
        (d) => ((leader !== null && d.leader === leader) || (from !== null && d.from === from)) && !conflicts(d, date?.value),
      );
      current = same ?? { leader, from, members: [], stops: [], countries: [], evidence: [] };
      if (!same) delegations.push(current);
    }
    if (!current) continue;
    current.leader ??= leader;
    current.from ??= from ?? senderOfLeader(reading, current.leader);
    // Who "accompanied" (随) the delegation: the people named before the word.
    const joins = /accompan|随/iu.exec(text);
    const joinAt = joins ? sentence.start + joins.index : -1;
    for (const m of mentions) if (m.kind === "person" && m.end <= joinAt && m.entity !== current.leader) current.members.push(m.entity);
    const own = [current.leader, ...current.members].filter((e): e is number => e !== null);
    // "X visited Korea": the places after the word.
    const visited = names ? null : /\bvisited\b/u.exec(text);
    const after = visited ? mentions.filter((m) => m.start >= sentence.start + visited.index) : mentions;
    const here = stopsIn(reading, after, own, [current.from]);
    // Dates told with places other than the stops already named are a later leg's ("From
    // June 19 to 20 … visited South Korea", after its stops in Japan): the visit began before.
    if (date && !current.date && (names || opened)) {
      const named = current.stops;
      const beganEarlier = named.length > 0 && here.length > 0 && !here.some((place) => named.includes(place));
      Object.assign(current, { date, beganEarlier, end: beganEarlier ? (date.endValue ?? date.value) : date.endValue });
    }
    for (const place of here) {
      const list = reading.countries.has(place) ? current.countries : current.stops;
      if (!list.includes(place)) list.push(place);
    }
    current.evidence.push(evidenceOf(reading.text, sentence));
  }
  return delegations.map(({ countries, ...d }) => {
    // A district of the sending city ("威海市环翠区") is where the delegation comes from, not a stop.
    const stops = d.stops.filter((place) => d.from === null || !areNested(reading, place, d.from));
    return { ...d, members: [...new Set(d.members)], stops: stops.length ? stops : countries };
  });
}
