"use client";

import { useEffect } from "react";

export const LEAVE_QUESTION = "Leave this page? What you typed is kept as a draft; you will find it in this form when you come back.";

// A click that would take this tab to another address of the app: a plain left click on a
// link without a target of its own, a download or only a #fragment of this page.
function inAppDestination(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return null;
  if (link.target && link.target !== "_self") return null;
  const to = new URL(link.href, window.location.href);
  if (to.origin !== window.location.origin) return null;
  const isSamePage = to.pathname === window.location.pathname && to.search === window.location.search;
  return isSamePage && to.hash ? null : link;
}

// While a form holds unsaved input: the browser's own "leave site?" prompt on reload or
// close, and a question before a link of the app (menu, breadcrumbs) navigates away. Next's
// App Router has no navigation event to cancel (a <Link>'s onNavigate is per link), so the
// click is caught on its way down, before any link's own handler sees it. Back and forward
// are not asked about: the draft is kept either way (components/use-form-draft.ts).
export function useWarnOnLeave(hasUnsavedInput: boolean) {
  useEffect(() => {
    if (!hasUnsavedInput) return;
    // Once the user said leave, the page is on its way: neither asked again nor by the browser.
    let isLeaving = false;
    const warn = (event: BeforeUnloadEvent) => !isLeaving && event.preventDefault();
    const askFirst = (event: MouseEvent) => {
      const link = isLeaving ? null : inAppDestination(event);
      if (!link) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!window.confirm(LEAVE_QUESTION)) return;
      // The same click again, now let through, so the link navigates as it always does.
      isLeaving = true;
      link.click();
    };
    window.addEventListener("beforeunload", warn);
    window.addEventListener("click", askFirst, { capture: true });
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("click", askFirst, { capture: true });
    };
  }, [hasUnsavedInput]);
}
