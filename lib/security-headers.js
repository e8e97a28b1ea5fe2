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

/** @param {string} script */
const sha256 = (script) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

/** @returns {string} */
export function createNonce() {
  return randomBytes(16).toString("base64");
}

/** @typedef {{ isDev: boolean, isHttps: boolean }} Context */

/**
 * With a nonce, the policy of the pages that sign in or write; without, that of the cached
 * public pages.
 *
 * @param {string | null} nonce
 * @param {Context} context
 * @returns {string}
 */
export function contentSecurityPolicy(nonce, { isDev, isHttps }) {
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

/**
 * The addresses whose pages sign people in or change the record, and so run under a nonce.
 *
 * @param {string} pathname
 * @returns {boolean}
 */
export function needsNonce(pathname) {
  return ["/admin", "/login", "/invite"].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

// Sent only over HTTPS (browsers ignore it over plain HTTP); two years, as Next's docs give it.
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

// Headers that never vary, on every response, static files included.
const FIXED_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites see our origin, never an admin address with a change's id in it.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

// A public profile (/places/<slug>, /people/<slug>, …) is served from the cache whole to
// everyone alike, and proxy.ts would only add the policy of the public pages, the same for
// every request: it is left out of the proxy's matcher (which must spell the same addresses
// out itself, as a literal) and gets its headers here, saving a fifth of the server's work per
// profile. History pages and sources are not among them: the proxy checks their address.
const PROFILE_PAGES = "/:section(places|people|organisations|ties|agreements|delegations|events)/:slug([a-z0-9-]+)";
const OVER_HTTPS = [{ type: "header", key: "x-forwarded-proto", value: "https" }];

/**
 * The headers the server sets by address (next.config.js `headers()`); the rest are set per
 * request by proxy.ts.
 *
 * @param {{ isDev: boolean }} context
 */
export function headersByAddress({ isDev }) {
  const policy = (/** @type {boolean} */ isHttps) => ({
    key: "Content-Security-Policy",
    value: contentSecurityPolicy(null, { isDev, isHttps }),
  });
  return [
    { source: "/:path*", headers: FIXED_HEADERS },
    { source: PROFILE_PAGES, missing: OVER_HTTPS, headers: [policy(false)] },
    {
      source: PROFILE_PAGES,
      has: OVER_HTTPS,
      headers: [policy(true), { key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
    },
  ];
}
