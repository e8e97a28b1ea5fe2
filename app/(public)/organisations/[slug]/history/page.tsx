import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getOrganisationProfile } from "@/lib/organisation-profile";
import { getOrganisationHistory } from "@/lib/record-history";
import { RecordHistory } from "@/components/record-history";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getOrganisationProfile((await params).slug);
  return { title: profile ? `History of ${profile.organisation.name}` : "Organisation not found" };
}

// Same reason as the profile page: the slug is awaited outside <Suspense>.
export const instant = false;

export default async function PublicOrganisationHistoryPage({ params }: Props) {
  const profile = await getOrganisationProfile((await params).slug);
  if (!profile) notFound();
  const revisions = await getOrganisationHistory(profile.organisation.id);
  return <RecordHistory title={profile.organisation.name} href={`/organisations/${profile.organisation.slug}`} revisions={revisions} />;
}
