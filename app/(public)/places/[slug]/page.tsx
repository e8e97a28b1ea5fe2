import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { findMergedPlaceSlug, getPlaceProfile, type PlaceProfile } from "@/lib/place-profile";
import { createFootnotes, type Footnotes } from "@/lib/footnotes";
import { countryName } from "@/lib/countries";
import { regionOf } from "@/lib/place-region";
import { languageLabel } from "@/lib/names";
import { formatPartialDate } from "@/lib/partial-date";
import { PLACE_LEVEL_LABELS } from "@/lib/place-schema";
import { NAME_KIND_LABELS } from "@/lib/name-schema";
import { TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { TIE_STATUS_LABELS } from "@/lib/tie-statuses";
import { tiePathBetween } from "@/lib/tie-path";
import { CitationMarks } from "@/components/citation-marks";
import { renderAgreementItem } from "@/components/agreement-list";
import { FootnoteList } from "@/components/footnote-list";
import { ProfileFooter } from "@/components/profile-footer";
import { NativeNames } from "@/components/native-name";
import { citeTieEvents, TieTimeline } from "@/components/tie-timeline";
import { AgreementParties } from "@/components/agreement-parties";
import { renderDelegationList } from "@/components/delegation-list";
import { JsonLd } from "@/components/json-ld";
import { renderEventList } from "@/components/event-list";
import { renderFigureList } from "@/components/figure-list";
import { describePlace } from "@/lib/place-json";
import { mostLinkedPlaces } from "@/lib/prerendered-profiles";

type Props = { params: Promise<{ slug: string }> };

// Block on the slug rather than stream a generic shell: the profile comes from the cache
// whole, rendered whole before anything is sent, and so answers its own 404 (and redirects).
export const instant = false;

// The most-linked built ahead; the rest cached on their first visit (lib/prerendered-profiles.ts).
export const generateStaticParams = mostLinkedPlaces;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getPlaceProfile((await params).slug);
  if (!profile) return { title: "Place not found" };
  return { title: profile.place.name, alternates: { types: { "application/json": `/places/${profile.place.slug}/json` } } };
}

// Footnotes are numbered in the order facts appear, so every `notes.claim()` call
// happens here, top to bottom, in plain functions rather than child components. A value a
// reviewer settled on (the preferred citation's) is shown in place of the stored one.
export default async function PlacePage({ params }: Props) {
  const { slug } = await params;
  const profile = await getPlaceProfile(slug);
  if (!profile) {
    const mergedInto = await findMergedPlaceSlug(slug);
    if (mergedInto) permanentRedirect(`/places/${mergedInto}`);
    notFound();
  }
  const notes = createFootnotes(profile.citations);
  const path = `/places/${profile.place.slug}`;
  return (
    <article>
      <JsonLd data={describePlace(profile).linkedData} />
      {renderHeader(profile, notes)}
      {renderFigureList(profile.place.figures, notes)}
      {renderTies(profile, notes)}
      {renderAgreements(profile, notes)}
      {renderDelegationList(profile.delegations, notes, "Delegations")}
      {renderEventList(profile.events, notes, "Events")}
      <FootnoteList footnotes={notes.list()} sources={notes.sources()} />
      <ProfileFooter version={profile.place.version} historyPath={`${path}/history`} dataPath={`${path}/json`} />
    </article>
  );
}

// A place whose parent is its country names the country once, linked to the country's profile.
function renderCountry(place: PlaceProfile["place"]) {
  const name = countryName(place.country);
  if (!place.parent || regionOf(place.parent)) return name;
  return <Link href={`/places/${place.parent.slug}`}>{name}</Link>;
}

function renderHeader({ place }: PlaceProfile, notes: Footnotes) {
  const region = regionOf(place.parent);
  const native = place.names.filter((n) => n.kind === "NATIVE" && n.isPreferred);
  const otherNames = place.names.filter((n) => !(n.kind === "NATIVE" && n.isPreferred));
  return (
    <header className="card">
      <h1>
        {place.name} <NativeNames names={native} />
        <CitationMarks claim={notes.claim("PLACE", place.id, "exists")} />
      </h1>
      <p className="lede">
        {PLACE_LEVEL_LABELS[place.level]}, {renderCountry(place)}
        <CitationMarks claim={notes.claim("PLACE", place.id, "level")} />
        {region && (
          <>
            {" "}
            · in <Link href={`/places/${region.slug}`}>{region.name}</Link>
          </>
        )}
        {place.parent && <CitationMarks claim={notes.claim("PLACE", place.id, "parentId")} />}
      </p>
      {place.summary && (
        <p>
          {place.summary}
          <CitationMarks claim={notes.claim("PLACE", place.id, "summary")} />
        </p>
      )}
      <dl className="facts">
        {place.names.length > 0 && <dt>Names</dt>}
        {place.names.length > 0 && (
          <dd>
            <ul className="plain-list">
              {otherNames.concat(native).map((name) => (
                <li key={name.id}>
                  <span lang={name.lang}>{name.text}</span>{" "}
                  <span className="muted small">
                    {languageLabel(name.lang)}, {NAME_KIND_LABELS[name.kind].toLowerCase()}
                  </span>
                  <CitationMarks claim={notes.claim("NAME", name.id, "exists")} />
                </li>
              ))}
            </ul>
          </dd>
        )}
        {place.children.length > 0 && <dt>Includes</dt>}
        {place.children.length > 0 && (
          <dd>
            {place.children.map((child, i) => (
              <span key={child.id}>
                {i > 0 && ", "}
                <Link href={`/places/${child.slug}`}>{child.name}</Link>
              </span>
            ))}
          </dd>
        )}
      </dl>
    </header>
  );
}

function renderTies({ place, ties }: PlaceProfile, notes: Footnotes) {
  return (
    <section aria-labelledby="ties">
      <h2 id="ties">Ties</h2>
      {ties.length === 0 && <p className="muted">No ties recorded yet.</p>}
      <ul className="plain-list">
        {ties.map((tie) => (
          <li key={tie.id}>
            <Link href={`/places/${tie.partner.slug}`}>
              <strong>{tie.partner.name}</strong>
            </Link>{" "}
            <NativeNames names={tie.partner.names} /> <span className="muted">{countryName(tie.partner.country)}</span>
            <CitationMarks claim={notes.claim("TIE", tie.id, "exists")} />
            <div>
              <Link href={tiePathBetween(place, tie.partner)}>
                {tie.kind ? TIE_KIND_LABELS[tie.kind] : "Tie"}
                {tie.establishedOn && <> since {formatPartialDate(tie.establishedOn)}</>}
              </Link>
              {tie.status !== "ACTIVE" && (
                <>
                  {" "}
                  <span className="tag">{TIE_STATUS_LABELS[tie.status].toLowerCase()}</span>
                </>
              )}
            </div>
            <TieTimeline events={citeTieEvents(tie.events, notes)} label={`History of the tie with ${tie.partner.name}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function renderAgreements({ agreements }: PlaceProfile, notes: Footnotes) {
  if (agreements.length === 0) return null;
  return (
    <section aria-labelledby="agreements">
      <h2 id="agreements">Agreements</h2>
      <ul className="plain-list">
        {agreements.map((agreement) =>
          renderAgreementItem(
            {
              key: agreement.id,
              agreement,
              claim: notes.claim("AGREEMENT", agreement.id, "exists"),
              after: agreement.parties.length > 0 && (
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
