import type { NextRequest } from "next/server";
import { authorizeRoute } from "@/lib/route-access";
import { getSourceText } from "@/lib/record-picker-search";

// A picked source's text, for selecting the passage a citation quotes.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const access = await authorizeRoute("change:propose");
  if ("refusal" in access) return access.refusal;
  const source = await getSourceText((await params).id);
  if (!source) return Response.json({ error: "No such source" }, { status: 404 });
  return Response.json(source, { headers: { "Cache-Control": "private, no-store" } });
}
