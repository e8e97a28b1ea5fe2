import type { AgreementKind, PlaceLevel, TieKind } from "@/lib/generated/prisma/enums";
import type { QuoteAnchor } from "@/lib/quote-anchor";
import type { DatePrecision } from "@/lib/partial-date";

// What the intake analysis reads an article into: mentions of named records, dates, and
// statements, each carrying the passage that supports it (anchored like a citation).

export type MentionKind = "place" | "person" | "organisation";

// A record the analysis may recognise, published or waiting in a change request.
export type KnownRecord = {
  kind: MentionKind;
  id: string;
  name: string;
  country: string | null;
  level: PlaceLevel | null;
  parentId: string | null;
  names: { text: string; lang: string }[];
  isPending: boolean;
};

export type Span = { start: number; end: number };

export type Mention = Span & {
  kind: MentionKind;
  text: string;
  // Records whose names the text matches, best first; empty for a name found by pattern.
  recordIds: string[];
  // The position the text gives the person here ("Deputy Mayor of Haeundae District").
  position?: Span & { title: string };
  entity: number;
};

// One place, person or organisation of the article: its mentions, and the record it
// probably is (or none: a new record to create).
export type Entity = {
  index: number;
  kind: MentionKind;
  name: string;
  recordIds: string[];
  texts: string[];
  positions: { title: string; evidence: QuoteAnchor }[];
  evidence: QuoteAnchor;
  // The entity the article writes this place as part of ("济南市历城区"), if it does, and
  // the words that write the two together.
  partOf?: { entity: number; evidence: QuoteAnchor; listed: boolean } | null;
};

export type FoundDate = Span & {
  value: string;
  precision: DatePrecision;
  endValue?: string;
  notation: string;
  // Which part the article leaves out and where it was taken from.
  inferredReason?: string;
};

// One sentence's word on a tie: the kind in the source's words, and when.
export type TieStatement = {
  kind: TieKind;
  term: string;
  date?: FoundDate;
  // "the 10th anniversary of …": the start year it implies, and why.
  impliedStart?: { value: string; reason: string };
  // The agreement (its index) whose signing in the same sentence brought this event about.
  agreement?: number;
  evidence: QuoteAnchor;
};

// A tie is one relationship with a history: every statement about the same two places.
export type TieSuggestion = { places: [number, number]; statements: TieStatement[] };

export type DelegationSuggestion = {
  leader: number | null;
  from: number | null;
  members: number[];
  stops: number[];
  // The dates the article gives the visit, cited where it gives them: from `date.value` to
  // `end`, or, when they are a later leg's (`beganEarlier`: "From June 19 to 20 … visited
  // South Korea" after its stops in Japan), only its end, the start being a day not given.
  date?: FoundDate;
  end?: string;
  beganEarlier?: boolean;
  evidence: QuoteAnchor[];
};

export type AgreementSuggestion = {
  title: string | null;
  kind: AgreementKind;
  parties: number[];
  signatories: number[];
  date?: FoundDate;
  // The place (its entity) the article says it was signed in, or else the building or hall
  // it names ("Dodamso").
  venue?: number;
  venueName?: string;
  evidence: QuoteAnchor;
};

export type EventSuggestion = { title: string; place: number | null; date?: FoundDate; evidence: QuoteAnchor };

export type FigureSuggestion = { count: number; qualifier: string | null; what: string; evidence: QuoteAnchor };

export type Analysis = {
  lang: string;
  articleDate: string | null;
  entities: Entity[];
  mentions: Mention[];
  dates: (FoundDate & { evidence: QuoteAnchor })[];
  ties: TieSuggestion[];
  delegations: DelegationSuggestion[];
  agreements: AgreementSuggestion[];
  events: EventSuggestion[];
  figures: FigureSuggestion[];
};
