import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDelegationProfile, type DelegationProfile } from "@/lib/delegation-profile";
import { describeDelegation } from "@/lib/delegation-json";
import { createFootnotes, type Footnotes } from "@/lib/footnotes";
import { CitationMarks } from "@/components/citation-marks";
import { renderAgreementItem } from "@/components/agreement-list";
import { FootnoteList } from "@/components/footnote-list";
import { ProfileFooter } from "@/components/profile-footer";
import { JsonLd } from "@/components/json-ld";
import { renderEventList } from "@/components/event-list";
import { renderFigureList } from "@/components/figure-list";
import { citedDates } from "@/components/period";
import { renderGifts, renderMeetings, renderMembers, renderSiteVisits } from "@/components/delegation-sections";
import { latestDelegations } from "@/lib/prerendered-profiles";

type Props = { params: Promise<{ slug: string }> };

// As on the place page: block on the slug so the profile comes from the cache whole.
// Rendered whole before anything is sent, it answers its own 404.
export const instant = false;

// The most-linked built ahead; the rest cached on their first visit (lib/prerendered-profiles.ts).
export const generateStaticParams = latestDelegations;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getDelegationProfile((await params).slug);
  if (!profile) return { title: "Delegation not found" };
  const path = `/delegations/${profile.delegation.slug}`;
  return { title: profile.delegation.title, alternates: { types: { "application/json": `${path}/json` } } };
}

// Footnotes are numbered in the order facts appear, so every `notes.claim()` call happens
// here, top to bottom, in plain functions rather than child components.
export default async function DelegationPage({ params }: Props) {
  const profile = await getDelegationProfile((await params).slug);
  if (!profile) notFound();
  const notes = createFootnotes(profile.citations);
  const path = `/delegations/${profile.delegation.slug}`;
  return (
    <article>
      <JsonLd data={describeDelegation(profile).linkedData} />
      {renderHeader(profile, notes)}
      {renderItinerary(profile, notes)}
      {renderMeetings(profile, notes)}
      {renderMembers(profile, notes)}
      {renderSiteVisits(profile, notes)}
      {renderGifts(profile, notes)}
      {renderAgreements(profile, notes)}
      {renderEventList(profile.delegation.events, notes, "Events attended")}
      {renderFigureList(profile.delegation.figures, notes)}
      <FootnoteList footnotes={notes.list()} sources={notes.sources()} />
      <ProfileFooter version={profile.delegation.version} historyPath={`${path}/history`} dataPath={`${path}/json`} />
    </article>
  );
}

function renderHeader({ delegation: d }: DelegationProfile, notes: Footnotes) {
  const from = d.sendingPlace ?? d.sendingOrganisation;
  return (
    <header className="card">
      <h1>
        {d.title}
        <CitationMarks claim={notes.claim("DELEGATION", d.id, "exists")} />
      </h1>
      <dl className="facts">
        {d.leader && <dt>Led by</dt>}
        {d.leader && (
          <dd>
            <Link href={`/people/${d.leader.slug}`}>{d.leader.name}</Link>
            <CitationMarks claim={notes.claim("DELEGATION", d.id, "leaderId")} />
            {(d.leaderTitle || d.leaderPosition) && <>, {d.leaderTitle || d.leaderPosition?.title}</>}
            <CitationMarks claim={notes.claim("DELEGATION", d.id, "leaderTitle")} />
          </dd>
        )}
        {from && <dt>Sent by</dt>}
        {d.sendingPlace && (
          <dd>
            <Link href={`/places/${d.sendingPlace.slug}`}>{d.sendingPlace.name}</Link>
            <CitationMarks claim={notes.claim("DELEGATION", d.id, "sendingPlaceId")} />
          </dd>
        )}
        {d.sendingOrganisation && (
          <dd>
            <Link href={`/organisations/${d.sendingOrganisation.slug}`}>{d.sendingOrganisation.name}</Link>
            <CitationMarks claim={notes.claim("DELEGATION", d.id, "sendingOrganisationId")} />
          </dd>
        )}
        {(d.startOn || d.endOn) && <dt>Dates</dt>}
        {(d.startOn || d.endOn) && <dd>{citedDates(notes, "DELEGATION", d)}</dd>}
      </dl>
      {d.purpose && (
        <p>
          {d.purpose}
          <CitationMarks claim={notes.claim("DELEGATION", d.id, "purpose")} />
        </p>
      )}
    </header>
  );
}

// Numbered only when the sources give the order of the stops; what they leave unnamed
// ("and other places") follows the stops they name.
function renderItinerary({ delegation: d }: DelegationProfile, notes: Footnotes) {
  const List = d.itineraryOrdered ? "ol" : "ul";
  return (
    <section aria-labelledby="itinerary">
      <h2 id="itinerary">
        Itinerary
        <CitationMarks claim={notes.claim("DELEGATION", d.id, "stops")} />
      </h2>
      {d.stops.length === 0 && !d.otherPlacesNote && <p className="muted">No stops recorded yet.</p>}
      {d.stops.length > 0 && !d.itineraryOrdered && <p className="muted small">The sources do not give the order of these stops.</p>}
      <List className="timeline" aria-label={d.itineraryOrdered ? "Itinerary in order" : "Places visited"}>
        {d.stops.map((stop) => (
          <li key={stop.id}>
            <Link href={`/places/${stop.place.slug}`}>{stop.place.name}</Link>
            <CitationMarks claim={notes.claim("DELEGATION_STOP", stop.id, "exists")} />
            {(stop.startOn || stop.endOn) && ", "}
            {citedDates(notes, "DELEGATION_STOP", stop)}
          </li>
        ))}
      </List>
      {d.otherPlacesNote && (
        <p>
          Also: {d.otherPlacesNote}
          <CitationMarks claim={notes.claim("DELEGATION", d.id, "otherPlacesNote")} />
        </p>
      )}
    </section>
  );
}

function renderAgreements({ delegation: d }: DelegationProfile, notes: Footnotes) {
  if (d.agreements.length === 0) return null;
  return (
    <section aria-labelledby="agreements">
      <h2 id="agreements">Agreements signed</h2>
      <ul className="plain-list">
        {d.agreements.map((agreement) =>
          renderAgreementItem({ key: agreement.id, agreement, claim: notes.claim("AGREEMENT", agreement.id, "delegationId") }, notes),
        )}
      </ul>
    </section>
  );
}
