import type { NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { authorizeRoute } from "@/lib/route-access";
import { nearQuerySchema } from "@/lib/record-picker-schema";
import { findPossiblySame } from "@/lib/record-picker-search";

// "Possibly the same as …" under a name field (components/possibly-same.tsx):
// ?type=PERSON&name=Ishiguro%20Kenihiko&except=<the record being edited>.
export async function GET(request: NextRequest) {
  const access = await authorizeRoute("change:propose");
  if ("refusal" in access) return access.refusal;
  const parsed = nearQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success)
    return Response.json({ error: "Invalid query", fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const records = await findPossiblySame(prisma, parsed.data);
  return Response.json({ records }, { headers: { "Cache-Control": "private, no-store" } });
}
