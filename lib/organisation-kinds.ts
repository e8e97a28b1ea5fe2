import type { OrganisationKind } from "@/lib/generated/prisma/enums";

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  GOVERNMENT: "Government body",
  PARTY_COMMITTEE: "Party committee",
  LEGISLATURE: "Legislature",
  COMPANY: "Company",
  ASSOCIATION: "Association",
  UNIVERSITY: "University",
  MEDIA: "Media",
  INTERNATIONAL_BODY: "International body",
  OTHER: "Organisation",
};
