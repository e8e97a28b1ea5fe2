import type { EventKind } from "@/lib/generated/prisma/enums";

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  FORUM: "Forum",
  EXHIBITION: "Exhibition",
  FESTIVAL: "Festival",
  SPORTS: "Sports event",
  PROMOTION: "Promotion",
  DESIGNATION: "Designation",
  CEREMONY: "Ceremony",
  EXCHANGE_PROGRAMME: "Exchange programme",
  MEETING: "Meeting",
  OTHER: "Event",
};
