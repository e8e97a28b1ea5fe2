import type { NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { authorizeRoute } from "@/lib/route-access";
import { findSameTitledSources, sameTitleQuerySchema } from "@/lib/source-same-title";

// "Possibly the same as …" under the source form's title (components/source-possibly-same.tsx):
// ?title=Harbour%20cities%20sign&publisher=Harbour%20News&except=<the source being corrected>.
export async function GET(request: NextRequest) {
  const access = await authorizeRoute("change:propose");
  if ("refusal" in access) return access.refusal;
  const parsed = sameTitleQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success)
    return Response.json({ error: "Invalid query", fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const { title, publisher, except, change } = parsed.data;
  const records = await findSameTitledSources(prisma, { title, publisher }, { sourceId: except, changeId: change });
  return Response.json({ records }, { headers: { "Cache-Control": "private, no-store" } });
}
