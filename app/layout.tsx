import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Amity", template: "%s · Amity" },
  description: "A cited, reviewed record of local diplomacy between China, Japan and Korea.",
};

// Renders nothing, but waits for a request, so that no page is prerendered whole. A page
// prerendered whole is served with the inline scripts it was built with (React's data,
// Next's bootstrap), which carry no nonce and are refused by the Content Security Policy
// (proxy.ts). With this hole every page is a partial prerender: its HTML shell is still
// prerendered and cached, and its inline scripts are written per request with the nonce.
async function PerRequestScripts() {
  await connection();
  return null;
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        {children}
        <Suspense>
          <PerRequestScripts />
        </Suspense>
      </body>
    </html>
  );
}
