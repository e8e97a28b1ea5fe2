import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAgreementProfile, type AgreementProfile } from "@/lib/agreement-profile";
import { describeAgreement } from "@/lib/agreement-json";
import { createFootnotes, type Footnotes } from "@/lib/footnotes";
import { formatPartialDate } from "@/lib/partial-date";
import { AGREEMENT_KIND_LABELS } from "@/lib/agreement-kinds";
import { TIE_EVENT_LABELS, TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { tiePath } from "@/lib/tie-path";
import { CitationMarks } from "@/components/citation-marks";
import { FootnoteList } from "@/components/footnote-list";
import { ProfileFooter } from "@/components/profile-footer";
import { JsonLd } from "@/components/json-ld";
import { latestAgreements } from "@/lib/prerendered-profiles";

type Props = { params: Promise<{ slug: string }> };

// As on the place page: block on the slug so the profile comes from the cache whole.
// Rendered whole before anything is sent, it answers its own 404.
export const instant = false;

// The most-linked built ahead; the rest cached on their first visit (lib/prerendered-profiles.ts).
export const generateStaticParams = latestAgreements;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getAgreementProfile((await params).slug);
  if (!profile) return { title: "Agreement not found" };
  return { title: profile.agreement.title, alternates: { types: { "application/json": `/agreements/${profile.agreement.slug}/json` } } };
}

// Footnotes are numbered in the order facts appear, so every `notes.claim()` call happens
// here, top to bottom, in plain functions rather than child components.
export default async function AgreementPage({ params }: Props) {
  const profile = await getAgreementProfile((await params).slug);
  if (!profile) notFound();
  const notes = createFootnotes(profile.citations);
  const path = `/agreements/${profile.agreement.slug}`;
  return (
    <article>
      <JsonLd data={describeAgreement(profile).linkedData} />
      {renderHeader(profile, notes)}
      {renderTieEvents(profile, notes)}
      <FootnoteList footnotes={notes.list()} sources={notes.sources()} />
      <ProfileFooter version={profile.agreement.version} historyPath={`${path}/history`} dataPath={`${path}/json`} />
    </article>
  );
}

function renderHeader({ agreement: a }: AgreementProfile, notes: Footnotes) {
  const [exists, title, kind, signed] = ["exists", "title", "kind", "signedOn"].map((field) => notes.claim("AGREEMENT", a.id, field));
  const signedOn = signed.preferred ?? a.signedOn;
  return (
    <header className="card">
      <h1>
        {a.title}
        <CitationMarks claim={exists} />
        <CitationMarks claim={title} />
      </h1>
      <p className="lede">
        {AGREEMENT_KIND_LABELS[a.kind]}
        <CitationMarks claim={kind} />
        {signedOn && <>, signed {formatPartialDate(signedOn)}</>}
        <CitationMarks claim={signed} />
      </p>
      {a.summary && (
        <p>
          {a.summary}
          <CitationMarks claim={notes.claim("AGREEMENT", a.id, "summary")} />
        </p>
      )}
      <dl className="facts">
        {renderVenue(a, notes)}
        {renderParties(a, notes)}
        {renderSignatories(a, notes)}
        {a.fields.length > 0 && <dt>Fields of cooperation</dt>}
        {a.fields.length > 0 && (
          <dd>
            {a.fields.map((field, i) => (
              <span key={field.id}>
                {i > 0 && ", "}
                {field.name}
                <CitationMarks claim={notes.claim("COOPERATION_FIELD", field.id, "exists")} />
              </span>
            ))}
          </dd>
        )}
        {renderSignedDuring(a, notes)}
      </dl>
    </header>
  );
}

type Agreement = AgreementProfile["agreement"];

function renderVenue(a: Agreement, notes: Footnotes) {
  if (!a.venue && !a.venuePlace) return null;
  return (
    <>
      <dt>Signed at</dt>
      <dd>
        {a.venue}
        <CitationMarks claim={notes.claim("AGREEMENT", a.id, "venue")} />
        {a.venue && a.venuePlace && ", "}
        {a.venuePlace && <Link href={`/places/${a.venuePlace.slug}`}>{a.venuePlace.name}</Link>}
        <CitationMarks claim={notes.claim("AGREEMENT", a.id, "venuePlaceId")} />
      </dd>
    </>
  );
}

function renderParties(a: Agreement, notes: Footnotes) {
  if (a.parties.length === 0) return null;
  return (
    <>
      <dt>Parties</dt>
      <dd>
        <ul className="plain-list" aria-label="Parties">
          {a.parties.map((party) => (
            <li key={party.id}>
              {party.place && <Link href={`/places/${party.place.slug}`}>{party.place.name}</Link>}
              {!party.place && party.organisation && (
                <Link href={`/organisations/${party.organisation.slug}`}>{party.organisation.name}</Link>
              )}
              <CitationMarks claim={notes.claim("AGREEMENT_PARTY", party.id, "exists")} />
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

// Who signed, then who witnessed: a witness is no party to the agreement.
function renderSignatories(a: Agreement, notes: Footnotes) {
  return (
    <>
      {renderPeople("Signed by", "Signatories", a.signatories, notes)}
      {renderPeople("Witnessed by", "Witnesses", a.witnesses, notes)}
    </>
  );
}

function renderPeople(term: string, label: string, people: Agreement["signatories"], notes: Footnotes) {
  if (people.length === 0) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>
        <ul className="plain-list" aria-label={label}>
          {people.map((signatory) => (
            <li key={signatory.id}>
              <Link href={`/people/${signatory.person.slug}`}>{signatory.person.name}</Link>
              {signatory.title && <>, {signatory.title}</>}
              <CitationMarks claim={notes.claim("AGREEMENT_SIGNATORY", signatory.id, "exists")} />
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

function renderSignedDuring(a: Agreement, notes: Footnotes) {
  if (!a.delegation && !a.event) return null;
  return (
    <>
      <dt>Signed during</dt>
      {a.delegation && (
        <dd>
          <Link href={`/delegations/${a.delegation.slug}`}>{a.delegation.title}</Link>
          <CitationMarks claim={notes.claim("AGREEMENT", a.id, "delegationId")} />
        </dd>
      )}
      {a.event && (
        <dd>
          <Link href={`/events/${a.event.slug}`}>{a.event.name}</Link>
          <CitationMarks claim={notes.claim("AGREEMENT", a.id, "eventId")} />
        </dd>
      )}
    </>
  );
}

function renderTieEvents({ agreement: a }: AgreementProfile, notes: Footnotes) {
  if (a.tieEvents.length === 0) return null;
  return (
    <section aria-labelledby="ties">
      <h2 id="ties">Ties it shaped</h2>
      <ul className="plain-list">
        {a.tieEvents.map((event) => {
          const date = notes.claim("TIE_EVENT", event.id, "occurredOn");
          const occurredOn = date.preferred ?? event.occurredOn;
          const { placeA, placeB } = event.tie;
          return (
            <li key={event.id}>
              <Link href={tiePath(placeA.slug, placeB.slug)}>
                {placeA.name} – {placeB.name}
              </Link>
              : {TIE_EVENT_LABELS[event.type].toLowerCase()}
              {event.kind && <> as {TIE_KIND_LABELS[event.kind].toLowerCase()}</>}
              <CitationMarks claim={notes.claim("TIE_EVENT", event.id, "exists")} />
              {occurredOn && <>, {formatPartialDate(occurredOn)}</>}
              <CitationMarks claim={date} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
