import type { AgreementKind, EventKind, NameKind } from "@/lib/generated/prisma/enums";
import { AGREEMENT_KIND_LABELS } from "@/lib/agreement-kinds";
import { EVENT_KIND_LABELS } from "@/lib/event-kinds";
import { NAME_KIND_LABELS } from "@/lib/name-schema";
import { linkJson, type CitationReader } from "@/lib/profile-json";

// The entries the exports of several kinds share: a record's names, and the agreements,
// delegations and events a profile lists, each as its page lists it.

type Name = { id: string; text: string; lang: string; kind: NameKind; isPreferred: boolean };

export function namesJson(names: Name[], cited: CitationReader) {
  return names.map((name) => ({
    text: name.text,
    lang: name.lang,
    kind: NAME_KIND_LABELS[name.kind],
    isPreferred: name.isPreferred,
    citations: cited.of("NAME", name.id),
  }));
}

type Agreement = { id: string; slug: string; title: string; kind: AgreementKind; signedOn: string | null };

export function agreementJson(agreement: Agreement, cited: CitationReader) {
  return {
    ...linkJson("agreement", agreement)!,
    kind: AGREEMENT_KIND_LABELS[agreement.kind],
    signedOn: cited.shown("AGREEMENT", agreement.id, "signedOn", agreement.signedOn),
    citations: cited.of("AGREEMENT", agreement.id),
  };
}

type Delegation = { id: string; slug: string; title: string; startOn: string | null; endOn: string | null };

export function delegationJson(delegation: Delegation, cited: CitationReader) {
  return {
    ...linkJson("delegation", delegation)!,
    startOn: cited.shown("DELEGATION", delegation.id, "startOn", delegation.startOn),
    endOn: cited.shown("DELEGATION", delegation.id, "endOn", delegation.endOn),
    citations: cited.of("DELEGATION", delegation.id),
  };
}

type Event = { id: string; slug: string; name: string; kind: EventKind; startOn: string | null; endOn: string | null };

export function eventJson(event: Event, cited: CitationReader) {
  return {
    ...linkJson("event", event)!,
    kind: EVENT_KIND_LABELS[event.kind],
    startOn: cited.shown("EVENT", event.id, "startOn", event.startOn),
    endOn: cited.shown("EVENT", event.id, "endOn", event.endOn),
    citations: cited.of("EVENT", event.id),
  };
}
