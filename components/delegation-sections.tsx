import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import type { DelegationProfile } from "@/lib/delegation-profile";
import type { Footnotes } from "@/lib/footnotes";
import { CitationMarks } from "@/components/citation-marks";
import { citedDate } from "@/components/period";

// Sections of the delegation page. Plain functions, not components: the page calls them in
// the order it shows them, so footnotes are numbered in reading order before the list of
// notes is built.

type Linked = { slug: string; name: string } | null;

const placeLink = (place: Linked) => place && <Link href={`/places/${place.slug}`}>{place.name}</Link>;
const organisationLink = (organisation: Linked) =>
  organisation && <Link href={`/organisations/${organisation.slug}`}>{organisation.name}</Link>;

// "Gyeonggi Province · 19 June 2024": the details that are there, and their citations.
function details(parts: ReactNode[]) {
  const shown = parts.filter((part) => part !== null && part !== false && part !== undefined);
  return shown.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && " · "}
      {part}
    </Fragment>
  ));
}

export function renderMeetings({ delegation }: DelegationProfile, notes: Footnotes) {
  if (delegation.meetings.length === 0) return null;
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">
        Meetings
        <CitationMarks claim={notes.claim("DELEGATION", delegation.id, "meetings")} />
      </h2>
      <ul className="plain-list">
        {delegation.meetings.map((meeting) => (
          <li key={meeting.id}>
            {meeting.person ? (
              <Link href={`/people/${meeting.person.slug}`}>
                <strong>{meeting.person.name}</strong>
              </Link>
            ) : (
              <strong>{meeting.counterpartTitle ?? meeting.organisation?.name ?? meeting.place?.name}</strong>
            )}
            {meeting.person && meeting.counterpartTitle && <>, {meeting.counterpartTitle}</>}
            <CitationMarks claim={notes.claim("DELEGATION_MEETING", meeting.id, "exists")} />
            <div className="muted">
              {details([
                organisationLink(meeting.organisation),
                meeting.place && <>in {placeLink(meeting.place)}</>,
                citedDate(notes, "DELEGATION_MEETING", meeting.id, "occurredOn", meeting.occurredOn),
              ])}
            </div>
            {meeting.summary && (
              <div className="small">
                {meeting.summary}
                <CitationMarks claim={notes.claim("DELEGATION_MEETING", meeting.id, "summary")} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function renderMembers({ delegation }: DelegationProfile, notes: Footnotes) {
  if (delegation.members.length === 0) return null;
  return (
    <section aria-labelledby="members">
      <h2 id="members">Members</h2>
      <ul className="plain-list">
        {delegation.members.map((member) => (
          <li key={member.id}>
            <Link href={`/people/${member.person.slug}`}>{member.person.name}</Link>
            {member.title && <>, {member.title}</>}
            <CitationMarks claim={notes.claim("DELEGATION_MEMBER", member.id, "exists")} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function renderSiteVisits({ delegation }: DelegationProfile, notes: Footnotes) {
  if (delegation.siteVisits.length === 0) return null;
  return (
    <section aria-labelledby="site-visits">
      <h2 id="site-visits">Sites visited</h2>
      <ul className="plain-list">
        {delegation.siteVisits.map((visit) => (
          <li key={visit.id}>
            {visit.organisation && visit.organisation.name === visit.name ? organisationLink(visit.organisation) : visit.name}
            <CitationMarks claim={notes.claim("DELEGATION_SITE_VISIT", visit.id, "exists")} />
            <div className="muted">
              {details([
                visit.organisation?.name !== visit.name && organisationLink(visit.organisation),
                visit.place && <>in {placeLink(visit.place)}</>,
                citedDate(notes, "DELEGATION_SITE_VISIT", visit.id, "occurredOn", visit.occurredOn),
              ])}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function renderGifts({ delegation }: DelegationProfile, notes: Footnotes) {
  if (delegation.gifts.length === 0) return null;
  return (
    <section aria-labelledby="gifts">
      <h2 id="gifts">Gifts</h2>
      <ul className="plain-list">
        {delegation.gifts.map((gift) => (
          <li key={gift.id}>
            {gift.description}
            <CitationMarks claim={notes.claim("DELEGATION_GIFT", gift.id, "exists")} />
            <div className="muted">
              {details([
                (gift.fromPlace || gift.fromOrganisation || gift.toPlace || gift.toOrganisation) && (
                  <>
                    {(gift.fromPlace || gift.fromOrganisation) && (
                      <>from {placeLink(gift.fromPlace) ?? organisationLink(gift.fromOrganisation)} </>
                    )}
                    {(gift.toPlace || gift.toOrganisation) && <>to {placeLink(gift.toPlace) ?? organisationLink(gift.toOrganisation)}</>}
                  </>
                ),
                citedDate(notes, "DELEGATION_GIFT", gift.id, "occurredOn", gift.occurredOn),
              ])}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
