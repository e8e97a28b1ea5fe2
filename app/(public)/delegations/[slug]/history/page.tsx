import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDelegationProfile } from "@/lib/delegation-profile";
import { getDelegationHistory } from "@/lib/record-history";
import { RecordHistory } from "@/components/record-history";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getDelegationProfile((await params).slug);
  return { title: profile ? `History of ${profile.delegation.title}` : "Delegation not found" };
}

// Same reason as the profile page: the slug is awaited outside <Suspense>.
export const instant = false;

export default async function PublicDelegationHistoryPage({ params }: Props) {
  const profile = await getDelegationProfile((await params).slug);
  if (!profile) notFound();
  const { id, slug, title } = profile.delegation;
  return <RecordHistory title={title} href={`/delegations/${slug}`} revisions={await getDelegationHistory(id)} />;
}
