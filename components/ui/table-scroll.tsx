import type { ReactNode } from "react";

// A table wider than the screen scrolls inside this box, not the page. Focusable and named,
// so a keyboard user can reach it and scroll it with the arrow keys.
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
