import type { AgreementProfile } from "@/lib/agreement-profile";
import { AGREEMENT_KIND_LABELS } from "@/lib/agreement-kinds";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";
import {
  delegationNode,
  eventNode,
  linkJson,
  nonEmpty,
  organisationNode,
  personNode,
  placeNode,
  present,
  profilePaths,
  readCitations,
  tieLinkJson,
  type ProfileDescription,
} from "@/lib/profile-json";

// schema.org has no type for an agreement between governments (Legislation is a law of one
// jurisdiction). It is a signed document, so a CreativeWork rather than a bare Thing: that
// gives it a date (dateCreated), its signatories (author) and witnesses (contributor), what
// it is about (the parties), where it was signed (locationCreated), its fields (keywords) and
// the visit or event it was signed at (recordedAt), none of which a Thing can say.
export function describeAgreement({ agreement: a, citations }: AgreementProfile): ProfileDescription {
  const cited = readCitations(citations);
  const path = profilePaths.agreement(a.slug);
  const kind = AGREEMENT_KIND_LABELS[a.kind];
  const signedOn = cited.shown("AGREEMENT", a.id, "signedOn", a.signedOn);
  const signer = (s: AgreementProfile["agreement"]["witnesses"][number]) => ({
    person: linkJson("person", s.person),
    title: s.title,
    citations: cited.of("AGREEMENT_SIGNATORY", s.id),
  });
  const parties = a.parties.map((party) => ({
    place: linkJson("place", party.place),
    organisation: linkJson("organisation", party.organisation),
    citations: cited.of("AGREEMENT_PARTY", party.id),
  }));
  const data = {
    type: "agreement",
    path,
    title: a.title,
    kind,
    signedOn,
    venue: a.venue,
    venuePlace: linkJson("place", a.venuePlace),
    summary: a.summary,
    parties,
    signatories: a.signatories.map(signer),
    witnesses: a.witnesses.map(signer),
    fieldsOfCooperation: a.fields.map((f) => ({ name: f.name, citations: cited.of("COOPERATION_FIELD", f.id) })),
    signedDuring: { delegation: linkJson("delegation", a.delegation), event: linkJson("event", a.event) },
    tieEvents: a.tieEvents.map((e) => ({
      tie: tieLinkJson(e.tie.placeA, e.tie.placeB),
      type: TIE_EVENT_LABELS[e.type],
      kind: e.kind && TIE_KIND_LABELS[e.kind],
      occurredOn: cited.shown("TIE_EVENT", e.id, "occurredOn", e.occurredOn),
      citations: cited.of("TIE_EVENT", e.id),
    })),
    version: a.version,
    citations: cited.of("AGREEMENT", a.id),
  };
  const linkedData = {
    "@context": "https://schema.org" as const,
    "@type": "CreativeWork",
    "@id": path,
    url: path,
    name: a.title,
    genre: kind,
    description: present(a.summary),
    dateCreated: present(signedOn),
    locationCreated: a.venue ? { "@type": "Place", name: a.venue, containedInPlace: placeNode(a.venuePlace) } : placeNode(a.venuePlace),
    about: nonEmpty(a.parties.map((p) => placeNode(p.place) ?? organisationNode(p.organisation))),
    author: nonEmpty(a.signatories.map((s) => ({ ...personNode(s.person), jobTitle: present(s.title) }))),
    contributor: nonEmpty(a.witnesses.map((s) => ({ ...personNode(s.person), jobTitle: present(s.title) }))),
    keywords: nonEmpty(a.fields.map((f) => f.name)),
    recordedAt: delegationNode(a.delegation) ?? eventNode(a.event),
  };
  return { data, linkedData };
}
