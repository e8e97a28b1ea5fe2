"use client";

import { useRef, useState } from "react";

type Props = { email: string; link?: string };

// Shown once, straight from the action's answer: only the token's hash is stored, so the
// link cannot be shown again. Without a mail server (lib/mail.ts) the admin passes it on.
export function InvitationLink({ email, link }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const [isCopied, setIsCopied] = useState(false);

  // The clipboard is refused outside HTTPS and localhost: the link is then selected, to copy by hand.
  async function copy() {
    try {
      await navigator.clipboard.writeText(link!);
      setIsCopied(true);
    } catch {
      field.current?.select();
    }
  }

  if (!link) {
    return (
      <p className="notice" role="status">
        Invitation sent to {email}.
      </p>
    );
  }
  return (
    <div className="notice stack-sm" role="status">
      <p>Invited {email}. Send them this link yourself: it works once, for seven days, and is shown only now.</p>
      <div className="row">
        <input
          ref={field}
          aria-label={`Invitation link for ${email}`}
          value={link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="shrink">
          <button type="button" className="secondary" onClick={copy}>
            {isCopied ? "Copied" : "Copy link"}
          </button>
        </div>
      </div>
    </div>
  );
}
