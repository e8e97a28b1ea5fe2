import type { DelegationProfile } from "@/lib/delegation-profile";
import {
  agreementNode,
  eventNode,
  linkJson,
  nonEmpty,
  organisationNode,
  personNode,
  placeNode,
  present,
  profilePaths,
  readCitations,
  type CitationReader,
  type ProfileDescription,
} from "@/lib/profile-json";
import { agreementJson, eventJson } from "@/lib/profile-json-items";
import { figureJson } from "@/lib/figure-profile";

function describeParts({ delegation: d }: DelegationProfile, cited: CitationReader) {
  return {
    // A sequence only when the sources give the order of the stops.
    itinerary: d.stops.map((stop, i) => ({
      sequence: d.itineraryOrdered ? i + 1 : null,
      place: linkJson("place", stop.place),
      startOn: cited.shown("DELEGATION_STOP", stop.id, "startOn", stop.startOn),
      endOn: cited.shown("DELEGATION_STOP", stop.id, "endOn", stop.endOn),
      citations: cited.of("DELEGATION_STOP", stop.id),
    })),
    meetings: d.meetings.map((meeting) => ({
      person: linkJson("person", meeting.person),
      title: meeting.counterpartTitle,
      organisation: linkJson("organisation", meeting.organisation),
      place: linkJson("place", meeting.place),
      occurredOn: cited.shown("DELEGATION_MEETING", meeting.id, "occurredOn", meeting.occurredOn),
      summary: meeting.summary,
      citations: cited.of("DELEGATION_MEETING", meeting.id),
    })),
    members: d.members.map((member) => ({
      person: linkJson("person", member.person),
      title: member.title,
      citations: cited.of("DELEGATION_MEMBER", member.id),
    })),
    siteVisits: d.siteVisits.map((visit) => ({
      name: visit.name,
      organisation: linkJson("organisation", visit.organisation),
      place: linkJson("place", visit.place),
      occurredOn: cited.shown("DELEGATION_SITE_VISIT", visit.id, "occurredOn", visit.occurredOn),
      citations: cited.of("DELEGATION_SITE_VISIT", visit.id),
    })),
    gifts: d.gifts.map((gift) => ({
      description: gift.description,
      from: linkJson("place", gift.fromPlace) ?? linkJson("organisation", gift.fromOrganisation),
      to: linkJson("place", gift.toPlace) ?? linkJson("organisation", gift.toOrganisation),
      occurredOn: cited.shown("DELEGATION_GIFT", gift.id, "occurredOn", gift.occurredOn),
      citations: cited.of("DELEGATION_GIFT", gift.id),
    })),
    agreementsSigned: d.agreements.map((agreement) => agreementJson(agreement, cited)),
    eventsAttended: d.events.map((event) => eventJson(event, cited)),
    figures: d.figures.map((figure) => figureJson(figure, cited)),
  };
}

// A delegation is an official visit, so schema.org's Event; and a journey through places in
// a given order, which only Trip can say (its `itinerary` as an ordered ItemList, its
// `tripOrigin` the place that sent it). The agreements it signed are the works it featured.
export function describeDelegation(profile: DelegationProfile): ProfileDescription {
  const { delegation: d, citations } = profile;
  const cited = readCitations(citations);
  const path = profilePaths.delegation(d.slug);
  const startOn = cited.shown("DELEGATION", d.id, "startOn", d.startOn);
  const endOn = cited.shown("DELEGATION", d.id, "endOn", d.endOn);
  const parts = describeParts(profile, cited);
  const data = {
    type: "delegation",
    path,
    title: d.title,
    leader: d.leader && { ...linkJson("person", d.leader)!, title: d.leaderTitle, position: d.leaderPosition?.title ?? null },
    sendingPlace: linkJson("place", d.sendingPlace),
    sendingOrganisation: linkJson("organisation", d.sendingOrganisation),
    startOn,
    endOn,
    purpose: d.purpose,
    ...parts,
    itineraryOrdered: d.itineraryOrdered,
    otherPlaces: d.otherPlacesNote,
    version: d.version,
    citations: cited.of("DELEGATION", d.id),
  };
  const people = [
    d.leader ? { ...personNode(d.leader), jobTitle: present(d.leaderTitle) } : undefined,
    ...d.members.map((m) => ({ ...personNode(m.person), jobTitle: present(m.title) })),
  ];
  const linkedData = {
    "@context": "https://schema.org" as const,
    "@type": ["Event", "Trip"],
    "@id": path,
    url: path,
    name: d.title,
    description: present(d.purpose),
    startDate: present(startOn),
    endDate: present(endOn),
    organizer: organisationNode(d.sendingOrganisation),
    tripOrigin: placeNode(d.sendingPlace),
    attendee: nonEmpty(people),
    location: nonEmpty(d.stops.map((s) => placeNode(s.place))),
    itinerary: d.stops.length > 0 || d.otherPlacesNote ? itineraryList(d) : undefined,
    subEvent: nonEmpty([...d.meetings.map(meetingNode), ...d.events.map(eventNode)]),
    workFeatured: nonEmpty(d.agreements.map(agreementNode)),
  };
  return { data, linkedData };
}

type Delegation = DelegationProfile["delegation"];

// In the order visited when the sources give one; what they leave unnamed as its description.
function itineraryList({ stops, itineraryOrdered, otherPlacesNote }: Delegation) {
  return {
    "@type": "ItemList",
    itemListOrder: itineraryOrdered ? "https://schema.org/ItemListOrderAscending" : "https://schema.org/ItemListUnordered",
    description: present(otherPlacesNote),
    itemListElement: stops.map((stop, i) => ({
      "@type": "ListItem",
      position: itineraryOrdered ? i + 1 : undefined,
      item: placeNode(stop.place),
    })),
  };
}

// A meeting as a part of the visit: whom they met, where and when.
function meetingNode(meeting: Delegation["meetings"][number]) {
  const whom = [meeting.person?.name ?? meeting.organisation?.name, meeting.counterpartTitle].filter(Boolean).join(", ");
  return {
    "@type": "Event",
    name: `Meeting with ${whom || meeting.place?.name || "the hosts"}`,
    startDate: present(meeting.occurredOn),
    location: placeNode(meeting.place),
    attendee: nonEmpty([
      meeting.person ? { ...personNode(meeting.person), jobTitle: present(meeting.counterpartTitle) } : undefined,
      organisationNode(meeting.organisation),
    ]),
  };
}
