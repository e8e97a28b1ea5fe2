import type { ReactNode } from "react";
import type { FieldDiff } from "@/lib/record-diff";
import { NAME_KIND_LABELS } from "@/lib/name-schema";
import { LANGUAGE_LABELS } from "@/lib/names";
import { formatPartialDate, isPartialDate } from "@/lib/partial-date";

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

const isEmpty = (value: unknown) => value === null || value === undefined || value === "";

// A text value as a reader knows it: a code by its label, an id by the record's name, a
// date in words at its own precision ("June 2024", not "2024-06").
function formatText(value: string, { values, names }: Labels): string {
  return values?.[value] ?? names[value] ?? (isPartialDate(value) ? formatPartialDate(value) : value);
}

function formatEntry(value: unknown, labels: Labels): string {
  if (isEmpty(value)) return "—";
  if (typeof value === "string") return formatText(value, labels);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value !== "object") return String(value);
  if ("text" in value! && typeof value.text === "string") return formatName(value as { text: string });
  // An entry of a list of objects (a signatory) reads as its kind's referenceNames words it;
  // one it does not word reads as its values, never as JSON.
  const worded = labels.names[JSON.stringify(value)];
  if (worded) return worded;
  const parts = Object.values(value!).filter((part) => !isEmpty(part) && !(Array.isArray(part) && part.length === 0));
  return parts
    .map((part) => (Array.isArray(part) ? part.map((p) => formatEntry(p, labels)).join(", ") : formatEntry(part, labels)))
    .join(" · ");
}

// A text longer than this (a source's text: an imported list is megabytes) shows its start
// and its length; the whole is on the source's page.
const LONG_TEXT = 1_000;

function LongText({ text }: { text: string }) {
  return (
    <>
      {text.slice(0, 300)}… <span className="muted">({text.length.toLocaleString("en")} characters)</span>
    </>
  );
}

function Value({ value, labels, marks }: { value: unknown; labels: Labels; marks?: Set<string> }) {
  if (typeof value === "string" && value.length > LONG_TEXT) return <LongText text={value} />;
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
