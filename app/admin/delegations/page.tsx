import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { listHref, PageLinks } from "@/components/page-links";
import { pageRequest } from "@/lib/keyset";
import { requirePermission } from "@/lib/auth";
import { listDelegationsForEditing } from "@/lib/delegation";
import { formatPartialDate } from "@/lib/partial-date";

export const metadata: Metadata = { title: "Delegations" };

type Props = { searchParams: Promise<{ q?: string | string[]; after?: string; before?: string }> };

export default async function AdminDelegationsPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const params = await searchParams;
  const query = listQuery(params.q);
  const { rows: delegations, previous, next } = await listDelegationsForEditing(query, pageRequest(params));
  return (
    <>
      <EditorList
        heading="Delegations"
        create={{ href: "/admin/delegations/new", label: "New delegation" }}
        search={{ action: "/admin/delegations", label: "Title or leader", what: "a delegation" }}
        query={query}
        browsing="All delegations, A–Z"
        empty={{ found: "No delegation has such a title or leader.", none: "No delegations recorded yet." }}
        columns={["Led by", "From", "Until"]}
        rows={delegations.map((delegation) => ({
          id: delegation.id,
          name: delegation.title,
          publicPath: `/delegations/${delegation.slug}`,
          editPath: `/admin/delegations/${delegation.id}/edit`,
          cells: [delegation.leader?.name ?? "—", formatPartialDate(delegation.startOn) || "—", formatPartialDate(delegation.endOn) || "—"],
        }))}
      />
      <PageLinks href={(cursor) => listHref("/admin/delegations", cursor)} previous={previous} next={next} />
    </>
  );
}
