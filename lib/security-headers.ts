import { createHash, randomBytes } from "node:crypto";

// The inline scripts a page may run: those carrying this request's nonce, which Next adds to
// every script it writes for the request (app/layout.tsx makes sure a page's scripts are
// always written per request), and React's one inline script in a prerendered HTML shell,
// the same in every shell, allowed by its hash since a shell is prerendered before any
// request has a nonce. A React upgrade that changes it fails e2e/security-headers.spec.ts.
// Nothing else: neither 'unsafe-inline' nor 'strict-dynamic' (the shell's own <script src>
// tags have no nonce; they load from 'self').
const SHELL_SCRIPTS = ["requestAnimationFrame(function(){$RT=performance.now()});"];

const sha256 = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

type Context = { isDev: boolean; isHttps: boolean };

export function contentSecurityPolicy(nonce: string, { isDev, isHttps }: Context): string {
  const scripts = ["'self'", `'nonce-${nonce}'`, ...SHELL_SCRIPTS.map(sha256)];
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

// Sent only over HTTPS (browsers ignore it over plain HTTP); two years, as Next's docs give it.
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
