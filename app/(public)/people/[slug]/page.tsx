import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPersonProfile, type PersonProfile } from "@/lib/person-profile";
import { createFootnotes, type Footnotes } from "@/lib/footnotes";
import { CitationMarks } from "@/components/citation-marks";
import { renderAgreementItem } from "@/components/agreement-list";
import { FootnoteList } from "@/components/footnote-list";
import { ProfileFooter } from "@/components/profile-footer";
import { NativeNames } from "@/components/native-name";
import { citeNames, isShownNative, NameList } from "@/components/name-list";
import { AgreementParties } from "@/components/agreement-parties";
import { citedDate, citedDates, Period } from "@/components/period";
import { JsonLd } from "@/components/json-ld";
import { describePerson } from "@/lib/person-json";
import { DelegationItinerary } from "@/components/delegation-itinerary";
import { latestPeople } from "@/lib/prerendered-profiles";

type Props = { params: Promise<{ slug: string }> };

// As on the place page: block on the slug so the profile comes from the cache whole.
// Rendered whole before anything is sent, it answers its own 404.
export const instant = false;

// The most-linked built ahead; the rest cached on their first visit (lib/prerendered-profiles.ts).
export const generateStaticParams = latestPeople;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getPersonProfile((await params).slug);
  if (!profile) return { title: "Person not found" };
  return { title: profile.person.name, alternates: { types: { "application/json": `/people/${profile.person.slug}/json` } } };
}

// Footnotes are numbered in the order facts appear, so every `notes.claim()` call happens
// here, top to bottom, in plain functions rather than child components.
export default async function PersonPage({ params }: Props) {
  const profile = await getPersonProfile((await params).slug);
  if (!profile) notFound();
  const notes = createFootnotes(profile.citations);
  const path = `/people/${profile.person.slug}`;
  return (
    <article>
      <JsonLd data={describePerson(profile).linkedData} />
      {renderHeader(profile, notes)}
      {renderPositions(profile, notes)}
      {renderDelegations(profile, notes)}
      {renderSignatures(profile, notes)}
      {renderMeetings(profile, notes)}
      <FootnoteList footnotes={notes.list()} sources={notes.sources()} />
      <ProfileFooter version={profile.person.version} historyPath={`${path}/history`} dataPath={`${path}/json`} />
    </article>
  );
}

function renderHeader({ person }: PersonProfile, notes: Footnotes) {
  const summary = notes.claim("PERSON", person.id, "summary");
  return (
    <header className="card">
      <h1>
        {person.name} <NativeNames names={person.names.filter(isShownNative)} />
        <CitationMarks claim={notes.claim("PERSON", person.id, "exists")} />
      </h1>
      {person.summary && (
        <p className="lede">
          {person.summary}
          <CitationMarks claim={summary} />
        </p>
      )}
      {person.names.length > 0 && (
        <dl className="facts">
          <dt>Names</dt>
          <dd>
            <NameList names={citeNames(person.names, notes)} />
          </dd>
        </dl>
      )}
    </header>
  );
}

function renderPositions({ person }: PersonProfile, notes: Footnotes) {
  return (
    <section aria-labelledby="positions">
      <h2 id="positions">Positions</h2>
      {person.positions.length === 0 && <p className="muted">No positions recorded yet.</p>}
      <ul className="plain-list">
        {person.positions.map((position) => (
          <li key={position.id}>
            <strong>{position.title}</strong>
            <CitationMarks claim={notes.claim("POSITION", position.id, "exists")} />
            <div className="muted">
              {position.organisation && <Link href={`/organisations/${position.organisation.slug}`}>{position.organisation.name}</Link>}
              {position.organisation && position.place && " · "}
              {position.place && <Link href={`/places/${position.place.slug}`}>{position.place.name}</Link>}
              {(position.startOn || position.endOn) && (position.place || position.organisation) && " · "}
              <Period from={position.startOn} to={position.endOn} />
              <CitationMarks claim={notes.claim("POSITION", position.id, "startOn")} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function renderDelegations({ person, delegations }: PersonProfile, notes: Footnotes) {
  if (delegations.length === 0) return null;
  return (
    <section aria-labelledby="delegations">
      <h2 id="delegations">Delegations</h2>
      <ul className="plain-list">
        {delegations.map((delegation) => (
          <li key={delegation.id}>
            <Link href={`/delegations/${delegation.slug}`}>
              <strong>{delegation.title}</strong>
            </Link>
            <CitationMarks claim={notes.claim("DELEGATION", delegation.id, "exists")} />
            <div className="muted">
              {renderRole(person.id, delegation, notes)}
              {delegation.sendingPlace && (
                <>
                  {" "}
                  · from <Link href={`/places/${delegation.sendingPlace.slug}`}>{delegation.sendingPlace.name}</Link>
                </>
              )}
              {(delegation.startOn || delegation.endOn) && " · "}
              {citedDates(notes, "DELEGATION", delegation)}
            </div>
            <DelegationItinerary stops={delegation.stops} ordered={delegation.itineraryOrdered} />
            {delegation.events.length > 0 && (
              <div className="small">
                Events:{" "}
                {delegation.events.map((event, i) => (
                  <span key={event.id}>
                    {i > 0 && ", "}
                    <Link href={`/events/${event.slug}`}>{event.name}</Link>
                  </span>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

// The person's part in a delegation: its leader, or one of its members.
function renderRole(personId: string, delegation: PersonProfile["delegations"][number], notes: Footnotes) {
  if (delegation.leaderId === personId) {
    const leader = notes.claim("DELEGATION", delegation.id, "leaderId");
    return (
      <>
        Leader{delegation.leaderTitle && `, as ${delegation.leaderTitle}`}
        <CitationMarks claim={leader} />
      </>
    );
  }
  const membership = delegation.members[0];
  const member = membership && notes.claim("DELEGATION_MEMBER", membership.id, "exists");
  return (
    <>
      Member{membership?.title && `, as ${membership.title}`}
      {member && <CitationMarks claim={member} />}
    </>
  );
}

function renderSignatures({ signatures }: PersonProfile, notes: Footnotes) {
  if (signatures.length === 0) return null;
  return (
    <section aria-labelledby="agreements">
      <h2 id="agreements">Agreements signed</h2>
      <ul className="plain-list">
        {signatures.map(({ id, title, role, agreement }) =>
          renderAgreementItem(
            {
              key: id,
              agreement,
              claim: notes.claim("AGREEMENT_SIGNATORY", id, "exists"),
              after: (
                <>
                  {role === "WITNESS" && <>, witnessed</>}
                  {title && <>, as {title}</>}
                  {agreement.parties.length > 0 && " · "}
                  <AgreementParties parties={agreement.parties} />
                </>
              ),
            },
            notes,
          ),
        )}
      </ul>
    </section>
  );
}

function renderMeetings({ meetings }: PersonProfile, notes: Footnotes) {
  if (meetings.length === 0) return null;
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">Meetings</h2>
      <ul className="plain-list">
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            Met the{" "}
            <Link href={`/delegations/${meeting.delegation.slug}`}>
              <strong>{meeting.delegation.title}</strong>
            </Link>
            {meeting.delegation.sendingPlace && (
              <>
                {" "}
                from <Link href={`/places/${meeting.delegation.sendingPlace.slug}`}>{meeting.delegation.sendingPlace.name}</Link>
              </>
            )}
            <CitationMarks claim={notes.claim("DELEGATION_MEETING", meeting.id, "exists")} />
            <div className="muted">
              {citedDate(notes, "DELEGATION_MEETING", meeting.id, "occurredOn", meeting.occurredOn)}
              {meeting.place && (
                <>
                  {" "}
                  in <Link href={`/places/${meeting.place.slug}`}>{meeting.place.name}</Link>
                </>
              )}
              {meeting.counterpartTitle && <>, as {meeting.counterpartTitle}</>}
              {meeting.organisation && (
                <>
                  {" "}
                  (<Link href={`/organisations/${meeting.organisation.slug}`}>{meeting.organisation.name}</Link>)
                </>
              )}
            </div>
            {meeting.summary && <div className="small">{meeting.summary}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
