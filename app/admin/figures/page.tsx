import type { Metadata } from "next";
import { EditorList, listQuery } from "@/components/editor-list";
import { listHref, PageLinks } from "@/components/page-links";
import { pageRequest } from "@/lib/keyset";
import { requirePermission } from "@/lib/auth";
import { listFiguresForEditing } from "@/lib/figure";
import { formatAsOf, formatFigure } from "@/lib/figure-schema";

export const metadata: Metadata = { title: "Figures" };

type Props = { searchParams: Promise<{ q?: string | string[]; after?: string; before?: string }> };

export default async function AdminFiguresPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const params = await searchParams;
  const query = listQuery(params.q);
  const { rows: figures, previous, next } = await listFiguresForEditing(query, pageRequest(params));
  return (
    <>
      <EditorList
        heading="Figures"
        create={{ href: "/admin/figures/new", label: "New figure" }}
        search={{ action: "/admin/figures", label: "What is counted, or what it is about", what: "a figure" }}
        query={query}
        browsing="All figures, most recently changed first"
        empty={{ found: "No figure has such a label or subject.", none: "No figures recorded yet." }}
        columns={["Figure", "About", "Value", "As of"]}
        rows={figures.map((figure) => ({
          id: figure.id,
          name: figure.label,
          publicPath: figure.aboutPath ?? `/admin/figures/${figure.id}/edit`,
          editPath: `/admin/figures/${figure.id}/edit`,
          cells: [figure.about || "—", formatFigure(figure), formatAsOf(figure.asOf).replace(/^as of /, "") || "—"],
        }))}
      />
      <PageLinks href={(cursor) => listHref("/admin/figures", cursor)} previous={previous} next={next} />
    </>
  );
}
