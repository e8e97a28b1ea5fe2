"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="content" tabIndex={-1} className="page">
      <div className="card" role="alert">
        <h1>Something went wrong</h1>
        <p>The error has been logged{error.digest && <> (reference {error.digest})</>}. Nothing you saved is lost.</p>
        <button onClick={reset}>Try again</button>
      </div>
    </main>
  );
}
