import type { NextRequest } from "next/server";
import { z } from "zod";
import { authorizeRoute } from "@/lib/route-access";
import { recordQuerySchema } from "@/lib/record-picker-schema";
import { findPickableRecords } from "@/lib/record-picker-search";

// The record pickers' search (components/record-picker.tsx): ?q=揚州&types=PLACE&country=CN.
export async function GET(request: NextRequest) {
  const access = await authorizeRoute("change:propose");
  if ("refusal" in access) return access.refusal;
  const parsed = recordQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success)
    return Response.json({ error: "Invalid query", fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const records = await findPickableRecords(parsed.data);
  return Response.json({ records }, { headers: { "Cache-Control": "private, no-store" } });
}
