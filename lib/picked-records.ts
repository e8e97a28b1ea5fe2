import "server-only";
import { getPickedRecords } from "@/lib/record-picker-search";
import type { PickableType, PickedRecord } from "@/lib/record-picker-schema";

type Ids = (string | null | undefined)[];

// What the pickers of an entry form show for the ids it starts with (a returned change's
// places, organisations and cited sources), keyed by id for the form to look up.
export async function pickedRecords(ids: Partial<Record<PickableType, Ids>>): Promise<Record<string, PickedRecord>> {
  const found = await Promise.all(
    Object.entries(ids).map(([type, list]) =>
      getPickedRecords(
        type as PickableType,
        (list ?? []).filter((id) => !id?.startsWith("ref:")),
      ),
    ),
  );
  return Object.fromEntries(found.flat().map((record) => [record.id, record]));
}
