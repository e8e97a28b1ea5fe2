import type { ReactNode } from "react";
import Link from "next/link";
import type { ItemReview } from "@/lib/change-detail";
import { DiffTable } from "@/components/diff-table";
import { PossiblySameList } from "@/components/possibly-same-list";

const OPERATION_WORDS: Record<string, string> = { CREATE: "New", UPDATE: "Edit of", DELETE: "Removal of", MERGE: "Merge of" };
const STATUS_WORDS: Record<ItemReview["status"], string> = { PENDING: "Awaiting review", APPROVED: "Approved", RETURNED: "Returned" };

// An approved part shows what it replaced and what it published; any other what is
// published now against what is proposed.
function diffHeadings(item: ItemReview) {
  if (item.status === "APPROVED")
    return { beforeLabel: item.operation === "CREATE" ? "Before (nothing)" : "Before", afterLabel: "Approved" };
  return { beforeLabel: item.operation === "CREATE" ? "Published now (nothing)" : "Published now", afterLabel: "Proposed" };
}

type Props = { item: ItemReview; renderControls?: (field: string) => ReactNode; headerControl?: ReactNode };

// One record of a change: what it does, what it alters in public, and the field-by-field
// comparison with what is published now. Plain markup, used by server and client pages.
export function ChangeItemView({ item, renderControls, headerControl }: Props) {
  return (
    <section className="card stack-sm" aria-label={`${OPERATION_WORDS[item.operation]} ${item.label.toLowerCase()} ${item.title}`}>
      <h2 className="item-heading">
        {OPERATION_WORDS[item.operation]} {item.label.toLowerCase()}: {item.title}{" "}
        {item.status !== "PENDING" && <span className="tag">{STATUS_WORDS[item.status]}</span>}
      </h2>
      {item.problem && (
        <p className="warning" role="alert">
          {item.problem} It cannot be approved; return the change to its author.
        </p>
      )}
      {item.mergeInto && (
        <p>
          Merges into <strong>{item.mergeInto}</strong>: its names, ties and citations move there, and this page redirects.
        </p>
      )}
      {headerControl}
      <PossiblySameList records={item.possiblySame} noun={item.label.toLowerCase()} />
      {item.staleSince && (
        <div className="warning" role="alert">
          <p style={{ marginTop: 0 }}>
            This {item.label.toLowerCase()} changed since the change was prepared (prepared against version {item.staleSince.baseVersion},
            published now: version {item.staleSince.currentVersion}). It cannot be approved until the author rebases it on the current
            version.
          </p>
          <DiffTable
            diff={item.staleSince.diff}
            labels={item.fieldLabels}
            valueLabels={item.valueLabels}
            names={item.names}
            beforeLabel={`Version ${item.staleSince.baseVersion}`}
            afterLabel="Published now"
            showUnchanged={false}
          />
        </div>
      )}
      <DiffTable
        diff={item.diff}
        labels={item.fieldLabels}
        valueLabels={item.valueLabels}
        names={item.names}
        renderControls={renderControls}
        {...diffHeadings(item)}
      />
      {item.keyClaims.length > 0 && (
        <ul className="small" aria-label="Key claims">
          {item.keyClaims.map((claim) => (
            <li key={claim.field}>
              {claim.field === "exists" ? "That it exists" : (item.fieldLabels[claim.field] ?? claim.field)}:{" "}
              {claim.isCited ? <span className="tag tag-ok">cited</span> : <span className="tag tag-danger">not cited</span>}
              {claim.isDisputed && (
                <>
                  {" "}
                  <span className="tag tag-warn">sources differ</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {item.affectedPages.length > 0 && (
        <p className="small">
          <strong>Impact:</strong> approving alters{" "}
          {item.affectedPages.map((page, i) => (
            <span key={`${page.path}-${i}`}>
              {i > 0 && ", "}
              {/* Not prefetched: a prefetch renders and caches the public page as it is before this
                  decision, and one still rendering when the decision lands would be cached stale. */}
              {page.path ? (
                <Link href={page.path} prefetch={false}>
                  {page.title}
                </Link>
              ) : (
                page.title
              )}
            </span>
          ))}
          .
        </p>
      )}
    </section>
  );
}
