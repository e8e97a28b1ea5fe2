import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { getImportRun, type ImportRunView } from "@/lib/import-runs";
import { formatTimestamp } from "@/lib/partial-date";
import { FormDraft } from "@/components/form-draft";
import { ImportAttribution } from "@/components/import-attribution";
import { ImportProgress } from "@/components/import-progress";
import { ImportResolutionForm } from "@/components/import-resolution-form";
import { ImportStatusTag } from "@/components/import-status-tag";
import { ImportSummary } from "@/components/import-summary";

export const metadata: Metadata = { title: "Import of the twin-cities list" };

function RunStep({ run }: { run: ImportRunView }) {
  if (run.isStalled)
    return (
      <p className="warning" role="alert">
        This import stopped without finishing. Upload the list again: rows already proposed are not proposed twice.
      </p>
    );
  if (run.status === "MATCHING" || run.status === "PROPOSING")
    return <ImportProgress status={run.status} done={run.done} total={run.total} />;
  if (run.status === "FAILED")
    return (
      <p className="warning" role="alert">
        {run.error} Upload the list again: rows already proposed are not proposed twice.
      </p>
    );
  if (run.status === "DONE") return run.summary ? <ImportSummary summary={run.summary} /> : null;
  return (
    <>
      {run.error && (
        <p className="notice" role="status">
          {run.error}
        </p>
      )}
      {/* Keyed by the list's last update: choices drafted for an older list of places do not come back. */}
      <FormDraft formKey={`/admin/imports/${run.id}/${run.updatedAt.getTime()}`}>
        <ImportResolutionForm runId={run.id} cities={run.resolutions} />
      </FormDraft>
    </>
  );
}

export default async function ImportRunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("change:propose");
  const run = await getImportRun(user, (await params).id);
  if (!run) notFound();
  return (
    <>
      <h1>Import of {run.fileName}</h1>
      <p className="muted">
        <ImportStatusTag status={run.status} isStalled={run.isStalled} /> Uploaded {formatTimestamp(run.createdAt)} ·{" "}
        <Link href="/admin/imports">All your imports</Link>
      </p>
      <ImportAttribution />
      <RunStep run={run} />
    </>
  );
}
