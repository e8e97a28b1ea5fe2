import type { NameKind } from "@/lib/enums";
import type { Claim, Footnotes } from "@/lib/footnotes";
import { languageLabel } from "@/lib/names";
import { NAME_KIND_LABELS } from "@/lib/name-schema";
import { CitationMarks } from "@/components/citation-marks";

type Name = { id: string; text: string; lang: string; kind: NameKind; isPreferred: boolean };
type CitedName = Name & { claim: Claim };

export const isShownNative = (name: Name) => name.kind === "NATIVE" && name.isPreferred;

// The names a profile lists, each with its citations, the preferred native names (shown
// beside the heading) last. Call while building the page, so footnotes keep its order.
export function citeNames(names: Name[], notes: Footnotes): CitedName[] {
  const ordered = names.filter((n) => !isShownNative(n)).concat(names.filter(isShownNative));
  return ordered.map((name) => ({ ...name, claim: notes.claim("NAME", name.id, "exists") }));
}

// Every recorded name, in any script, marked with its language for the right glyphs.
export function NameList({ names }: { names: CitedName[] }) {
  return (
    <ul className="plain-list">
      {names.map((name) => (
        <li key={name.id}>
          <span lang={name.lang}>{name.text}</span>{" "}
          <span className="muted small">
            {languageLabel(name.lang)}, {NAME_KIND_LABELS[name.kind].toLowerCase()}
          </span>
          <CitationMarks claim={name.claim} />
        </li>
      ))}
    </ul>
  );
}
