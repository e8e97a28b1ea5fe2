import type { Claim } from "@/lib/footnotes";
import { formatClaimValue } from "@/lib/claim-values";

// The footnote numbers after a fact, and a warning when its sources disagree.
export function CitationMarks({ claim }: { claim: Claim }) {
  const [claimOf] = claim.footnotes;
  if (!claimOf) return null;
  return (
    <>
      {claim.footnotes.map((footnote) => (
        <sup className="cite" key={footnote.id}>
          <a href={`#note-${footnote.number}`} aria-label={`Source ${footnote.number}`}>
            [{footnote.number}]
          </a>
        </sup>
      ))}
      {claim.alternatives.length > 0 && !claim.isDisputed && (
        <span className="tag" title="Sources differ; a reviewer settled on the value shown">
          sources differ: also{" "}
          {claim.alternatives
            .map((a) => `${formatClaimValue(a.value, claimOf, claim.valueNames)}${a.reason ? ` (not preferred: ${a.reason})` : ""}`)
            .join("; ")}
        </span>
      )}
      {claim.isDisputed && (
        <span className="tag tag-warn" title="Sources give different values for this fact">
          sources differ: {claim.values.map((value) => formatClaimValue(value, claimOf, claim.valueNames)).join(" / ")}
        </span>
      )}
    </>
  );
}
