import type { AgreementKind } from "@/lib/generated/prisma/enums";

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  SISTERHOOD_AGREEMENT: "Sisterhood agreement",
  FRIENDSHIP_AGREEMENT: "Friendship agreement",
  FRIENDSHIP_EXCHANGE_AGREEMENT: "Friendship exchange agreement",
  MEMORANDUM_OF_UNDERSTANDING: "Memorandum of understanding",
  COOPERATION_AGREEMENT: "Cooperation agreement",
  LETTER_OF_INTENT: "Letter of intent",
  INITIATIVE: "Initiative",
  CONTRACT: "Contract",
  OTHER: "Agreement",
};

// Many agreements have no title of their own: they are named by kind and date instead
// ("Friendship agreement, 2024-06-19").
export function agreementTitle({ title, kind, signedOn }: { title: string | null; kind: AgreementKind; signedOn: string | null }) {
  return title || `${AGREEMENT_KIND_LABELS[kind]}${signedOn ? `, ${signedOn}` : ""}`;
}
