import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getFigureForEditing, getFigurePicks } from "@/lib/figure";
import { listCitationsFor } from "@/lib/citation";
import { FIGURE_FIELD_LABELS, FIGURE_REMOVAL_HINT, uncitedFigure, type FigureFormValues } from "@/lib/figure-schema";
import { proposeFigureRemovalAction } from "@/app/admin/figures/actions";
import { FigureForm } from "@/components/figure-form";
import { CitationList } from "@/components/citation-list";
import { RemovalForm } from "@/components/removal-form";
import { FormDraft } from "@/components/form-draft";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Edit figure", async () => {
    const figure = await getFigureForEditing(id);
    return figure && `Edit figure: ${figure.title}`;
  });
}

export default async function EditFigurePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const [figure, citations] = await Promise.all([getFigureForEditing(id), listCitationsFor("FIGURE", id)]);
  if (!figure) notFound();
  const values: FigureFormValues = { ...figure.content, citations: uncitedFigure() };
  return (
    <>
      <h1>Edit {figure.title}</h1>
      <p className="muted">
        Your edit is proposed against version {figure.version}; it goes public once a reviewer approves it.
        {figure.publicPath && (
          <>
            {" "}
            <Link href={figure.publicPath}>The page that shows it</Link>
          </>
        )}
      </p>
      <FormDraft formKey={`/admin/figures/${id}/edit`}>
        <FigureForm defaultValues={values} target={{ figureId: id, baseVersion: figure.version }} picked={await getFigurePicks(values)} />
      </FormDraft>
      <h2>Citations</h2>
      <CitationList citations={citations} labels={FIGURE_FIELD_LABELS} />
      <h2>Remove</h2>
      <RemovalForm noun="figure" recordId={id} title={figure.title} hint={FIGURE_REMOVAL_HINT} propose={proposeFigureRemovalAction} />
    </>
  );
}
