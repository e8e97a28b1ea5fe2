import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "@/lib/security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("lets inline scripts run only with the request's nonce or React's shell script's hash", () => {
    const scripts = directives(contentSecurityPolicy("abc123==", { isDev: false, isHttps: false })).get("script-src")!;
    const shellHash = createHash("sha256").update("requestAnimationFrame(function(){$RT=performance.now()});").digest("base64");
    expect(scripts).toEqual(["'self'", "'nonce-abc123=='", `'sha256-${shellHash}'`]);
  });

  it("refuses framing, plugins, other origins and a changed base address", () => {
    const policy = directives(contentSecurityPolicy("n", { isDev: false, isHttps: false }));
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

describe("createNonce", () => {
  it("is fresh for each request, and in the form Next reads from the policy", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
