import { z } from "zod";

// Characters that make a stored text display as something other than what it says: the
// C0 and C1 controls with DEL, and the bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) that can reverse a name or hide part of a title
// ("Trojan Source", CVE-2021-42574). A multi-line text may still break its lines.
function isHidden(code: number, isMultiline: boolean): boolean {
  if (isMultiline && (code === 0x0a || code === 0x0d)) return false;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

// The first hidden character in the text, as "U+202E", so the editor can find it.
export function findHiddenCharacter(text: string, { multiline = false } = {}): string | null {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isHidden(code, multiline)) return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return null;
}

// Every name, title and note people type: trimmed, and refused with a field message while it
// holds a hidden character. Chain `.min()` / `.max()` after it as on any `z.string()`.
export function plainText({ multiline = false } = {}) {
  return z
    .string()
    .trim()
    .refine((text) => findHiddenCharacter(text, { multiline }) === null, {
      error: (issue) =>
        `Remove the hidden character ${findHiddenCharacter(String(issue.input), { multiline })}: control and text-direction characters are not allowed`,
    });
}
