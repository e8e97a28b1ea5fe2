import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { changePageTitle } from "@/lib/page-title";
import { getChangeDetail } from "@/lib/change-detail";
import { ChangeStatusTag } from "@/components/change-status-tag";
import { ChangeItemView } from "@/components/change-item-view";
import { ReviewComments } from "@/components/review-comments";
import { ReviewDecisionForm } from "@/components/review-decision-form";
import { OutOfDateTag } from "@/components/out-of-date-tag";
import { formatTimestamp } from "@/lib/partial-date";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return changePageTitle(id, "Review", "Review a change");
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("change:review");
  const detail = await getChangeDetail(user, (await params).id);
  if (!detail) notFound();
  const { change, items, canDecide } = detail;
  const isOwn = change.authorId === user.id;
  const fieldLabels = Object.assign({}, ...items.map((item) => item.fieldLabels));
  return (
    <>
      <h1>{change.title}</h1>
      <p className="muted">
        <ChangeStatusTag status={change.status} /> Proposed by {change.author.name}
        {change.submittedAt && <> on {formatTimestamp(change.submittedAt)}</>}
        {change.reviewer && <> · reviewed by {change.reviewer.name}</>}
        {items.some((item) => item.staleSince) && (
          <>
            {" "}
            <OutOfDateTag />
          </>
        )}
      </p>
      {isOwn && (
        <p className="warning" role="note">
          This is your own change: another reviewer must decide on it.
        </p>
      )}
      <ReviewComments comments={change.comments} fieldLabels={fieldLabels} />
      {canDecide ? (
        <ReviewDecisionForm changeId={change.id} revision={change.revision} items={items} />
      ) : (
        <div className="stack">
          {items.map((item) => (
            <ChangeItemView key={item.id} item={item} />
          ))}
        </div>
      )}
    </>
  );
}
