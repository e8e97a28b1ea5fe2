import type { TieEventType, TieKind, TieStatus } from "@/lib/generated/prisma/enums";

// A tie is stored once per pair, whichever side an editor starts from.
export function orderTiePair(placeId: string, otherPlaceId: string): [string, string] {
  if (placeId === otherPlaceId) throw new Error("A tie needs two different places");
  return placeId < otherPlaceId ? [placeId, otherPlaceId] : [otherPlaceId, placeId];
}

type TimelineEvent = { type: TieEventType; kind: TieKind | null; occurredOn: string | null };

export type TieState = { kind: TieKind | null; status: TieStatus; establishedOn: string | null };

const PRELIMINARY: TieEventType[] = ["LETTER_OF_INTENT", "MEMORANDUM"];

// Undated events sort last: they are usually recorded from a source that only says "since".
export function sortTimeline<T extends TimelineEvent>(events: T[]): T[] {
  return [...events].sort((a, b) => (a.occurredOn ?? "9999").localeCompare(b.occurredOn ?? "9999"));
}

// The tie's current kind, status and "since" date, derived from its dated events so that
// they are never typed twice (DESIGN.md, principle 3).
export function deriveTieState(events: TimelineEvent[]): TieState {
  const timeline = sortTimeline(events);
  let kind: TieKind | null = null;
  let status: TieStatus = "PROPOSED";
  let establishedOn: string | null = null;
  for (const event of timeline) {
    if (event.kind) kind = event.kind;
    if (event.type === "ESTABLISHED" && establishedOn === null) establishedOn = event.occurredOn;
    if (event.type === "SUSPENSION") status = "SUSPENDED";
    else if (event.type === "END") status = "ENDED";
    else if (!PRELIMINARY.includes(event.type)) status = "ACTIVE";
  }
  if (establishedOn === null && status === "ACTIVE") {
    establishedOn = timeline.find((event) => !PRELIMINARY.includes(event.type))?.occurredOn ?? null;
  }
  return { kind, status, establishedOn };
}

export const TIE_KIND_LABELS: Record<TieKind, string> = {
  FRIENDSHIP_EXCHANGE: "Friendship exchange",
  FRIENDLY_COOPERATION: "Friendly cooperation",
  FRIENDSHIP: "Friendship (sister) tie",
  SISTER: "Sister tie",
  PARTNERSHIP: "Partnership",
  OTHER: "Other tie",
};

export const TIE_EVENT_LABELS: Record<TieEventType, string> = {
  LETTER_OF_INTENT: "Letter of intent",
  MEMORANDUM: "Memorandum",
  ESTABLISHED: "Established",
  UPGRADE: "Upgraded",
  RENEWAL: "Renewed",
  ANNIVERSARY: "Anniversary",
  SUSPENSION: "Suspended",
  RESUMPTION: "Resumed",
  END: "Ended",
  LISTED: "Listed as twinned",
};
