import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { listHref, PageLinks } from "@/components/page-links";
import { pageRequest } from "@/lib/keyset";
import { requirePermission } from "@/lib/auth";
import { listPeopleForEditing } from "@/lib/person";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<{ q?: string | string[]; after?: string; before?: string }> };

export default async function AdminPeoplePage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const params = await searchParams;
  const query = listQuery(params.q);
  const { rows: people, previous, next } = await listPeopleForEditing(query, pageRequest(params));
  return (
    <>
      <EditorList
        heading="People"
        create={{ href: "/admin/people/new", label: "New person" }}
        search={{ action: "/admin/people", label: "Name, in any script or order", what: "a person" }}
        query={query}
        browsing="All people, A–Z"
        empty={{ found: "No person has a name starting so.", none: "No people recorded yet." }}
        columns={["Person", "Positions"]}
        rows={people.map((person) => ({
          id: person.id,
          name: person.name,
          publicPath: `/people/${person.slug}`,
          editPath: `/admin/people/${person.id}/edit`,
          cells: [person.positions],
        }))}
      />
      <PageLinks href={(cursor) => listHref("/admin/people", cursor)} previous={previous} next={next} />
    </>
  );
}
