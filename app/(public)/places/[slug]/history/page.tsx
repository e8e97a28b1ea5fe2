import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPlaceProfile } from "@/lib/place-profile";
import { getPlaceHistory } from "@/lib/record-history";
import { DiffTable } from "@/components/diff-table";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getPlaceProfile((await params).slug);
  return { title: profile ? `History of ${profile.place.name}` : "Place not found" };
}

// Same reason as the profile page: the slug is awaited outside <Suspense>.
export const instant = false;

// Every published version of a place, who proposed and who approved it, and what changed.
export default async function PublicPlaceHistoryPage({ params }: Props) {
  const { slug } = await params;
  const profile = await getPlaceProfile(slug);
  if (!profile) notFound();
  const { versions, names, labels, valueLabels } = await getPlaceHistory(profile.place.id);
  return (
    <>
      <p>
        <Link href={`/places/${slug}`}>← {profile.place.name}</Link>
      </p>
      <h1>History of {profile.place.name}</h1>
      {versions.map((version) => (
        <section key={version.id} className="card stack-sm" style={{ marginBottom: "1rem" }} aria-label={`Version ${version.version}`}>
          <h2 style={{ marginTop: 0 }}>Version {version.version}</h2>
          <p className="muted small">
            Approved {version.createdAt.toISOString().slice(0, 10)} by {version.approvedBy?.name ?? "—"}; proposed by{" "}
            {version.proposedBy?.name ?? "—"}
          </p>
          <DiffTable
            diff={version.diff}
            labels={labels}
            valueLabels={valueLabels}
            names={names}
            showUnchanged={false}
            beforeLabel="Before"
            afterLabel="After"
          />
        </section>
      ))}
    </>
  );
}
