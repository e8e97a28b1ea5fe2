import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { requirePermission } from "@/lib/auth";
import { listPeopleForEditing } from "@/lib/person";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminPeoplePage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const query = listQuery((await searchParams).q);
  const people = await listPeopleForEditing(query);
  return (
    <EditorList
      heading="People"
      create={{ href: "/admin/people/new", label: "New person" }}
      search={{ action: "/admin/people", label: "Name, in any script or order", what: "a person" }}
      query={query}
      empty={{ found: "No person has a name starting so.", none: "No people recorded yet." }}
      columns={["Person", "Positions"]}
      rows={people.map((person) => ({
        id: person.id,
        name: person.name,
        publicPath: `/people/${person.slug}`,
        editPath: `/admin/people/${person.id}/edit`,
        cells: [person._count.positions],
      }))}
    />
  );
}
