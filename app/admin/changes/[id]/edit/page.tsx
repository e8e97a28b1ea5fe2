import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { changePageTitle } from "@/lib/page-title";
import { getChangeDetail } from "@/lib/change-detail";
import { readChangeItem, type ReadItem } from "@/lib/change-item";
import { rebasedForRevision } from "@/lib/change-rebase";
import { ChangeItemView } from "@/components/change-item-view";
import { ReviseForm } from "@/components/revise-forms";
import { FormDraft } from "@/components/form-draft";
import { ReviewFieldNotes } from "@/components/review-field-notes";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return changePageTitle(id, "Revise", "Revise a change");
}

// The record the change is about: a tie event or source rather than the citations that
// come with it; a change of citations only (a settlement) is about its first.
function mainItem(items: ReadItem[]): ReadItem | undefined {
  return items.find((item) => item.kind !== "CITATION") ?? items[0];
}

export default async function ReviseChangePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const detail = await getChangeDetail(user, (await params).id);
  if (!detail || !detail.canEdit) notFound();
  const open = detail.change.items.filter((row) => row.status !== "APPROVED");
  const readings = open.map(readChangeItem);
  const main = mainItem(readings.flatMap((reading) => (reading.ok ? [reading.item] : [])));
  const problem = readings.find((reading) => !reading.ok);
  return (
    <>
      <h1>Revise: {detail.change.title}</h1>
      {detail.items
        .filter((item) => item.staleSince)
        .map((item) => (
          <ChangeItemView key={item.id} item={item} />
        ))}
      <p className="muted">
        Your proposal is rebased on the version published now: the fields you changed keep your values, every other field takes the
        published one. Where an approval since changed a field you also changed, yours is kept and flagged to the reviewer.
      </p>
      {problem && !problem.ok ? (
        <p className="warning" role="alert">
          {problem.problem} Withdraw this change and propose it again.
        </p>
      ) : main ? (
        <ReviewFieldNotes notes={detail.notes}>
          <FormDraft formKey={`/admin/changes/${detail.change.id}/edit`}>
            <ReviseForm changeId={detail.change.id} item={await rebasedForRevision(main)} open={open} />
          </FormDraft>
        </ReviewFieldNotes>
      ) : (
        <p className="muted">Nothing in this change is left to revise.</p>
      )}
    </>
  );
}
