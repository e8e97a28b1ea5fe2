import "server-only";
import type { RecordType } from "@/lib/generated/prisma/enums";
import type { RecordHandler } from "@/lib/record-handler";
import { placeRecord } from "@/lib/place-record";
import { sourceRecord } from "@/lib/source-record";
import { citationRecord } from "@/lib/citation-record";
import { tieEventRecord } from "@/lib/tie-event-record";

// Each kind of record joins the review mechanism by adding its handler here.
const HANDLERS: Partial<Record<RecordType, RecordHandler<object>>> = {
  PLACE: placeRecord,
  SOURCE: sourceRecord,
  CITATION: citationRecord,
  TIE_EVENT: tieEventRecord,
};

export function findHandler(recordType: RecordType): RecordHandler<object> | undefined {
  return HANDLERS[recordType];
}

export function handlerFor(recordType: RecordType): RecordHandler<object> {
  const handler = HANDLERS[recordType];
  if (!handler) throw new Error(`Records of type ${recordType} cannot be changed yet`);
  return handler;
}

export const RECORD_TYPE_LABELS: Partial<Record<RecordType, string>> = Object.fromEntries(
  Object.values(HANDLERS).map((handler) => [handler.recordType, handler.label]),
);
