"use client";

import { useState } from "react";

// The text an input shows for a form value it parses (a list a line, a number with commas):
// kept as typed while it still means the value, and written afresh when the value is set
// from outside, as when a draft is restored or discarded after the form opened.
export function useTypedText<T>(value: T, format: (value: T) => string, means: (text: string, value: T) => boolean) {
  const [text, setText] = useState(() => format(value));
  const [shownFor, setShownFor] = useState(value);
  if (!Object.is(value, shownFor)) {
    setShownFor(value);
    if (!means(text, value)) setText(format(value));
  }
  return [text, setText] as const;
}
