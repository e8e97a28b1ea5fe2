import Link from "next/link";

type Props = { version: number; historyPath: string; dataPath?: string };

// The last line of every public profile: which reviewed version this is, its history, and
// the same facts with their citations as JSON.
export function ProfileFooter({ version, historyPath, dataPath }: Props) {
  return (
    <p className="small muted" style={{ marginTop: "2rem" }}>
      Version {version}, every change reviewed · <Link href={historyPath}>History</Link>
      {dataPath && (
        <>
          {" "}
          · <a href={dataPath}>Data as JSON</a>
        </>
      )}
    </p>
  );
}
