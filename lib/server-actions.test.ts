import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createTestUser } from "@/lib/test-users";
import { requirePermission, requireRole, requireUser } from "@/lib/auth";

// Every export of a file marked "use server" is a public POST endpoint anyone can call with
// any arguments. So each must be an action: it asks who is calling before anything else,
// parses every argument with zod, and is never a cached data read ("use cache"), which
// would hand any caller data no page meant to show them.

class SignedOut extends Error {}

vi.mock("@/lib/auth", () => ({ requireUser: vi.fn(), requireRole: vi.fn(), requirePermission: vi.fn() }));
vi.mock("next/cache", () => ({ cacheTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn(() => {
    throw new Error("redirected");
  }),
  notFound: vi.fn(() => {
    throw new Error("not found");
  }),
}));

const ROOT = path.resolve(import.meta.dirname, "..");
// A directive is the first statement of the file, after comments only.
const TOP_LEVEL_USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
    .map((file) => path.join(dir, file));
}

const serverModules = ["app", "lib", "components"]
  .flatMap(sourceFiles)
  .filter((file) => TOP_LEVEL_USE_SERVER.test(readFileSync(path.join(ROOT, file), "utf8")));

type Exported = { name: string; kind: string; parameters: { name: string; type: string }[]; body: string };

function exportsOf(file: string): Exported[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const isExported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  return source.statements.flatMap((statement): Exported[] => {
    if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) return [];
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement))
      return [{ name: statement.getText(), kind: "re-export", parameters: [], body: "" }];
    if (!isExported(statement)) return [];
    if (!ts.isFunctionDeclaration(statement) || !statement.name)
      return [{ name: statement.getText().slice(0, 60), kind: ts.SyntaxKind[statement.kind], parameters: [], body: "" }];
    return [
      {
        name: statement.name.text,
        kind: "function",
        parameters: statement.parameters.map((p) => ({ name: p.name.getText(), type: p.type?.getText() ?? "(none)" })),
        body: statement.body?.getText() ?? "",
      },
    ];
  });
}

describe("server actions", () => {
  it("are found: every 'use server' file is checked", () => {
    expect(serverModules).toContain(path.join("app", "admin", "review", "actions.ts"));
    expect(serverModules.length).toBeGreaterThanOrEqual(8);
  });

  it.each(serverModules)("%s holds no cached read and exports only async functions", (file) => {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    expect(text).not.toMatch(/["']use cache/);
    for (const exported of exportsOf(file)) {
      expect({ export: exported.name, kind: exported.kind }).toEqual({ export: exported.name, kind: "function" });
      expect(text).toMatch(new RegExp(`export async function ${exported.name}\\b`));
    }
  });

  // A yes-or-no flag (submit or save as a draft) may instead be read as `flag === true`.
  it.each(serverModules)("%s parses every argument with zod, each `unknown` until parsed", (file) => {
    for (const { name, parameters, body } of exportsOf(file)) {
      for (const parameter of parameters) {
        const isFlag = body.includes(`${parameter.name} === true`) && ["unknown", "boolean"].includes(parameter.type);
        const isParsed = body.includes(`.safeParse(${parameter.name})`) && parameter.type === "unknown";
        expect({ action: name, parameter: parameter.name, isParsedOrFlag: isParsed || isFlag }).toEqual({
          action: name,
          parameter: parameter.name,
          isParsedOrFlag: true,
        });
      }
    }
  });
});

// Called by someone with no account yet, as signing in is: the one-time token in their
// invitation link, which lib/invitation.ts checks first, says who they are.
const PUBLIC_ACTIONS = [path.join("app", "(public)", "invite", "[token]", "actions.ts") + "#acceptInvitationAction"];

describe("every exported action, called directly", () => {
  let modules: [string, Record<string, unknown>][];

  beforeAll(async () => {
    modules = await Promise.all(serverModules.map(async (file) => [file, await import(path.join(ROOT, file))] as const));
  });

  it("asks who is calling before doing anything, and refuses a signed-out caller", async () => {
    for (const guard of [requireUser, requireRole, requirePermission]) vi.mocked(guard).mockRejectedValue(new SignedOut());
    for (const [file, exports] of modules) {
      for (const [name, action] of Object.entries(exports)) {
        expect({ file, name, isFunction: typeof action === "function" }).toEqual({ file, name, isFunction: true });
        const call = Promise.resolve().then(() => (action as (...args: unknown[]) => unknown)({}, {}, {}));
        if (PUBLIC_ACTIONS.includes(`${file}#${name}`)) await expect(call, `${file} ${name}`).resolves.toMatchObject({ ok: false });
        else await expect(call, `${file} ${name}`).rejects.toBeInstanceOf(SignedOut);
      }
    }
  });

  it("answers malformed arguments with a refusal, and writes nothing", async () => {
    const admin = await createTestUser("ADMIN", "admin");
    for (const guard of [requireUser, requireRole, requirePermission]) vi.mocked(guard).mockResolvedValue(admin);
    const counts = () => Promise.all([prisma.changeRequest.count(), prisma.user.count(), prisma.reviewComment.count()]);
    const before = await counts();
    const malformed = { malformed: true };
    for (const [file, exports] of modules) {
      for (const [name, action] of Object.entries(exports)) {
        const result = await (action as (...args: unknown[]) => Promise<unknown>)(malformed, malformed, malformed);
        expect({ file, name, result }).toEqual({ file, name, result: expect.objectContaining({ ok: false }) });
      }
    }
    expect(await counts()).toEqual(before);
  });
});
