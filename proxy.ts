import { NextResponse, type NextRequest } from "next/server";
import { isAdminRecordFound } from "@/lib/admin-address";
import { refusedPagePath } from "@/lib/page-access";
import { decodePath, parseProfileAddress, resolveProfileAddress } from "@/lib/profile-address";
import { contentSecurityPolicy, createNonce, needsNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";

// The request headers a page renders with: for a page under a nonce they carry the CSP, whose
// nonce Next reads and writes on every script of the page.
type Forward = { request: { headers: Headers } };

// A rewrite to an address no route serves renders the app's not-found page with a 404;
// `NextResponse.next({ status })` is overridden by the page's own 200 in production. That page
// is prerendered whole, like the public pages, so it is sent under their policy, whatever the
// address (lib/security-headers.js).
const NOT_FOUND_PAGE = "x-amity-not-found-page";
function notFound(request: NextRequest, forward: Forward) {
  const response = NextResponse.rewrite(new URL(`/_unknown${request.nextUrl.pathname}`, request.url), forward);
  response.headers.set(NOT_FOUND_PAGE, "1");
  return response;
}

// Comfort, not security: anonymous visitors to /admin go to the sign-in page first.
// Every admin page and server action checks the session and role itself (lib/auth.ts).
// Past that, a page the user's role may not open answers 403 naming the role it needs, and
// a page about a record that does not exist answers 404, for the same reason (and for the
// 404 with the same exception for RSC requests) as a public profile (below). A server
// action's POST is left to the action, which refuses it itself.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

async function guardAdmin(request: NextRequest, forward: Forward) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(login);
  }
  const refused = request.method === "GET" || request.method === "HEAD" ? await refusedPagePath(request) : null;
  if (refused) return NextResponse.rewrite(new URL(refused, request.url), forward);
  if (request.headers.has("rsc")) return NextResponse.next(forward);
  return (await isAdminRecordFound(request.nextUrl.pathname)) ? NextResponse.next(forward) : notFound(request, forward);
}

// A profile page is cached whole and, on its first visit, rendered whole before anything is
// sent (it awaits its slug outside <Suspense>; lib/prerendered-profiles.ts), so it answers its
// own 404 or 308. History and source pages stream a prerendered shell, and so a 200, before
// they can call notFound() or redirect(); only a check before rendering can answer 404 or 308
// for them (Next docs: "Status codes" in loading.md). The page still renders its own
// not-found UI; this only sets the status. RSC requests (client navigations, prefetches) are
// skipped: no crawler reads their status, and the links on our pages point at published records.
async function checkStreamedProfileAddress(request: NextRequest, forward: Forward) {
  const address = parseProfileAddress(request.nextUrl.pathname);
  const streams = address && (address.isHistory || address.section === "sources");
  if (!streams || request.headers.has("rsc")) return NextResponse.next(forward);
  const resolution = await resolveProfileAddress(address);
  if (!resolution.found) return notFound(request, forward);
  if (resolution.movedTo) return NextResponse.redirect(new URL(resolution.movedTo, request.url), 308);
  return NextResponse.next(forward);
}

function route(request: NextRequest, forward: Forward) {
  const { pathname } = request.nextUrl;
  // Next's router would answer 500 decoding a broken route parameter ("/places/%E0%A4%A").
  if (decodePath(pathname) === null) return notFound(request, forward);
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return guardAdmin(request, forward);
  return checkStreamedProfileAddress(request, forward);
}

// A fresh nonce per request for the pages that sign in or write (Next docs: Content Security
// Policy, "Adding a nonce with Proxy"); none for the cached public pages, whose scripts were
// written before this request (lib/security-headers.js).
export async function proxy(request: NextRequest) {
  const isHttps = request.nextUrl.protocol === "https:";
  const context = { isDev: process.env.NODE_ENV === "development", isHttps };
  const nonce = needsNonce(request.nextUrl.pathname) ? createNonce() : null;
  const csp = contentSecurityPolicy(nonce, context);
  const headers = new Headers(request.headers);
  if (nonce) headers.set("content-security-policy", csp);
  const response = await route(request, { request: { headers } });
  const isNotFoundPage = response.headers.has(NOT_FOUND_PAGE);
  response.headers.delete(NOT_FOUND_PAGE);
  response.headers.set("content-security-policy", isNotFoundPage ? contentSecurityPolicy(null, context) : csp);
  if (isHttps) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Every page and action; not the build's static files, which carry no inline script, nor a
// public profile, whose headers are set by address (lib/security-headers.js, which names the
// same addresses: the matcher must be a literal).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|(?:places|people|organisations|ties|agreements|delegations|events)/[a-z0-9-]+$).*)"],
};
