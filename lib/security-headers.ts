import { createHash, randomBytes } from "node:crypto";

// Two policies, by what a page is.
//
// Pages that sign people in or change the record (/admin, /login, /invite) run only inline
// scripts carrying this request's nonce, which Next adds to every script it writes for the
// request (components/per-request-scripts.tsx makes sure those pages' scripts are always
// written per request), and React's one inline script in a prerendered HTML shell, the same in
// every shell, allowed by its hash since a shell is prerendered before any request has a
// nonce. A React upgrade that changes it fails e2e/security-headers.spec.ts. Nothing else:
// neither 'unsafe-inline' nor 'strict-dynamic' (the shell's own <script src> tags have no
// nonce; they load from 'self').
//
// The public, read-only pages are cached whole and served to everyone alike, so their inline
// scripts (React's data for the page) are written once, before any request and its nonce
// exist: they are allowed as inline scripts of our own origin (Next docs: Content Security
// Policy, "Without Nonces"). What they show is reviewed content rendered through React, which
// escapes it; they hold no session and no form that changes data. Everything else in the
// policy (no other origin, no eval, no plugins, no framing, no changed base) holds for both.
const SHELL_SCRIPTS = ["requestAnimationFrame(function(){$RT=performance.now()});"];

const sha256 = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

type Context = { isDev: boolean; isHttps: boolean };

// With a nonce, the policy of the pages that sign in or write; without, that of the cached
// public pages.
export function contentSecurityPolicy(nonce: string | null, { isDev, isHttps }: Context): string {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, ...SHELL_SCRIPTS.map(sha256)] : ["'self'", "'unsafe-inline'"];
  // React's development build evaluates server error stacks (Next docs: Content Security Policy).
  if (isDev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // 'unsafe-inline' for styles: our components set `style` attributes, which no nonce can
    // cover. Style cannot run script; the script policy above is what stops injection.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

// The addresses whose pages sign people in or change the record, and so run under a nonce.
export function needsNonce(pathname: string): boolean {
  return ["/admin", "/login", "/invite"].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

// Sent only over HTTPS (browsers ignore it over plain HTTP); two years, as Next's docs give it.
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
