import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getPlaceForEditing } from "@/lib/place";
import { compareRevisions, listRevisions } from "@/lib/revision";
import { RevisionList } from "@/components/revision-list";
import { DiffTable } from "@/components/diff-table";
import { ChangeActionButton } from "@/components/change-action-button";
import { restorePlaceVersion } from "@/app/admin/places/actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Place history", async () => {
    const place = await getPlaceForEditing(id);
    return place && `History of ${place.title}`;
  });
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function PlaceHistoryPage({ params, searchParams }: Props) {
  await requirePermission("change:propose");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [place, revisions] = await Promise.all([getPlaceForEditing(id), listRevisions("PLACE", id)]);
  if (!place) notFound();
  const from = Number(query.from) || revisions[1]?.version;
  const to = Number(query.to) || revisions[0]?.version;
  const comparison = from && to ? await compareRevisions("PLACE", id, from, to) : null;
  const versionOptions = revisions.map((r) => (
    <option key={r.version} value={r.version}>
      Version {r.version}
    </option>
  ));
  return (
    <>
      <h1>History of {place.title}</h1>
      <RevisionList
        revisions={revisions}
        renderActions={(revision) =>
          revision.version !== place.version && (
            <ChangeActionButton
              label={`Restore version ${revision.version}`}
              action={restorePlaceVersion.bind(null, { placeId: id, version: revision.version })}
            />
          )
        }
      />
      <h2>Compare versions</h2>
      <form className="row card" method="get" aria-label="Compare versions">
        <div className="field">
          <label htmlFor="from">From</label>
          <select id="from" name="from" defaultValue={from}>
            {versionOptions}
          </select>
        </div>
        <div className="field">
          <label htmlFor="to">To</label>
          <select id="to" name="to" defaultValue={to}>
            {versionOptions}
          </select>
        </div>
        <div className="shrink">
          <button type="submit" className="secondary">
            Compare
          </button>
        </div>
      </form>
      {comparison && (
        <DiffTable
          diff={comparison.diff}
          labels={comparison.labels}
          valueLabels={comparison.valueLabels}
          names={comparison.names}
          beforeLabel={`Version ${from}`}
          afterLabel={`Version ${to}`}
        />
      )}
    </>
  );
}
