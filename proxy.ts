import { NextResponse, type NextRequest } from "next/server";
import { parseProfileAddress, resolveProfileAddress } from "@/lib/profile-address";

// Comfort, not security: anonymous visitors to /admin go to the sign-in page first.
// Every admin page and server action checks the session and role itself (lib/auth.ts).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function guardAdmin(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

// With Cache Components a profile page sends its prerendered shell, and so a 200, before
// it can call notFound() or redirect(); only a check before rendering can answer 404 or 308
// (Next docs: "Status codes" in loading.md, "Calling notFound() after streaming has
// started"). The page still renders its own not-found UI; this only sets the status. RSC
// requests (client navigations, prefetches) are skipped: no crawler reads their status, the
// pages redirect them themselves, and the links on our pages point at published records.
async function checkProfileAddress(request: NextRequest) {
  const address = parseProfileAddress(request.nextUrl.pathname);
  if (!address || request.headers.has("rsc")) return NextResponse.next();
  const resolution = await resolveProfileAddress(address);
  // A rewrite to an address no route serves renders the app's not-found page with a 404;
  // `NextResponse.next({ status })` is overridden by the page's own 200 in production.
  if (!resolution.found) return NextResponse.rewrite(new URL(`/_unknown${request.nextUrl.pathname}`, request.url));
  if (resolution.movedTo) return NextResponse.redirect(new URL(resolution.movedTo, request.url), 308);
  return NextResponse.next();
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return guardAdmin(request);
  return checkProfileAddress(request);
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    "/places/:slug",
    "/places/:slug/history",
    "/people/:slug",
    "/people/:slug/history",
    "/organisations/:slug",
    "/organisations/:slug/history",
    "/ties/:slug",
    "/ties/:slug/history",
  ],
};
