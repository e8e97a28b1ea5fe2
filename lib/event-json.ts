import type { EventProfile } from "@/lib/event-profile";
import { EVENT_KIND_LABELS } from "@/lib/event-kinds";
import {
  agreementNode,
  delegationNode,
  linkJson,
  nonEmpty,
  organisationNode,
  placeNode,
  present,
  profilePaths,
  readCitations,
  type ProfileDescription,
} from "@/lib/profile-json";
import { agreementJson } from "@/lib/profile-json-items";
import { figureJson, figureNode } from "@/lib/figure-profile";

// A schema.org Event. The delegation that attended is the visit this event was part of
// (superEvent); the agreements signed at it are the works it featured.
export function describeEvent({ event: e, citations }: EventProfile): ProfileDescription {
  const cited = readCitations(citations);
  const path = profilePaths.event(e.slug);
  const kind = EVENT_KIND_LABELS[e.kind];
  const startOn = cited.shown("EVENT", e.id, "startOn", e.startOn);
  const endOn = cited.shown("EVENT", e.id, "endOn", e.endOn);
  const data = {
    type: "event",
    path,
    name: e.name,
    kind,
    startOn,
    endOn,
    isRecurring: e.isRecurring,
    places: e.places.map((place) => linkJson("place", place)),
    organisers: e.organisers.map((organisation) => linkJson("organisation", organisation)),
    delegation: linkJson("delegation", e.delegation),
    summary: e.summary,
    agreements: e.agreements.map((agreement) => agreementJson(agreement, cited)),
    figures: e.figures.map((figure) => figureJson(figure, cited)),
    version: e.version,
    citations: cited.of("EVENT", e.id),
  };
  const linkedData = {
    "@context": "https://schema.org" as const,
    "@type": "Event",
    "@id": path,
    url: path,
    name: e.name,
    keywords: kind,
    description: present(e.summary),
    startDate: present(startOn),
    endDate: present(endOn),
    location: nonEmpty(e.places.map(placeNode)),
    organizer: nonEmpty(e.organisers.map(organisationNode)),
    superEvent: delegationNode(e.delegation),
    workFeatured: nonEmpty(e.agreements.map(agreementNode)),
    additionalProperty: nonEmpty(e.figures.map(figureNode)),
  };
  return { data, linkedData };
}
