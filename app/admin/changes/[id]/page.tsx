import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { changePageTitle } from "@/lib/page-title";
import { getChangeDetail, pageNumber } from "@/lib/change-detail";
import { ChangeOverviewSummary, ChangeParts } from "@/components/change-overview";
import { ChangeStatusTag } from "@/components/change-status-tag";
import { ChangeItemView } from "@/components/change-item-view";
import { ReviewComments } from "@/components/review-comments";
import { ChangeActionButton } from "@/components/change-action-button";
import { CommentForm } from "@/components/comment-form";
import { commentAction, submitDraftAction, withdrawChangeAction } from "@/app/admin/changes/actions";
import { OutOfDateTag } from "@/components/out-of-date-tag";
import { isOpen } from "@/lib/change-workflow";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return changePageTitle(id, "Change", "Change");
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

export default async function ChangePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const detail = await getChangeDetail(user, (await params).id, pageNumber((await searchParams).page));
  if (!detail) notFound();
  const { change, items, canEdit, canSubmit, canWithdraw, canReview, overview } = detail;
  const parts = overview && <ChangeParts overview={overview} total={change.items.length} path={`/admin/changes/${change.id}`} />;
  const fieldLabels = Object.assign({}, ...items.map((item) => item.fieldLabels));
  return (
    <>
      <h1>{change.title}</h1>
      <p className="muted">
        <ChangeStatusTag status={change.status} /> Proposed by {change.author.name}
        {change.reviewer && <> · reviewed by {change.reviewer.name}</>}
        {items.some((item) => item.staleSince) && (
          <>
            {" "}
            <OutOfDateTag />
          </>
        )}
      </p>
      <div className="row" style={{ marginBottom: "1rem" }}>
        {canReview && (
          <div className="shrink">
            <Link className="button" href={`/admin/review/${change.id}`}>
              Review this change
            </Link>
          </div>
        )}
        {canEdit && (
          <div className="shrink">
            <Link className="button" href={`/admin/changes/${change.id}/edit`}>
              {change.status === "DRAFT" ? "Edit draft" : "Revise and resubmit"}
            </Link>
          </div>
        )}
        {canSubmit && change.status === "DRAFT" && (
          <div className="shrink">
            <ChangeActionButton label="Submit for review" className="" action={submitDraftAction.bind(null, change.id)} />
          </div>
        )}
        {canWithdraw && (
          <div className="shrink">
            <ChangeActionButton
              label="Withdraw"
              confirm="Withdraw this change? It will not be reviewed."
              action={withdrawChangeAction.bind(null, change.id)}
            />
          </div>
        )}
      </div>
      <ReviewComments comments={change.comments} fieldLabels={fieldLabels} />
      {overview && <ChangeOverviewSummary overview={overview} total={change.items.length} />}
      {parts}
      <div className="stack" style={{ marginTop: "1rem" }}>
        {items.map((item) => (
          <ChangeItemView key={item.id} item={item} />
        ))}
      </div>
      {parts}
      {isOpen(change.status) && (
        <div className="card" style={{ marginTop: "1rem" }}>
          <CommentForm action={commentAction.bind(null, change.id)} />
        </div>
      )}
    </>
  );
}
