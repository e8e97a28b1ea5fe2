import type { Metadata } from "next";
import Link from "next/link";
import { NameSearchForm } from "@/components/name-search-form";
import { requirePermission } from "@/lib/auth";
import { listAgreementsForEditing } from "@/lib/agreement";
import { AGREEMENT_KIND_CHOICES } from "@/lib/agreement-schema";
import { formatPartialDate } from "@/lib/partial-date";

export const metadata: Metadata = { title: "Agreements" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminAgreementsPage({ searchParams }: Props) {
  await requirePermission("change:propose");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.trim() : "";
  const agreements = await listAgreementsForEditing(query);
  return (
    <>
      <h1>Agreements</h1>
      <p>
        <Link className="button" href="/admin/agreements/new">
          New agreement
        </Link>
      </p>
      <NameSearchForm action="/admin/agreements" label="Title or party" what="an agreement" query={query} />
      <h2>{query ? `Found for “${query}”` : "Recently changed"}</h2>
      {agreements.length === 0 ? (
        <p className="muted">{query ? "No agreement has such a title or party." : "No agreements recorded yet."}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Agreement</th>
              <th>Kind</th>
              <th>Signed</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((agreement) => {
              const title = agreement.title || AGREEMENT_KIND_CHOICES[agreement.kind];
              return (
                <tr key={agreement.id}>
                  <td>
                    <Link href={`/agreements/${agreement.slug}`}>{title}</Link>
                  </td>
                  <td>{AGREEMENT_KIND_CHOICES[agreement.kind]}</td>
                  <td>{formatPartialDate(agreement.signedOn) || "—"}</td>
                  <td>
                    <Link href={`/admin/agreements/${agreement.id}/edit`} aria-label={`Edit ${title}`}>
                      Edit
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
