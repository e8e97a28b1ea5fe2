import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { requirePermission } from "@/lib/auth";
import { listDelegationsForEditing } from "@/lib/delegation";
import { formatPartialDate } from "@/lib/partial-date";

export const metadata: Metadata = { title: "Delegations" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminDelegationsPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const query = listQuery((await searchParams).q);
  const delegations = await listDelegationsForEditing(query);
  return (
    <EditorList
      heading="Delegations"
      create={{ href: "/admin/delegations/new", label: "New delegation" }}
      search={{ action: "/admin/delegations", label: "Title or leader", what: "a delegation" }}
      query={query}
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
  );
}
