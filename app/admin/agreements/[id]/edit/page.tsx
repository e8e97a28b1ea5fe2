import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getAgreementForEditing, getAgreementPicks } from "@/lib/agreement";
import { listCitationsFor } from "@/lib/citation";
import { AGREEMENT_FIELD_LABELS, uncitedAgreement, type AgreementFormValues } from "@/lib/agreement-schema";
import { AgreementForm } from "@/components/agreement-form";
import { CitationList } from "@/components/citation-list";
import { FormDraft } from "@/components/form-draft";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Edit agreement", async () => {
    const agreement = await getAgreementForEditing(id);
    return agreement && `Edit agreement: ${agreement.title}`;
  });
}

const CLAIM_LABELS = { exists: "That the agreement exists", ...AGREEMENT_FIELD_LABELS };

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const [agreement, citations] = await Promise.all([getAgreementForEditing(id), listCitationsFor("AGREEMENT", id)]);
  if (!agreement) notFound();
  const values: AgreementFormValues = { ...agreement.content, citations: uncitedAgreement(), tieEvent: null };
  return (
    <>
      <h1>Edit {agreement.title}</h1>
      <p className="muted">
        Your edit is proposed against version {agreement.version}; it goes public once a reviewer approves it.
        {agreement.publicPath && (
          <>
            {" "}
            <Link href={agreement.publicPath}>Public page</Link>
          </>
        )}
      </p>
      <FormDraft formKey={`/admin/agreements/${id}/edit`}>
        <AgreementForm
          defaultValues={values}
          target={{ agreementId: id, baseVersion: agreement.version }}
          picked={await getAgreementPicks(values)}
        />
      </FormDraft>
      <h2>Citations</h2>
      <CitationList citations={citations} labels={CLAIM_LABELS} />
    </>
  );
}
