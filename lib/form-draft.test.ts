import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { discardFormDraft, loadFormDraft, MAX_DRAFT_BYTES, saveFormDraft, type FormDraftInput } from "@/lib/form-draft";
import { DELETE, PUT } from "@/app/admin/api/form-drafts/route";

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<typeof import("next-auth")>()), getServerSession: vi.fn() }));

// Typed input need not be valid: an empty required name and a latitude as typed.
const typed = (formKey = "/admin/places/new"): FormDraftInput => ({
  formKey,
  values: { name: "", summary: "Half a sentence about Yangz", latitude: "32.3", names: [{ text: "扬州", lang: "zh-Hans" }] },
  picks: [{ id: "place-1", title: "Jiangsu", detail: "Province, China" }],
});

describe("a form's draft", () => {
  it("is kept as typed, and given back to its own user only", async () => {
    const author = await createTestUser("EDITOR");
    const other = await createTestUser("ADMIN");
    const draft = typed();

    const saved = await saveFormDraft(author, draft);

    expect(saved).toEqual({ ok: true, data: { savedAt: expect.any(Date) } });
    expect(await loadFormDraft(author, draft.formKey)).toEqual({
      values: draft.values,
      picks: draft.picks,
      savedAt: saved.ok && saved.data?.savedAt,
    });
    expect(await loadFormDraft(other, draft.formKey)).toBeNull();
    expect(await loadFormDraft(author, "/admin/places/other/edit")).toBeNull();
  });

  it("is one per user and form address: saving again replaces it", async () => {
    const author = await createTestUser("EDITOR");
    await saveFormDraft(author, typed());
    await saveFormDraft(author, { ...typed(), values: { name: "Yangzhou" } });

    expect((await loadFormDraft(author, "/admin/places/new"))?.values).toEqual({ name: "Yangzhou" });
    expect(await prisma.formDraft.count({ where: { userId: author.id } })).toBe(1);
  });

  it(`refuses more than ${MAX_DRAFT_BYTES / 1024} kB, keeping the draft saved before`, async () => {
    const author = await createTestUser("EDITOR");
    await saveFormDraft(author, typed());

    const result = await saveFormDraft(author, { ...typed(), values: { summary: "字".repeat(MAX_DRAFT_BYTES / 3) } });

    expect(result).toEqual({ ok: false, formError: expect.stringContaining("too much to keep as a draft") });
    expect((await loadFormDraft(author, "/admin/places/new"))?.values).toEqual(typed().values);
  });

  it("is discarded for its own user only", async () => {
    const author = await createTestUser("EDITOR");
    const other = await createTestUser("EDITOR");
    await saveFormDraft(author, typed());
    await saveFormDraft(other, typed());

    await discardFormDraft(author, "/admin/places/new");

    expect(await loadFormDraft(author, "/admin/places/new")).toBeNull();
    expect(await loadFormDraft(other, "/admin/places/new")).not.toBeNull();
  });

  it("that no longer reads as a draft is no draft", async () => {
    const author = await createTestUser("EDITOR");
    await prisma.formDraft.create({ data: { userId: author.id, formKey: "/admin/places/new", values: "{not json" } });

    expect(await loadFormDraft(author, "/admin/places/new")).toBeNull();
  });
});

// The route the browser saves through: the user comes from the session only.
function signInAs(user: { id: string } | null) {
  vi.mocked(getServerSession).mockResolvedValue(user ? { user: { id: user.id, sessionVersion: 0 }, expires: "" } : null);
}

const call = (method: "PUT" | "DELETE", body: unknown, headers: Record<string, string> = {}) =>
  new NextRequest("http://localhost/admin/api/form-drafts", {
    method,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...headers },
  });

describe("the drafts route", () => {
  it("saves and discards the signed-in user's own draft, whatever user the body names", async () => {
    const author = await createTestUser("EDITOR");
    const victim = await createTestUser("EDITOR");
    await saveFormDraft(victim, typed());
    signInAs(author);

    expect((await PUT(call("PUT", { ...typed(), userId: victim.id }))).status).toBe(200);
    expect((await DELETE(call("DELETE", { formKey: "/admin/places/new", userId: victim.id }))).status).toBe(204);

    expect(await loadFormDraft(author, "/admin/places/new")).toBeNull();
    expect(await loadFormDraft(victim, "/admin/places/new")).not.toBeNull();
  });

  it("refuses the signed-out and the disabled, and stores nothing", async () => {
    const disabled = await createTestUser("ADMIN", "disabled-admin", { disabledAt: new Date() });
    for (const caller of [null, disabled]) {
      signInAs(caller);
      expect((await PUT(call("PUT", typed()))).status).toBe(401);
      expect((await DELETE(call("DELETE", { formKey: "/admin/places/new" }))).status).toBe(401);
    }
    expect(await prisma.formDraft.count({ where: { userId: disabled.id } })).toBe(0);
  });

  it.each([
    ["another site's request", call("PUT", typed(), { "sec-fetch-site": "cross-site" }), 403],
    ["a form post", call("PUT", "formKey=/admin/places/new", { "content-type": "application/x-www-form-urlencoded" }), 403],
    ["an address outside the admin", call("PUT", typed("/login")), 400],
    ["no JSON", call("PUT", "{"), 400],
    ["too large a draft", call("PUT", { ...typed(), values: { summary: "x".repeat(MAX_DRAFT_BYTES) } }), 413],
  ])("refuses %s", async (_label, request, status) => {
    const author = await createTestUser("EDITOR");
    signInAs(author);

    expect((await PUT(request)).status).toBe(status);
    expect(await prisma.formDraft.count({ where: { userId: author.id } })).toBe(0);
  });
});
