import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { getFigurePicks, presetSubject } from "@/lib/figure";
import { emptyFigure } from "@/lib/figure-schema";
import { FigureForm } from "@/components/figure-form";
import { FormDraft } from "@/components/form-draft";

export const metadata: Metadata = { title: "New figure" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Opened from a place's or an event's edit page, the figure is already about it (?eventId=…).
export default async function NewFigurePage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const values = emptyFigure(presetSubject(await searchParams));
  return (
    <>
      <h1>New figure</h1>
      <p className="muted">A dated count a source gives. Your proposal goes to a reviewer; it becomes public once approved.</p>
      <FormDraft formKey="/admin/figures/new">
        <FigureForm defaultValues={values} picked={await getFigurePicks(values)} />
      </FormDraft>
    </>
  );
}
