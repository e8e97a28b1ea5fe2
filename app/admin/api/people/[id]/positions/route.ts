import { authorizeRoute } from "@/lib/route-access";
import { listPositionChoices } from "@/lib/delegation";

// The positions a person holds, for the delegation form's "position held then" lists.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await authorizeRoute("change:propose");
  if ("refusal" in access) return access.refusal;
  const { id } = await params;
  const choices = id.length <= 40 ? await listPositionChoices([id]) : {};
  return Response.json({ positions: choices[id] ?? [] }, { headers: { "Cache-Control": "private, no-store" } });
}
