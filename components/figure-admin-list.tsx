import Link from "next/link";
import type { FigureQualifier } from "@/lib/generated/prisma/enums";
import { formatAsOf, formatFigure, type FigureSubject } from "@/lib/figure-schema";

type ListedFigure = { id: string; label: string; value: number; qualifier: FigureQualifier; unit: string | null; asOf: string | null };

// The figures about a record, on its edit page: each to edit, and one more to add, already
// about this record.
export function FigureAdminList({ figures, subject, id }: { figures: ListedFigure[]; subject: FigureSubject; id: string }) {
  return (
    <section aria-labelledby="figures">
      <h2 id="figures">Figures</h2>
      {figures.length === 0 ? (
        <p className="muted">No figures yet.</p>
      ) : (
        <ul>
          {figures.map((figure) => (
            <li key={figure.id}>
              {figure.label}: {formatFigure(figure)}
              {figure.asOf && `, ${formatAsOf(figure.asOf)}`}{" "}
              <Link href={`/admin/figures/${figure.id}/edit`} aria-label={`Edit ${figure.label}`}>
                Edit
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/admin/figures/new?${new URLSearchParams({ [subject]: id })}`}>Add a figure</Link>
      </p>
    </section>
  );
}
