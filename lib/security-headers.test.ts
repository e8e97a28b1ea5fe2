import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, needsNonce } from "@/lib/security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("lets inline scripts run only with the request's nonce or React's shell script's hash", () => {
    const scripts = directives(contentSecurityPolicy("abc123==", { isDev: false, isHttps: false })).get("script-src")!;
    const shellHash = createHash("sha256").update("requestAnimationFrame(function(){$RT=performance.now()});").digest("base64");
    expect(scripts).toEqual(["'self'", "'nonce-abc123=='", `'sha256-${shellHash}'`]);
  });

  it("lets the cached public pages run their own inline scripts, from our origin only, without eval", () => {
    const scripts = directives(contentSecurityPolicy(null, { isDev: false, isHttps: false })).get("script-src")!;
    expect(scripts).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it.each(["n", null])("refuses framing, plugins, other origins and a changed base address (nonce %s)", (nonce) => {
    const policy = directives(contentSecurityPolicy(nonce, { isDev: false, isHttps: false }));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only in development, and upgrades requests only over https", () => {
    expect(directives(contentSecurityPolicy("n", { isDev: true, isHttps: false })).get("script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { isDev: false, isHttps: false })).not.toContain("unsafe-eval");
    expect(directives(contentSecurityPolicy("n", { isDev: false, isHttps: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("needsNonce", () => {
  it("is true for the pages that sign in or write, and false for the public record", () => {
    for (const path of ["/admin", "/admin/places/new", "/login", "/invite/abc"]) expect(needsNonce(path)).toBe(true);
    for (const path of ["/", "/places", "/places/jiangsu", "/administrators", "/login-help", "/ties/a--b/history"])
      expect(needsNonce(path)).toBe(false);
  });
});

describe("createNonce", () => {
  it("is fresh for each request, and in the form Next reads from the policy", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
