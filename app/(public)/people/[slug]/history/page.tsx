import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPersonProfile } from "@/lib/person-profile";
import { getPersonHistory } from "@/lib/record-history";
import { RecordHistory } from "@/components/record-history";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getPersonProfile((await params).slug);
  return { title: profile ? `History of ${profile.person.name}` : "Person not found" };
}

// Same reason as the profile page: the slug is awaited outside <Suspense>.
export const instant = false;

export default async function PublicPersonHistoryPage({ params }: Props) {
  const profile = await getPersonProfile((await params).slug);
  if (!profile) notFound();
  const revisions = await getPersonHistory(profile.person.id);
  return <RecordHistory title={profile.person.name} href={`/people/${profile.person.slug}`} revisions={revisions} />;
}
