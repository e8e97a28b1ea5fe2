import { ITEMS_PER_PAGE, type ChangeOverview } from "@/lib/change-detail";
import { ChangeItemView } from "@/components/change-item-view";
import { PageLinks } from "@/components/page-links";

const OPERATION_WORDS: Record<string, string> = { CREATE: "new", UPDATE: "edits of", DELETE: "removals of", MERGE: "merges of" };

// What a large change (an import's batch) holds, at a glance: how many records of each kind,
// which published records it points at, and a random sample of its records with the parts
// that cite them, to check against their source before deciding on the whole.
export function ChangeOverviewSummary({ overview, total }: { overview: ChangeOverview; total: number }) {
  return (
    <section className="card stack-sm" aria-labelledby="overview-heading">
      <h2 id="overview-heading">What this change holds</h2>
      <p>
        {total.toLocaleString("en")} parts:{" "}
        {overview.counts
          .map((count) => `${count.count.toLocaleString("en")} ${OPERATION_WORDS[count.operation]} ${plural(count.label, count.count)}`)
          .join(", ")}
        .
      </p>
      {overview.published.length > 0 && (
        <p>
          It points at {overview.published.length.toLocaleString("en")} published records: {overview.published.slice(0, 30).join(", ")}
          {overview.published.length > 30 && ` and ${overview.published.length - 30} more`}.
        </p>
      )}
    </section>
  );
}

export function ChangeSample({ overview }: { overview: ChangeOverview }) {
  return (
    <section className="stack-sm" aria-labelledby="sample-heading">
      <h2 id="sample-heading">A random sample to check</h2>
      <p className="muted small">The same sample for this version of the change, each record with the parts that point at it.</p>
      {overview.sample.map((item) => (
        <ChangeItemView key={item.id} item={item} />
      ))}
    </section>
  );
}

// "Parts 51–100 of 493" with links to the pages either side.
export function ChangeParts({ overview, total, path }: { overview: ChangeOverview; total: number; path: string }) {
  const first = (overview.page - 1) * ITEMS_PER_PAGE + 1;
  const last = Math.min(total, overview.page * ITEMS_PER_PAGE);
  return (
    <PageLinks
      href={(cursor) => `${path}?page=${cursor.after ?? cursor.before}`}
      previous={overview.page > 1 ? String(overview.page - 1) : null}
      next={overview.page < overview.pages ? String(overview.page + 1) : null}
      summary={`Parts ${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${total.toLocaleString("en")}`}
    />
  );
}

const plural = (label: string, count: number) => {
  const word = label.toLowerCase();
  return count === 1 ? word : word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`;
};
