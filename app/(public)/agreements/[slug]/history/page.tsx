import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAgreementProfile } from "@/lib/agreement-profile";
import { getAgreementHistory } from "@/lib/record-history";
import { RecordHistory } from "@/components/record-history";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getAgreementProfile((await params).slug);
  return { title: profile ? `History of ${profile.agreement.title}` : "Agreement not found" };
}

// Same reason as the profile page: the slug is awaited outside <Suspense>.
export const instant = false;

export default async function PublicAgreementHistoryPage({ params }: Props) {
  const profile = await getAgreementProfile((await params).slug);
  if (!profile) notFound();
  const { id, slug, title } = profile.agreement;
  return <RecordHistory title={title} href={`/agreements/${slug}`} revisions={await getAgreementHistory(id)} />;
}
