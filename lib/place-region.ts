import type { PlaceLevel } from "@/lib/generated/prisma/enums";

// The region a place lies in, as its public pages name it: its parent, unless the parent is
// the country itself. Those pages always name the country, so a province whose parent is
// China would otherwise read "Province, China · China".
export function regionOf<Parent extends { level: PlaceLevel }>(parent: Parent | null): Parent | null {
  return parent?.level === "COUNTRY" ? null : parent;
}
