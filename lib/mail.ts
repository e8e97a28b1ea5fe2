import "server-only";

// What became of a message: sent, or handed back for the admin to pass on themselves.
export type Delivery = { isSent: true } | { isSent: false; link: string };

// This installation has no mail server, so the invitation link goes back to the admin, who
// sees it once and passes it on. To send mail instead, replace this body with a call to the
// mailer and return { isSent: true }: nothing else changes.
export async function sendInvitation(_to: string, link: string): Promise<Delivery> {
  return { isSent: false, link };
}
