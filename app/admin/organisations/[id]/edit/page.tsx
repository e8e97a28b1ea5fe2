import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth";
import { recordPageTitle } from "@/lib/page-title";
import { getOrganisationForEditing, getOrganisationPicks } from "@/lib/organisation";
import { listCitationsFor } from "@/lib/citation";
import { uncited } from "@/lib/claim-citation-schema";
import { ORGANISATION_FIELD_LABELS } from "@/lib/organisation-schema";
import { OrganisationForm } from "@/components/organisation-form";
import { CitationList } from "@/components/citation-list";
import { FormDraft } from "@/components/form-draft";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordPageTitle("change:propose", "Edit organisation", async () => {
    const organisation = await getOrganisationForEditing(id);
    return organisation && `Edit organisation: ${organisation.title}`;
  });
}

const CLAIM_LABELS = { exists: "That the organisation exists", ...ORGANISATION_FIELD_LABELS };

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("change:propose");
  const { id } = await params;
  const [organisation, citations] = await Promise.all([getOrganisationForEditing(id), listCitationsFor("ORGANISATION", id)]);
  if (!organisation) notFound();
  const values = { ...organisation.content, existsCitation: uncited() };
  return (
    <>
      <h1>Edit {organisation.title}</h1>
      <p className="muted">
        Your edit is proposed against version {organisation.version}; it goes public once a reviewer approves it.
        {organisation.publicPath && (
          <>
            {" "}
            <Link href={organisation.publicPath}>Public page</Link>
          </>
        )}
      </p>
      <FormDraft formKey={`/admin/organisations/${id}/edit`}>
        <OrganisationForm
          defaultValues={values}
          target={{ organisationId: id, baseVersion: organisation.version }}
          picks={await getOrganisationPicks(values)}
        />
      </FormDraft>
      <h2>Citations</h2>
      <CitationList citations={citations} labels={CLAIM_LABELS} />
    </>
  );
}
