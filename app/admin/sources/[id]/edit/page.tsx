import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { getSourceForEditing } from "@/lib/source";
import { SourceForm } from "@/components/source-form";

export const metadata: Metadata = { title: "Correct a source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const source = await getSourceForEditing(id);
  if (!source) notFound();
  return (
    <>
      <h1>Correct {source.title}</h1>
      <p className="muted">
        Once approved, every quote is found again in the new text; a quote the text no longer contains is flagged as orphaned on the
        coverage page and in public footnotes.
      </p>
      <SourceForm sourceId={id} defaultValues={source.content} />
    </>
  );
}
