"use client";

import { useEffect } from "react";

// The browser's own "leave site?" prompt while a form holds unsaved input.
export function useWarnOnLeave(hasUnsavedInput: boolean) {
  useEffect(() => {
    if (!hasUnsavedInput) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [hasUnsavedInput]);
}
