import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTieProfile } from "@/lib/tie-profile";
import { getTieHistory } from "@/lib/record-history";
import { tiePath, tieSlug, tieTitle } from "@/lib/tie-path";
import { RecordHistory } from "@/components/record-history";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getTieProfile((await params).slug);
  return { title: profile ? `History of ${tieTitle(profile.tie.placeA.name, profile.tie.placeB.name)}` : "Tie not found" };
}

// Same reason as the profile page: the slug is awaited outside <Suspense>.
export const instant = false;

export default async function PublicTieHistoryPage({ params }: Props) {
  const { slug } = await params;
  const profile = await getTieProfile(slug);
  if (!profile) notFound();
  const { placeA, placeB, id } = profile.tie;
  const path = tiePath(placeA.slug, placeB.slug);
  if (slug !== tieSlug(placeA.slug, placeB.slug)) permanentRedirect(`${path}/history`);
  const revisions = await getTieHistory(id);
  return <RecordHistory title={tieTitle(placeA.name, placeB.name)} href={path} revisions={revisions} />;
}
