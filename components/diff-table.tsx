import type { ReactNode } from "react";
import type { FieldDiff } from "@/lib/record-diff";
import { NAME_KIND_LABELS } from "@/lib/name-schema";
import { LANGUAGE_LABELS } from "@/lib/names";

// How one field's values read: its own labels (a kind's `valueLabels` for this field),
// then the names of the records an id refers to.
type Labels = { values?: Record<string, string>; names: Record<string, string> };

function formatName(name: { text: string; lang?: string; kind?: string }): string {
  return [
    name.text,
    name.lang && (LANGUAGE_LABELS[name.lang] ?? name.lang),
    name.kind && (NAME_KIND_LABELS as Record<string, string>)[name.kind],
  ]
    .filter(Boolean)
    .join(" · ");
}

function formatEntry(value: unknown, { values, names }: Labels): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return values?.[value] ?? names[value] ?? value;
  if (typeof value === "object" && "text" in value && typeof value.text === "string") return formatName(value as { text: string });
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function Value({ value, labels, marks }: { value: unknown; labels: Labels; marks?: Set<string> }) {
  if (!Array.isArray(value)) return <>{formatEntry(value, labels)}</>;
  if (value.length === 0) return <>—</>;
  return (
    <ul className="plain-list">
      {value.map((entry, i) => {
        const isMarked = marks?.has(JSON.stringify(entry));
        return (
          <li key={i} className={isMarked ? "diff-mark" : undefined}>
            {formatEntry(entry, labels)}
          </li>
        );
      })}
    </ul>
  );
}

type Props = {
  diff: FieldDiff[];
  labels: Record<string, string>;
  valueLabels?: Record<string, Record<string, string>>;
  names: Record<string, string>;
  beforeLabel?: string;
  afterLabel?: string;
  showUnchanged?: boolean;
  // Extra cells for a changed field: the reviewer's tick box and comment box.
  renderControls?: (field: string) => ReactNode;
};

// Side by side: what is published (or was) against what is proposed (or is now). Changed
// fields are highlighted; added and removed entries of a list are marked within it.
export function DiffTable({
  diff,
  labels,
  valueLabels = {},
  names,
  beforeLabel = "Published now",
  afterLabel = "Proposed",
  showUnchanged = true,
  renderControls,
}: Props) {
  const rows = showUnchanged ? diff : diff.filter((d) => d.isChanged);
  return (
    <table className="data diff">
      <thead>
        <tr>
          <th>Field</th>
          <th>{beforeLabel}</th>
          <th>{afterLabel}</th>
          {renderControls && <th>Review</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={row.isChanged ? "diff-changed" : undefined} aria-label={labels[row.field] ?? row.field}>
            <th scope="row">
              {labels[row.field] ?? row.field}
              {row.isChanged && <span className="visually-hidden"> (changed)</span>}
            </th>
            <td className="diff-before">
              <Value
                value={row.before}
                labels={{ values: valueLabels[row.field], names }}
                marks={new Set(row.removed?.map((e) => JSON.stringify(e)))}
              />
            </td>
            <td className="diff-after">
              <Value
                value={row.after}
                labels={{ values: valueLabels[row.field], names }}
                marks={new Set(row.added?.map((e) => JSON.stringify(e)))}
              />
            </td>
            {renderControls && <td>{row.isChanged ? renderControls(row.field) : null}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
