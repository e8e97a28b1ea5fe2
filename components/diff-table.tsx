import type { ReactNode } from "react";
import type { FieldDiff } from "@/lib/record-diff";
import { PLACE_LEVEL_LABELS, NAME_KIND_LABELS } from "@/lib/place-schema";
import { countryName, COUNTRIES } from "@/lib/countries";
import { languageLabel, LANGUAGES } from "@/lib/names";
import { SOURCE_KIND_LABELS } from "@/lib/source-schema";

const ENUM_LABELS: Record<string, string> = {
  ...PLACE_LEVEL_LABELS, ...NAME_KIND_LABELS, ...SOURCE_KIND_LABELS,
  ...Object.fromEntries(LANGUAGES.map((l) => [l.code, l.label])),
};
const COUNTRY_CODES = new Set<string>(COUNTRIES.map((c) => c.code));

function formatEntry(value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") {
    if (names[value]) return names[value];
    if (ENUM_LABELS[value]) return ENUM_LABELS[value];
    if (COUNTRY_CODES.has(value)) return countryName(value);
    return value;
  }
  if (typeof value === "object" && value && "text" in value) {
    const name = value as { text: string; lang?: string; kind?: string };
    return [name.text, name.lang && languageLabel(name.lang), name.kind && ENUM_LABELS[name.kind]].filter(Boolean).join(" · ");
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function Value({ value, names, marks }: { value: unknown; names: Record<string, string>; marks?: Set<string> }) {
  if (!Array.isArray(value)) return <>{formatEntry(value, names)}</>;
  if (value.length === 0) return <>—</>;
  return (
    <ul className="plain-list">
      {value.map((entry, i) => {
        const isMarked = marks?.has(JSON.stringify(entry));
        return <li key={i} className={isMarked ? "diff-mark" : undefined}>{formatEntry(entry, names)}</li>;
      })}
    </ul>
  );
}

type Props = {
  diff: FieldDiff[];
  labels: Record<string, string>;
  names: Record<string, string>;
  beforeLabel?: string;
  afterLabel?: string;
  showUnchanged?: boolean;
  // Extra cells for a changed field: the reviewer's tick box and comment box.
  renderControls?: (field: string) => ReactNode;
};

// Side by side: what is published (or was) against what is proposed (or is now). Changed
// fields are highlighted; added and removed entries of a list are marked within it.
export function DiffTable({ diff, labels, names, beforeLabel = "Published now", afterLabel = "Proposed", showUnchanged = true, renderControls }: Props) {
  const rows = showUnchanged ? diff : diff.filter((d) => d.isChanged);
  return (
    <table className="data diff">
      <thead>
        <tr><th>Field</th><th>{beforeLabel}</th><th>{afterLabel}</th>{renderControls && <th>Review</th>}</tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={row.isChanged ? "diff-changed" : undefined} aria-label={labels[row.field] ?? row.field}>
            <th scope="row">{labels[row.field] ?? row.field}{row.isChanged && <span className="visually-hidden"> (changed)</span>}</th>
            <td className="diff-before"><Value value={row.before} names={names} marks={new Set(row.removed?.map((e) => JSON.stringify(e)))} /></td>
            <td className="diff-after"><Value value={row.after} names={names} marks={new Set(row.added?.map((e) => JSON.stringify(e)))} /></td>
            {renderControls && <td>{row.isChanged ? renderControls(row.field) : null}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
