import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { changePageTitle } from "@/lib/page-title";
import { getChangeDetail, pageNumber } from "@/lib/change-detail";
import { ChangeStatusTag } from "@/components/change-status-tag";
import { ChangeItemView } from "@/components/change-item-view";
import { ReviewComments } from "@/components/review-comments";
import { ReviewDecisionForm } from "@/components/review-decision-form";
import { OutOfDateTag } from "@/components/out-of-date-tag";
import { formatTimestamp } from "@/lib/partial-date";
import { ChangeOverviewSummary, ChangeParts, ChangeSample } from "@/components/change-overview";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return changePageTitle(id, "Review", "Review a change");
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

export default async function ReviewPage({ params, searchParams }: Props) {
  const user = await requirePermission("change:review");
  const detail = await getChangeDetail(user, (await params).id, pageNumber((await searchParams).page));
  if (!detail) notFound();
  const { change, items, canDecide, overview } = detail;
  const total = change.items.length;
  const parts = overview && <ChangeParts overview={overview} total={total} path={`/admin/review/${change.id}`} />;
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
      {overview && (
        <>
          <ChangeOverviewSummary overview={overview} total={total} />
          <ChangeSample overview={overview} />
          <h2>Every part</h2>
          {parts}
        </>
      )}
      {canDecide ? (
        <ReviewDecisionForm
          changeId={change.id}
          revision={change.revision}
          items={items}
          approveLabel={overview ? `Approve all ${total.toLocaleString("en")} parts` : "Approve"}
        />
      ) : (
        <div className="stack">
          {items.map((item) => (
            <ChangeItemView key={item.id} item={item} />
          ))}
        </div>
      )}
      {parts}
    </>
  );
}
