import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getTieProfile, type TieProfile } from "@/lib/tie-profile";
import { tiePath, tieSlug, tieTitle } from "@/lib/tie-path";
import { createFootnotes, type Footnotes } from "@/lib/footnotes";
import { countryName } from "@/lib/countries";
import { formatPartialDate } from "@/lib/partial-date";
import { TIE_KIND_LABELS } from "@/lib/tie-timeline";
import { TIE_STATUS_LABELS } from "@/lib/tie-statuses";
import { CitationMarks } from "@/components/citation-marks";
import { FootnoteList } from "@/components/footnote-list";
import { renderFigureList } from "@/components/figure-list";
import { ProfileFooter } from "@/components/profile-footer";
import { NativeNames } from "@/components/native-name";
import { citeTieEvents, TieTimeline } from "@/components/tie-timeline";
import { JsonLd } from "@/components/json-ld";
import { describeTie } from "@/lib/tie-json";
import { latestTies } from "@/lib/prerendered-profiles";

type Props = { params: Promise<{ slug: string }> };

// As on the place page: block on the slug so the profile comes from the cache whole.
// Rendered whole before anything is sent, it answers its own 404 and redirects.
export const instant = false;

// The most-linked built ahead; the rest cached on their first visit (lib/prerendered-profiles.ts).
export const generateStaticParams = latestTies;

const titleOf = ({ tie }: TieProfile) => tieTitle(tie.placeA.name, tie.placeB.name);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getTieProfile((await params).slug);
  if (!profile) return { title: "Tie not found" };
  const path = tiePath(profile.tie.placeA.slug, profile.tie.placeB.slug);
  return { title: titleOf(profile), alternates: { types: { "application/json": `${path}/json` } } };
}

// Footnotes are numbered in the order facts appear, so every `notes.claim()` call happens
// here, top to bottom, in plain functions rather than child components.
export default async function TiePage({ params }: Props) {
  const { slug } = await params;
  const profile = await getTieProfile(slug);
  if (!profile) notFound();
  const { tie } = profile;
  if (slug !== tieSlug(tie.placeA.slug, tie.placeB.slug)) permanentRedirect(tiePath(tie.placeA.slug, tie.placeB.slug));
  const notes = createFootnotes(profile.citations);
  const path = tiePath(tie.placeA.slug, tie.placeB.slug);
  return (
    <article>
      <JsonLd data={describeTie(profile).linkedData} />
      {renderHeader(profile, notes)}
      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        {tie.events.length === 0 && <p className="muted">No events recorded yet.</p>}
        <TieTimeline events={citeTieEvents(tie.events, notes)} label={`History of the tie between ${titleOf(profile)}`} />
      </section>
      {renderFigureList(tie.figures, notes)}
      <FootnoteList footnotes={notes.list()} sources={notes.sources()} />
      <ProfileFooter version={tie.version} historyPath={`${path}/history`} dataPath={`${path}/json`} />
    </article>
  );
}

function renderPlace(place: TieProfile["tie"]["placeA"]) {
  return (
    <>
      <Link href={`/places/${place.slug}`}>{place.name}</Link> <NativeNames names={place.names} />{" "}
      <span className="muted small">{countryName(place.country)}</span>
    </>
  );
}

function renderHeader(profile: TieProfile, notes: Footnotes) {
  const { tie } = profile;
  return (
    <header className="card">
      <h1>
        {titleOf(profile)}
        <CitationMarks claim={notes.claim("TIE", tie.id, "exists")} />
      </h1>
      <p className="lede">
        {tie.kind ? TIE_KIND_LABELS[tie.kind] : "Tie"}, {TIE_STATUS_LABELS[tie.status].toLowerCase()}
        {tie.establishedOn && <>, since {formatPartialDate(tie.establishedOn)}</>}
      </p>
      {tie.summary && (
        <p>
          {tie.summary}
          <CitationMarks claim={notes.claim("TIE", tie.id, "summary")} />
        </p>
      )}
      <dl className="facts">
        <dt>Between</dt>
        <dd>{renderPlace(tie.placeA)}</dd>
        <dt>and</dt>
        <dd>{renderPlace(tie.placeB)}</dd>
      </dl>
    </header>
  );
}
