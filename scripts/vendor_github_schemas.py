"""Vendor the request-body schemas of the GitHub REST operations the bot calls.

Source: GitHub's published OpenAPI description as the npm package
@octokit/openapi carries it (`npm pack` fetches it from the npm registry).
Output: tests/support/github_openapi.json, which the fake GitHub uses to check
every request body the bot sends, so the bot cannot drift from what the real
API accepts. Run again to refresh: python scripts/vendor_github_schemas.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@octokit/openapi@23.0.2"
OPERATIONS = (
    "pulls/create-review",
    "pulls/create-review-comment",
    "pulls/update-review-comment",
    "pulls/create-reply-for-review-comment",
    "pulls/dismiss-review",
    "issues/create-comment",
    "issues/update-comment",
    "checks/create",
    "checks/update",
)
OUT = Path(__file__).resolve().parent.parent / "tests" / "support" / "github_openapi.json"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", PACKAGE], cwd=tmp, check=True, capture_output=True)
        (tarball,) = Path(tmp).glob("*.tgz")
        with tarfile.open(tarball) as tar:
            member = tar.getmember("package/generated/api.github.com.deref.json")
            spec = json.load(tar.extractfile(member))  # type: ignore[arg-type]
    found: dict[str, dict[str, object]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") in OPERATIONS:
                body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
                found[op["operationId"]] = {"method": method.upper(), "path": path, "schema": body.get("schema")}
    missing = sorted(set(OPERATIONS) - set(found))
    if missing:
        print(f"operations not found in {PACKAGE}: {missing}", file=sys.stderr)
        return 1
    OUT.write_text(json.dumps({"source": PACKAGE, "operations": found}, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT.name}: {len(found)} operations from {PACKAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
