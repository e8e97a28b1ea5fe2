import type { OrganisationProfile } from "@/lib/organisation-profile";
import { countryName } from "@/lib/countries";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisation-kinds";
import {
  linkJson,
  nonEmpty,
  organisationNode,
  placeNode,
  present,
  profilePaths,
  readCitations,
  type CitationReader,
  type ProfileDescription,
} from "@/lib/profile-json";
import { agreementJson, delegationJson, eventJson, namesJson } from "@/lib/profile-json-items";
import { figureJson, figureNode } from "@/lib/figure-profile";

function visitsJson({ visits }: OrganisationProfile, cited: CitationReader) {
  return visits.map((delegation) => ({
    ...linkJson("delegation", delegation)!,
    sendingPlace: linkJson("place", delegation.sendingPlace),
    meetings: delegation.meetings.map((meeting) => ({
      person: linkJson("person", meeting.person),
      title: meeting.counterpartTitle,
      occurredOn: cited.shown("DELEGATION_MEETING", meeting.id, "occurredOn", meeting.occurredOn),
      citations: cited.of("DELEGATION_MEETING", meeting.id),
    })),
    siteVisits: delegation.siteVisits.map((visit) => ({
      name: visit.name,
      occurredOn: cited.shown("DELEGATION_SITE_VISIT", visit.id, "occurredOn", visit.occurredOn),
      citations: cited.of("DELEGATION_SITE_VISIT", visit.id),
    })),
  }));
}

// A schema.org Organization, located in its place, within its parent body.
export function describeOrganisation(profile: OrganisationProfile): ProfileDescription {
  const { organisation: o, citations } = profile;
  const cited = readCitations(citations);
  const path = profilePaths.organisation(o.slug);
  const data = {
    type: "organisation",
    path,
    name: o.name,
    kind: ORGANISATION_KIND_LABELS[o.kind],
    country: o.country && { code: o.country, name: countryName(o.country) },
    names: namesJson(o.names, cited),
    place: linkJson("place", o.place),
    parent: linkJson("organisation", o.parent),
    children: o.children.map((child) => linkJson("organisation", child)),
    summary: o.summary,
    figures: o.figures.map((figure) => figureJson(figure, cited)),
    people: o.positions.map((position) => ({
      person: linkJson("person", position.person),
      title: position.title,
      startOn: position.startOn,
      endOn: position.endOn,
      citations: cited.of("POSITION", position.id),
    })),
    agreements: profile.parties.map((party) => ({
      ...agreementJson(party.agreement, cited),
      partyCitations: cited.of("AGREEMENT_PARTY", party.id),
    })),
    delegationsSent: profile.delegations.map((delegation) => delegationJson(delegation, cited)),
    metOrVisitedBy: visitsJson(profile, cited),
    eventsOrganised: profile.events.map((event) => eventJson(event, cited)),
    version: o.version,
    citations: cited.of("ORGANISATION", o.id),
  };
  const linkedData = {
    "@context": "https://schema.org" as const,
    "@type": "Organization",
    "@id": path,
    url: path,
    name: o.name,
    alternateName: nonEmpty(o.names.map((n) => n.text)),
    description: present(o.summary),
    address: o.country ? { "@type": "PostalAddress", addressCountry: o.country } : undefined,
    location: placeNode(o.place),
    parentOrganization: organisationNode(o.parent),
    subOrganization: nonEmpty(o.children.map(organisationNode)),
    additionalProperty: nonEmpty(o.figures.map(figureNode)),
  };
  return { data, linkedData };
}
