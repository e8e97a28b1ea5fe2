import "server-only";
import { prisma } from "@/lib/db";
import { datesAgree } from "@/lib/partial-date";
import type { IntakeInput } from "@/lib/intake-schema";

// Visits and agreements an article tells of that Amity has already: a report restates a
// signing or a visit that another article brought in. The editor's first draft drops them
// and names the record, so that one visit is not recorded twice; the editor may keep one that
// is another visit after all.

export type Recorded = { title: string; path: string };
export type RecordedAlready = { delegations: (Recorded | null)[]; agreements: (Recorded | null)[] };

// A date as written ("2024", "2024-06", "2024-06-19") stands for a span of days: its first
// and last, as strings that compare in order.
const firstDay = (date: string) => `${date}-00-00`.slice(0, 10);
const lastDay = (date: string) => `${date}-99-99`.slice(0, 10);

// A visit known only by its end (its last leg dated), on either side, is taken as that day.
function overlaps(start: string, end: string, otherStart: string | null, otherEnd: string | null) {
  const [from, otherFrom] = [start || end, otherStart || otherEnd];
  if (!from || !otherFrom) return false;
  return firstDay(from) <= lastDay(otherEnd || otherFrom) && firstDay(otherFrom) <= lastDay(end || from);
}

// The published record a kept suggestion links to, if it links to one.
function linkedIds(form: IntakeInput) {
  const ids = new Map(form.entities.filter((e) => e.action === "link" && e.recordId).map((e) => [e.key, e.recordId]));
  return (key: string) => ids.get(key) ?? null;
}

// The same visit: led by the same person or sent by the same place or organisation, on days
// that overlap. A visit the article dates only by its end (its last leg) overlaps one that
// takes in that day.
async function recordedDelegation(d: IntakeInput["delegations"][number], linked: (key: string) => string | null) {
  const [leaderId, senderId] = [linked(d.leader), linked(d.from)];
  if (d.action !== "create" || !(d.startOn || d.endOn) || (!leaderId && !senderId)) return null;
  const who = [
    ...(leaderId ? [{ leaderId }] : []),
    ...(senderId ? [{ sendingPlaceId: senderId }, { sendingOrganisationId: senderId }] : []),
  ];
  const visits = await prisma.delegation.findMany({
    where: { retiredAt: null, OR: who },
    select: { title: true, slug: true, startOn: true, endOn: true },
    orderBy: { startOn: "desc" },
    take: 100,
  });
  const same = visits.find((visit) => overlaps(d.startOn, d.endOn, visit.startOn, visit.endOn));
  return same ? { title: same.title, path: `/delegations/${same.slug}` } : null;
}

// The same agreement: between the same parties, signed on a date that agrees (one may be
// less precise), whatever kind each source calls it.
async function recordedAgreement(a: IntakeInput["agreements"][number], linked: (key: string) => string | null) {
  const parties = a.parties.map(linked);
  const signedOn = a.signedOn;
  if (a.action !== "create" || !signedOn || parties.length < 2 || parties.some((id) => !id)) return null;
  const agreements = await prisma.agreement.findMany({
    where: { retiredAt: null, parties: { some: { OR: [{ placeId: parties[0] }, { organisationId: parties[0] }] } } },
    select: { title: true, slug: true, signedOn: true, parties: { select: { placeId: true, organisationId: true } } },
    take: 200,
  });
  const same = agreements.find((agreement) => {
    const ids = new Set(agreement.parties.map((party) => party.placeId ?? party.organisationId));
    const sameDay = !!agreement.signedOn && datesAgree(agreement.signedOn, signedOn);
    return sameDay && ids.size === parties.length && parties.every((id) => ids.has(id));
  });
  return same ? { title: same.title, path: `/agreements/${same.slug}` } : null;
}

// Drops, in the draft, each suggestion Amity has already, and says which record it is.
export async function dropRecordedAlready(form: IntakeInput): Promise<RecordedAlready> {
  const linked = linkedIds(form);
  const [delegations, agreements] = await Promise.all([
    Promise.all(form.delegations.map((d) => recordedDelegation(d, linked))),
    Promise.all(form.agreements.map((a) => recordedAgreement(a, linked))),
  ]);
  for (const [i, delegation] of form.delegations.entries()) if (delegations[i]) delegation.action = "drop";
  for (const [i, agreement] of form.agreements.entries()) if (agreements[i]) agreement.action = "drop";
  return { delegations, agreements };
}
