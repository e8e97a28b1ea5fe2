import Link from "next/link";

// The last line of every public profile: which reviewed version this is, and its history.
export function ProfileFooter({ version, historyPath }: { version: number; historyPath: string }) {
  return (
    <p className="small muted" style={{ marginTop: "2rem" }}>
      Version {version}, every change reviewed · <Link href={historyPath}>History</Link>
    </p>
  );
}
