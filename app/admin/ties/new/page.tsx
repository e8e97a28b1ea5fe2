import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth";
import { pickedRecords } from "@/lib/picked-records";
import { emptyTieProposal } from "@/lib/tie-schema";
import { TieForm } from "@/components/tie-form";
import { FormDraft } from "@/components/form-draft";

export const metadata: Metadata = { title: "New tie" };

// Reached from a place's edit page with `?place=<id>`, which starts the form with it.
export default async function NewTiePage({ searchParams }: { searchParams: Promise<{ place?: string | string[] }> }) {
  await requirePermission("change:propose");
  const { place } = await searchParams;
  const placeId = typeof place === "string" ? place : undefined;
  const picked = await pickedRecords({ PLACE: [placeId] });
  const start = placeId && picked[placeId] ? placeId : "";
  return (
    <>
      <h1>New tie</h1>
      <p className="muted">
        A tie between two places, with the event that established it. Cite the passages that say what kind of tie it is and since when; the
        tie becomes public once a reviewer approves it.
      </p>
      <FormDraft formKey="/admin/ties/new">
        <TieForm defaultValues={emptyTieProposal(start)} labels={{ placeA: picked[start] ?? null }} />
      </FormDraft>
    </>
  );
}
