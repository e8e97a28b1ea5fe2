import type { PlaceProfile } from "@/lib/place-profile";
import { countryName } from "@/lib/countries";
import { PLACE_LEVEL_LABELS } from "@/lib/place-schema";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { TIE_STATUS_LABELS } from "@/lib/tie-statuses";
import { tiePathBetween } from "@/lib/tie-path";
import {
  linkJson,
  nonEmpty,
  placeNode,
  present,
  profilePaths,
  readCitations,
  type CitationReader,
  type ProfileDescription,
} from "@/lib/profile-json";
import { agreementJson, delegationJson, eventJson, namesJson } from "@/lib/profile-json-items";
import { figureJson, figureNode } from "@/lib/figure-profile";

function tiesJson({ place, ties }: PlaceProfile, cited: CitationReader) {
  return ties.map((tie) => ({
    partner: { ...linkJson("place", tie.partner)!, country: tie.partner.country },
    path: tiePathBetween(place, tie.partner),
    kind: tie.kind && TIE_KIND_LABELS[tie.kind],
    status: TIE_STATUS_LABELS[tie.status],
    establishedOn: tie.establishedOn,
    events: tie.events.map((event) => ({
      type: TIE_EVENT_LABELS[event.type],
      kind: event.kind && TIE_KIND_LABELS[event.kind],
      term: event.term,
      occurredOn: cited.shown("TIE_EVENT", event.id, "occurredOn", event.occurredOn),
      agreement: linkJson("agreement", event.agreement),
      note: event.note,
      citations: cited.of("TIE_EVENT", event.id),
    })),
    citations: cited.of("TIE", tie.id),
  }));
}

// A place is a schema.org Place (an AdministrativeArea, but consumers know Place best),
// within its parent and containing its children.
export function describePlace(profile: PlaceProfile): ProfileDescription {
  const { place, citations } = profile;
  const cited = readCitations(citations);
  const path = profilePaths.place(place.slug);
  const data = {
    type: "place",
    path,
    name: place.name,
    level: PLACE_LEVEL_LABELS[place.level],
    country: { code: place.country, name: countryName(place.country) },
    names: namesJson(place.names, cited),
    parent: linkJson("place", place.parent),
    children: place.children.map((child) => linkJson("place", child)),
    latitude: place.latitude,
    longitude: place.longitude,
    summary: place.summary,
    figures: place.figures.map((figure) => figureJson(figure, cited)),
    ties: tiesJson(profile, cited),
    agreements: profile.agreements.map((agreement) => agreementJson(agreement, cited)),
    delegations: profile.delegations.map((delegation) => delegationJson(delegation, cited)),
    events: profile.events.map((event) => eventJson(event, cited)),
    version: place.version,
    citations: cited.of("PLACE", place.id),
  };
  const hasPosition = place.latitude !== null && place.longitude !== null;
  const linkedData = {
    "@context": "https://schema.org" as const,
    "@type": "Place",
    "@id": path,
    url: path,
    name: place.name,
    alternateName: nonEmpty(place.names.map((n) => n.text)),
    description: present(place.summary),
    address: { "@type": "PostalAddress", addressCountry: place.country },
    geo: hasPosition ? { "@type": "GeoCoordinates", latitude: place.latitude, longitude: place.longitude } : undefined,
    containedInPlace: placeNode(place.parent),
    containsPlace: nonEmpty(place.children.map(placeNode)),
    additionalProperty: nonEmpty(place.figures.map(figureNode)),
  };
  return { data, linkedData };
}
