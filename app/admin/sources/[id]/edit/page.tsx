import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getSourceForEditing } from "@/lib/source";
import { SourceForm } from "@/components/source-form";
import { FormDraft } from "@/components/form-draft";
import { isTooLongForForm } from "@/lib/source-schema";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Correct a source", async () => {
    const source = await getSourceForEditing(id);
    return source && `Correct source: ${source.title}`;
  });
}

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const source = await getSourceForEditing(id);
  if (!source) notFound();
  // A list an import registered is megabytes: the form corrects its details and keeps it.
  const { snapshot, ...details } = source.content;
  const keptText = isTooLongForForm(snapshot) ? { length: snapshot.length, readAt: `/sources/${id}` } : undefined;
  return (
    <>
      <h1>Correct {source.title}</h1>
      <p className="muted">
        Once approved, every quote is found again in the new text; a quote the text no longer contains is flagged as orphaned on the
        coverage page and in public footnotes.
      </p>
      <FormDraft formKey={`/admin/sources/${id}/edit`}>
        <SourceForm sourceId={id} baseVersion={source.version} defaultValues={keptText ? details : source.content} keptText={keptText} />
      </FormDraft>
    </>
  );
}
