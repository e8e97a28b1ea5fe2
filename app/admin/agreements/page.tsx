import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { requirePermission } from "@/lib/auth";
import { listAgreementsForEditing } from "@/lib/agreement";
import { AGREEMENT_KIND_CHOICES } from "@/lib/agreement-schema";
import { agreementTitle } from "@/lib/agreement-kinds";
import { formatPartialDate } from "@/lib/partial-date";

export const metadata: Metadata = { title: "Agreements" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminAgreementsPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const query = listQuery((await searchParams).q);
  const agreements = await listAgreementsForEditing(query);
  return (
    <EditorList
      heading="Agreements"
      create={{ href: "/admin/agreements/new", label: "New agreement" }}
      search={{ action: "/admin/agreements", label: "Title or party", what: "an agreement" }}
      query={query}
      empty={{ found: "No agreement has such a title or party.", none: "No agreements recorded yet." }}
      columns={["Agreement", "Kind", "Signed"]}
      rows={agreements.map((agreement) => ({
        id: agreement.id,
        name: agreementTitle(agreement),
        publicPath: `/agreements/${agreement.slug}`,
        editPath: `/admin/agreements/${agreement.id}/edit`,
        cells: [AGREEMENT_KIND_CHOICES[agreement.kind], formatPartialDate(agreement.signedOn) || "—"],
      }))}
    />
  );
}
