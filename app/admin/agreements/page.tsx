import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { listHref, PageLinks } from "@/components/page-links";
import { pageRequest } from "@/lib/keyset";
import { requirePermission } from "@/lib/auth";
import { listAgreementsForEditing } from "@/lib/agreement";
import { AGREEMENT_KIND_CHOICES } from "@/lib/agreement-schema";
import { agreementTitle } from "@/lib/agreement-kinds";
import { formatPartialDate } from "@/lib/partial-date";

export const metadata: Metadata = { title: "Agreements" };

type Props = { searchParams: Promise<{ q?: string | string[]; after?: string; before?: string }> };

export default async function AdminAgreementsPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const params = await searchParams;
  const query = listQuery(params.q);
  const { rows: agreements, previous, next } = await listAgreementsForEditing(query, pageRequest(params));
  return (
    <>
      <EditorList
        heading="Agreements"
        create={{ href: "/admin/agreements/new", label: "New agreement" }}
        search={{ action: "/admin/agreements", label: "Title or party", what: "an agreement" }}
        query={query}
        browsing="All agreements, most recently changed first"
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
      <PageLinks href={(cursor) => listHref("/admin/agreements", cursor)} previous={previous} next={next} />
    </>
  );
}
