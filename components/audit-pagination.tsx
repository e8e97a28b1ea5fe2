import Link from "next/link";
import type { AuditFilters } from "@/lib/audit-log";

type Props = { filters: AuditFilters; total: number; pageCount: number };

function hrefFor(filters: AuditFilters, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) {
    if (value !== undefined && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}

export function AuditPagination({ filters, total, pageCount }: Props) {
  const { page } = filters;
  return (
    <nav className="row small" aria-label="Pages" style={{ marginTop: "1rem", justifyContent: "space-between" }}>
      <span className="shrink">{page > 1 && <Link href={hrefFor(filters, page - 1)}>← Newer</Link>}</span>
      <span className="shrink muted">
        Page {page} of {pageCount} · {total} {total === 1 ? "event" : "events"}
      </span>
      <span className="shrink">{page < pageCount && <Link href={hrefFor(filters, page + 1)}>Older →</Link>}</span>
    </nav>
  );
}
