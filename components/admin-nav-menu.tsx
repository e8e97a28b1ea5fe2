"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";

// On a narrow screen the editors' menu folds away behind "Menu", so a page starts with its
// own content. A <details> opens and closes without JavaScript; the script only folds it
// again after a link is followed, since the layout (and so the open menu) stays in place.
// On a wide screen app/globals.css hides the toggle and always shows the links.
export function AdminNavMenu({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details ref={menu} className="admin-menu">
      <summary>Menu</summary>
      <div className="admin-menu-links">{children}</div>
    </details>
  );
}
