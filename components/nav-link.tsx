"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";

// A menu link that tells screen readers which page is open (aria-current), as the
// highlight tells sighted readers.
export function NavLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const isCurrent = usePathname() === href;
  return (
    <Link href={href} className={className} aria-current={isCurrent ? "page" : undefined}>
      {children}
    </Link>
  );
}
