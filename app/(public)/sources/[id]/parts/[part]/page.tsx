import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourcePart, sourcePartMetadata } from "../../source-part";

type Props = { params: Promise<{ id: string; part: string }> };

// "/parts/2" is the second part; the first is the source's own address, and anything else
// (a zero, a sign, a leading zero) is no part.
async function partOf(params: Props["params"]) {
  const { id, part } = await params;
  if (!/^[1-9]\d{0,5}$/.test(part) || part === "1") notFound();
  return { id, part: Number(part) - 1 };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, part } = await partOf(params);
  return sourcePartMetadata(id, part);
}

// Block on the address rather than stream a shell; the page itself comes from the cache.
export const instant = false;

export default async function SourcePartPage({ params }: Props) {
  const { id, part } = await partOf(params);
  return <SourcePart id={id} part={part} />;
}
