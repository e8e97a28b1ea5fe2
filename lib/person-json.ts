import type { PersonProfile } from "@/lib/person-profile";
import { linkJson, nonEmpty, organisationNode, present, profilePaths, readCitations, type ProfileDescription } from "@/lib/profile-json";
import { agreementJson, delegationJson, namesJson } from "@/lib/profile-json-items";

// A schema.org Person: the titles of the positions they hold now, with their organisations.
export function describePerson(profile: PersonProfile): ProfileDescription {
  const { person, citations } = profile;
  const cited = readCitations(citations);
  const path = profilePaths.person(person.slug);
  const data = {
    type: "person",
    path,
    name: person.name,
    names: namesJson(person.names, cited),
    summary: person.summary,
    positions: person.positions.map((position) => ({
      title: position.title,
      place: linkJson("place", position.place),
      organisation: linkJson("organisation", position.organisation),
      startOn: position.startOn,
      endOn: position.endOn,
      citations: cited.of("POSITION", position.id),
    })),
    delegations: profile.delegations.map((delegation) => {
      const isLeader = delegation.leaderId === person.id;
      const membership = delegation.members[0];
      return {
        ...delegationJson(delegation, cited),
        role: isLeader ? "leader" : "member",
        roleTitle: isLeader ? delegation.leaderTitle : (membership?.title ?? null),
        roleCitations: membership && !isLeader ? cited.of("DELEGATION_MEMBER", membership.id) : [],
        events: delegation.events.map((event) => linkJson("event", event)),
      };
    }),
    agreementsSigned: profile.signatures.map((signature) => ({
      ...agreementJson(signature.agreement, cited),
      signedAs: signature.title,
      signatoryCitations: cited.of("AGREEMENT_SIGNATORY", signature.id),
    })),
    meetings: profile.meetings.map((meeting) => ({
      delegation: linkJson("delegation", meeting.delegation),
      title: meeting.counterpartTitle,
      place: linkJson("place", meeting.place),
      organisation: linkJson("organisation", meeting.organisation),
      occurredOn: cited.shown("DELEGATION_MEETING", meeting.id, "occurredOn", meeting.occurredOn),
      summary: meeting.summary,
      citations: cited.of("DELEGATION_MEETING", meeting.id),
    })),
    version: person.version,
    citations: cited.of("PERSON", person.id),
  };
  const current = person.positions.filter((position) => !position.endOn);
  const linkedData = {
    "@context": "https://schema.org" as const,
    "@type": "Person",
    "@id": path,
    url: path,
    name: person.name,
    alternateName: nonEmpty(person.names.map((n) => n.text)),
    description: present(person.summary),
    jobTitle: nonEmpty(current.map((position) => position.title)),
    affiliation: nonEmpty(current.map((position) => organisationNode(position.organisation))),
  };
  return { data, linkedData };
}
