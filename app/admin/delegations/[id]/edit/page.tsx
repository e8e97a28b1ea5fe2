import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getDelegationForEditing, getDelegationPicks } from "@/lib/delegation";
import { listCitationsFor } from "@/lib/citation";
import { DELEGATION_FIELD_LABELS, DELEGATION_REMOVAL_HINT, uncitedDelegation, type DelegationFormValues } from "@/lib/delegation-schema";
import { proposeDelegationRemovalAction } from "@/app/admin/delegations/actions";
import { DelegationForm } from "@/components/delegation-form";
import { CitationList } from "@/components/citation-list";
import { RemovalForm } from "@/components/removal-form";
import { FormDraft } from "@/components/form-draft";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Edit delegation", async () => {
    const delegation = await getDelegationForEditing(id);
    return delegation && `Edit delegation: ${delegation.title}`;
  });
}

const CLAIM_LABELS = { exists: "That the delegation exists", ...DELEGATION_FIELD_LABELS };

export default async function EditDelegationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const [delegation, citations] = await Promise.all([getDelegationForEditing(id), listCitationsFor("DELEGATION", id)]);
  if (!delegation) notFound();
  const values: DelegationFormValues = { ...delegation.content, citations: uncitedDelegation(), newPeople: [] };
  const { picked, positions } = await getDelegationPicks(values);
  return (
    <>
      <h1>Edit {delegation.title}</h1>
      <p className="muted">
        Your edit is proposed against version {delegation.version}; it goes public once a reviewer approves it.
        {delegation.publicPath && (
          <>
            {" "}
            <Link href={delegation.publicPath}>Public page</Link>
          </>
        )}
      </p>
      <FormDraft formKey={`/admin/delegations/${id}/edit`}>
        <DelegationForm
          defaultValues={values}
          target={{ delegationId: id, baseVersion: delegation.version }}
          picked={picked}
          positions={positions}
        />
      </FormDraft>
      <h2>Citations</h2>
      <CitationList citations={citations} labels={CLAIM_LABELS} />
      <h2>Remove</h2>
      <RemovalForm
        noun="delegation"
        recordId={id}
        title={delegation.title}
        hint={DELEGATION_REMOVAL_HINT}
        propose={proposeDelegationRemovalAction}
      />
    </>
  );
}
