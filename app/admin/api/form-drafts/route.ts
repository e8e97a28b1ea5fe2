import type { NextRequest } from "next/server";
import { z } from "zod";
import { authorizeRoute } from "@/lib/route-access";
import { discardFormDraft, formDraftSchema, formKeySchema, MAX_DRAFT_BYTES, saveFormDraft } from "@/lib/form-draft";

// A form's draft (components/use-form-draft.ts), kept for the signed-in user only: the
// user comes from the session, never from the request. A route handler rather than a server
// action because a draft is also sent as the page goes away (pagehide), which only a
// `fetch(…, { keepalive: true })` survives.

// Cookies are SameSite=Lax, and JSON from another site needs a CORS preflight this route
// never grants; a browser's Sec-Fetch-Site says so outright, so refuse anything cross-site.
function refusedAsForeign(request: NextRequest): Response | null {
  const site = request.headers.get("sec-fetch-site");
  const isJson = request.headers.get("content-type")?.startsWith("application/json");
  if ((site && site !== "same-origin") || !isJson) return Response.json({ error: "Not from this site." }, { status: 403 });
  return null;
}

async function readJson(request: NextRequest): Promise<unknown> {
  const text = await request.text();
  // Twice the draft's limit: the body also holds the address and JSON's escapes.
  if (text.length > 2 * MAX_DRAFT_BYTES) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const invalid = (error?: z.ZodError) =>
  Response.json({ error: error ? z.prettifyError(error) : "Send the draft as JSON." }, { status: 400 });

// Who may keep drafts, from a page of this site, sending what `schema` reads: the user and
// the body, or the response refusing the request.
async function readDraftRequest<T>(request: NextRequest, schema: z.ZodType<T>) {
  const access = await authorizeRoute("change:propose");
  if ("refusal" in access) return access.refusal;
  const foreign = refusedAsForeign(request);
  if (foreign) return foreign;
  const parsed = schema.safeParse(await readJson(request));
  if (!parsed.success) return invalid(parsed.error);
  return { user: access.user, data: parsed.data };
}

export async function PUT(request: NextRequest) {
  const read = await readDraftRequest(request, formDraftSchema);
  if (read instanceof Response) return read;
  const result = await saveFormDraft(read.user, read.data);
  if (!result.ok) return Response.json({ error: result.formError }, { status: 413 });
  return Response.json(result.data, { headers: { "Cache-Control": "private, no-store" } });
}

export async function DELETE(request: NextRequest) {
  const read = await readDraftRequest(request, z.object({ formKey: formKeySchema }));
  if (read instanceof Response) return read;
  await discardFormDraft(read.user, read.data.formKey);
  return new Response(null, { status: 204 });
}
