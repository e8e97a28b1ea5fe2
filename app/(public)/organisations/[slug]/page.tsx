import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOrganisationProfile, type OrganisationProfile } from "@/lib/organisation-profile";
import { createFootnotes, type Footnotes } from "@/lib/footnotes";
import { countryName } from "@/lib/countries";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisation-kinds";
import { CitationMarks } from "@/components/citation-marks";
import { renderAgreementItem } from "@/components/agreement-list";
import { FootnoteList } from "@/components/footnote-list";
import { renderFigureList } from "@/components/figure-list";
import { ProfileFooter } from "@/components/profile-footer";
import { NativeNames } from "@/components/native-name";
import { citeNames, isShownNative, NameList } from "@/components/name-list";
import { AgreementParties } from "@/components/agreement-parties";
import { citedDate, Period } from "@/components/period";
import { renderDelegationList } from "@/components/delegation-list";
import { JsonLd } from "@/components/json-ld";
import { renderEventList } from "@/components/event-list";
import { describeOrganisation } from "@/lib/organisation-json";
import { latestOrganisations } from "@/lib/prerendered-profiles";

type Props = { params: Promise<{ slug: string }> };

// As on the place page: block on the slug so the profile comes from the cache whole.
// Rendered whole before anything is sent, it answers its own 404.
export const instant = false;

// The most-linked built ahead; the rest cached on their first visit (lib/prerendered-profiles.ts).
export const generateStaticParams = latestOrganisations;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getOrganisationProfile((await params).slug);
  if (!profile) return { title: "Organisation not found" };
  const path = `/organisations/${profile.organisation.slug}`;
  return { title: profile.organisation.name, alternates: { types: { "application/json": `${path}/json` } } };
}

// Footnotes are numbered in the order facts appear, so every `notes.claim()` call happens
// here, top to bottom, in plain functions rather than child components.
export default async function OrganisationPage({ params }: Props) {
  const profile = await getOrganisationProfile((await params).slug);
  if (!profile) notFound();
  const notes = createFootnotes(profile.citations);
  const path = `/organisations/${profile.organisation.slug}`;
  return (
    <article>
      <JsonLd data={describeOrganisation(profile).linkedData} />
      {renderHeader(profile, notes)}
      {renderFigureList(profile.organisation.figures, notes)}
      {renderPeople(profile, notes)}
      {renderAgreements(profile, notes)}
      {renderDelegationList(profile.delegations, notes, "Delegations sent")}
      {renderVisits(profile, notes)}
      {renderEventList(profile.events, notes, "Events organised")}
      <FootnoteList footnotes={notes.list()} sources={notes.sources()} />
      <ProfileFooter version={profile.organisation.version} historyPath={`${path}/history`} dataPath={`${path}/json`} />
    </article>
  );
}

function renderHeader({ organisation }: OrganisationProfile, notes: Footnotes) {
  const { id, name, kind, country, place, parent, children, summary, names } = organisation;
  return (
    <header className="card">
      <h1>
        {name} <NativeNames names={names.filter(isShownNative)} />
        <CitationMarks claim={notes.claim("ORGANISATION", id, "exists")} />
      </h1>
      <p className="lede">
        {ORGANISATION_KIND_LABELS[kind]}
        {country && <>, {countryName(country)}</>}
        <CitationMarks claim={notes.claim("ORGANISATION", id, "kind")} />
        {place && (
          <>
            {" "}
            · in <Link href={`/places/${place.slug}`}>{place.name}</Link>
          </>
        )}
        {place && <CitationMarks claim={notes.claim("ORGANISATION", id, "placeId")} />}
      </p>
      {summary && (
        <p>
          {summary}
          <CitationMarks claim={notes.claim("ORGANISATION", id, "summary")} />
        </p>
      )}
      <dl className="facts">
        {parent && <dt>Part of</dt>}
        {parent && (
          <dd>
            <Link href={`/organisations/${parent.slug}`}>{parent.name}</Link>
            <CitationMarks claim={notes.claim("ORGANISATION", id, "parentId")} />
          </dd>
        )}
        {children.length > 0 && <dt>Includes</dt>}
        {children.length > 0 && (
          <dd>
            {children.map((child, i) => (
              <span key={child.id}>
                {i > 0 && ", "}
                <Link href={`/organisations/${child.slug}`}>{child.name}</Link>
              </span>
            ))}
          </dd>
        )}
        {names.length > 0 && <dt>Names</dt>}
        {names.length > 0 && (
          <dd>
            <NameList names={citeNames(names, notes)} />
          </dd>
        )}
      </dl>
    </header>
  );
}

function renderPeople({ organisation }: OrganisationProfile, notes: Footnotes) {
  return (
    <section aria-labelledby="people">
      <h2 id="people">People</h2>
      {organisation.positions.length === 0 && <p className="muted">No positions recorded yet.</p>}
      <ul className="plain-list">
        {organisation.positions.map((position) => (
          <li key={position.id}>
            <Link href={`/people/${position.person.slug}`}>
              <strong>{position.person.name}</strong>
            </Link>
            , {position.title}
            <CitationMarks claim={notes.claim("POSITION", position.id, "exists")} />
            {(position.startOn || position.endOn) && (
              <div className="muted">
                <Period from={position.startOn} to={position.endOn} />
                <CitationMarks claim={notes.claim("POSITION", position.id, "startOn")} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function renderAgreements({ parties }: OrganisationProfile, notes: Footnotes) {
  if (parties.length === 0) return null;
  return (
    <section aria-labelledby="agreements">
      <h2 id="agreements">Agreements</h2>
      <ul className="plain-list">
        {parties.map(({ id, agreement }) =>
          renderAgreementItem(
            {
              key: id,
              agreement,
              claim: notes.claim("AGREEMENT_PARTY", id, "exists"),
              after: (
                <>
                  {" · "}
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

function renderVisits({ visits }: OrganisationProfile, notes: Footnotes) {
  if (visits.length === 0) return null;
  return (
    <section aria-labelledby="visits">
      <h2 id="visits">Met or visited by delegations</h2>
      <ul className="plain-list">
        {visits.map((delegation) => (
          <li key={delegation.id}>
            <Link href={`/delegations/${delegation.slug}`}>
              <strong>{delegation.title}</strong>
            </Link>
            {delegation.sendingPlace && (
              <>
                {" "}
                from <Link href={`/places/${delegation.sendingPlace.slug}`}>{delegation.sendingPlace.name}</Link>
              </>
            )}
            {delegation.meetings.map((meeting) => (
              <div className="muted" key={meeting.id}>
                Met{meeting.person && <> {meeting.person.name}</>}
                {meeting.counterpartTitle && <>, {meeting.counterpartTitle}</>}
                <CitationMarks claim={notes.claim("DELEGATION_MEETING", meeting.id, "exists")} />
                {meeting.occurredOn && ", "}
                {citedDate(notes, "DELEGATION_MEETING", meeting.id, "occurredOn", meeting.occurredOn)}
              </div>
            ))}
            {delegation.siteVisits.map((visit) => (
              <div className="muted" key={visit.id}>
                Visited {visit.name}
                <CitationMarks claim={notes.claim("DELEGATION_SITE_VISIT", visit.id, "exists")} />
                {visit.occurredOn && ", "}
                {citedDate(notes, "DELEGATION_SITE_VISIT", visit.id, "occurredOn", visit.occurredOn)}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
