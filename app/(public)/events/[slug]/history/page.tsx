import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEventProfile } from "@/lib/event-profile";
import { getEventHistory } from "@/lib/record-history";
import { RecordHistory } from "@/components/record-history";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getEventProfile((await params).slug);
  return { title: profile ? `History of ${profile.event.name}` : "Event not found" };
}

// Same reason as the profile page: the slug is awaited outside <Suspense>.
export const instant = false;

export default async function PublicEventHistoryPage({ params }: Props) {
  const profile = await getEventProfile((await params).slug);
  if (!profile) notFound();
  const { id, slug, name } = profile.event;
  return <RecordHistory title={name} href={`/events/${slug}`} revisions={await getEventHistory(id)} />;
}
