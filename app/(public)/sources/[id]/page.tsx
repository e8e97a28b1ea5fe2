import type { Metadata } from "next";
import { SourcePart, sourcePartMetadata } from "./source-part";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sourcePartMetadata((await params).id, 0);
}

// Block on the id rather than stream a shell; the page itself comes from the cache.
export const instant = false;

export default async function SourcePage({ params }: Props) {
  return <SourcePart id={(await params).id} part={0} />;
}
