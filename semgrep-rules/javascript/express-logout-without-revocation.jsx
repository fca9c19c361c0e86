export function Toolbar({ onRefresh, signOut }) {
  return (
    <nav>
      <button
        className="exit"
        // ruleid: express-logout-without-revocation
        onClick={() => {
          if (window.confirm("Leave?")) {
            localStorage.removeItem("token");
            window.location.href = "/";
          }
        }}
      >
        Exit
      </button>
      {/* ok: express-logout-without-revocation */}
      <button onClick={() => { localStorage.removeItem("draftNote"); onRefresh(); }}>Discard draft</button>
      <button
        // ok: express-logout-without-revocation
        onClick={async () => {
          await fetch("/api/session", { method: "DELETE", credentials: "include" });
          localStorage.removeItem("token");
        }}
      >
        Sign out
      </button>
      <button
        // ok: express-logout-without-revocation
        onClick={() => {
          signOut();
          localStorage.removeItem("accessToken");
        }}
      >
        Sign out
      </button>
    </nav>
  );
}
