import type { Metadata } from "next";
import { Fragment } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getEventProfile, type EventProfile } from "@/lib/event-profile";
import { describeEvent } from "@/lib/event-json";
import { createFootnotes, type Footnotes } from "@/lib/footnotes";
import { EVENT_KIND_LABELS } from "@/lib/event-kinds";
import { CitationMarks } from "@/components/citation-marks";
import { renderAgreementItem } from "@/components/agreement-list";
import { renderFigureList } from "@/components/figure-list";
import { FootnoteList } from "@/components/footnote-list";
import { ProfileFooter } from "@/components/profile-footer";
import { JsonLd } from "@/components/json-ld";
import { citedDates } from "@/components/period";
import { latestEvents } from "@/lib/prerendered-profiles";

type Props = { params: Promise<{ slug: string }> };

// As on the place page: block on the slug so the profile comes from the cache whole.
// Rendered whole before anything is sent, it answers its own 404.
export const instant = false;

// The most-linked built ahead; the rest cached on their first visit (lib/prerendered-profiles.ts).
export const generateStaticParams = latestEvents;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getEventProfile((await params).slug);
  if (!profile) return { title: "Event not found" };
  return { title: profile.event.name, alternates: { types: { "application/json": `/events/${profile.event.slug}/json` } } };
}

// Footnotes are numbered in the order facts appear, so every `notes.claim()` call happens
// here, top to bottom, in plain functions rather than child components.
export default async function EventPage({ params }: Props) {
  const profile = await getEventProfile((await params).slug);
  if (!profile) notFound();
  const notes = createFootnotes(profile.citations);
  const path = `/events/${profile.event.slug}`;
  return (
    <article>
      <JsonLd data={describeEvent(profile).linkedData} />
      {renderHeader(profile, notes)}
      {renderFigureList(profile.event.figures, notes)}
      {renderAgreements(profile, notes)}
      <FootnoteList footnotes={notes.list()} sources={notes.sources()} />
      <ProfileFooter version={profile.event.version} historyPath={`${path}/history`} dataPath={`${path}/json`} />
    </article>
  );
}

function renderHeader({ event: e }: EventProfile, notes: Footnotes) {
  return (
    <header className="card">
      <h1>
        {e.name}
        <CitationMarks claim={notes.claim("EVENT", e.id, "exists")} />
      </h1>
      <p className="lede">
        {EVENT_KIND_LABELS[e.kind]}
        {e.isRecurring && " (recurring)"}
        <CitationMarks claim={notes.claim("EVENT", e.id, "kind")} />
        {(e.startOn || e.endOn) && ", "}
        {citedDates(notes, "EVENT", e)}
      </p>
      {e.summary && (
        <p>
          {e.summary}
          <CitationMarks claim={notes.claim("EVENT", e.id, "summary")} />
        </p>
      )}
      <dl className="facts">
        {e.places.length > 0 && <dt>{e.places.length === 1 ? "Place" : "Places"}</dt>}
        {e.places.length > 0 && (
          <dd>
            {e.places.map((place, i) => (
              <Fragment key={place.id}>
                {i > 0 && ", "}
                <Link href={`/places/${place.slug}`}>{place.name}</Link>
              </Fragment>
            ))}
            <CitationMarks claim={notes.claim("EVENT", e.id, "places")} />
          </dd>
        )}
        {e.organisers.length > 0 && <dt>Organised by</dt>}
        {e.organisers.length > 0 && (
          <dd>
            {e.organisers.map((organisation, i) => (
              <Fragment key={organisation.id}>
                {i > 0 && ", "}
                <Link href={`/organisations/${organisation.slug}`}>{organisation.name}</Link>
              </Fragment>
            ))}
            <CitationMarks claim={notes.claim("EVENT", e.id, "organisers")} />
          </dd>
        )}
        {e.delegation && <dt>Delegation</dt>}
        {e.delegation && (
          <dd>
            <Link href={`/delegations/${e.delegation.slug}`}>{e.delegation.title}</Link>
            <CitationMarks claim={notes.claim("EVENT", e.id, "delegationId")} />
          </dd>
        )}
      </dl>
    </header>
  );
}

function renderAgreements({ event: e }: EventProfile, notes: Footnotes) {
  if (e.agreements.length === 0) return null;
  return (
    <section aria-labelledby="agreements">
      <h2 id="agreements">Agreements signed</h2>
      <ul className="plain-list">
        {e.agreements.map((agreement) =>
          renderAgreementItem({ key: agreement.id, agreement, claim: notes.claim("AGREEMENT", agreement.id, "eventId") }, notes),
        )}
      </ul>
    </section>
  );
}
