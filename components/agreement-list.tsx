import type { ReactNode } from "react";
import Link from "next/link";
import type { AgreementKind } from "@/lib/generated/prisma/enums";
import type { Claim, Footnotes } from "@/lib/footnotes";
import { AGREEMENT_KIND_LABELS, agreementTitle } from "@/lib/agreement-kinds";
import { formatPartialDate } from "@/lib/partial-date";
import { CitationMarks } from "@/components/citation-marks";

type ListedAgreement = { id: string; slug: string; title: string; kind: AgreementKind; signedOn: string | null };

type Item = {
  key: string;
  agreement: ListedAgreement;
  // The claim that ties the agreement to this profile: it exists, this party, this signatory.
  claim: Claim;
  // What follows the date: "as Governor", the parties.
  after?: ReactNode;
};

// One agreement as a profile lists it: linked, with its kind and its cited signing date. A
// plain function, not a component: it numbers footnotes in the order the page calls it.
export function renderAgreementItem({ key, agreement, claim, after }: Item, notes: Footnotes) {
  const signed = notes.claim("AGREEMENT", agreement.id, "signedOn");
  const signedOn = signed.preferred ?? agreement.signedOn;
  return (
    <li key={key}>
      <Link href={`/agreements/${agreement.slug}`}>
        <strong>{agreementTitle(agreement)}</strong>
      </Link>
      <CitationMarks claim={claim} />
      <div className="muted">
        {AGREEMENT_KIND_LABELS[agreement.kind]}
        {signedOn && <>, signed {formatPartialDate(signedOn)}</>}
        <CitationMarks claim={signed} />
        {after}
      </div>
    </li>
  );
}
