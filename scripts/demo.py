"""Run the real `review` job on the bundled example change and print the review it posts.

GitHub is replaced by the test suite's fake GitHub on 127.0.0.1, so this runs
anywhere, offline: a git repository is built from examples/demo/base and
examples/demo/head, `jwt-session-guard review` runs with the environment a
GitHub runner gives it, and the review it posted is printed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.fake_github import FakeGitHub, PullState  # noqa: E402
from tests.support.gitpr import Repo, github_files  # noqa: E402


def main() -> int:
    demo = ROOT / "examples" / "demo"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        repo = Repo(tmp / "repo")
        shutil.copytree(demo / "base", repo.root, dirs_exist_ok=True)
        base = repo.commit("base")
        shutil.copytree(demo / "head", repo.root, dirs_exist_ok=True)
        head = repo.commit("add login and a current_user helper")
        fake = FakeGitHub(token="demo-token").start()
        try:
            fake.add_pull(PullState(number=1, head_sha=head, base_sha=base, files=github_files(repo, base, head)))
            event = tmp / "event.json"
            event.write_text(json.dumps({"pull_request": {"number": 1, "head": {"sha": head}, "base": {"sha": base}}}))
            env = {
                "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
                "GITHUB_EVENT_PATH": str(event),
                "GITHUB_EVENT_NAME": "pull_request",
                "GITHUB_REPOSITORY": fake.full_name,
                "GITHUB_WORKSPACE": str(repo.root),
                "GITHUB_API_URL": fake.url,
                "GITHUB_SHA": head,
                "GITHUB_TOKEN": "demo-token",
                "INPUT_FAIL-ON": "error",
            }
            cli = str(Path(sys.executable).parent / "jwt-session-guard")
            proc = subprocess.run([cli, "review"], cwd=repo.root, env=env, text=True, capture_output=True)
        finally:
            fake.stop()
        sys.stderr.write(proc.stderr)
        for pull in fake.pulls.values():
            for review in pull.reviews:
                print("=" * 72)
                print(f"REVIEW on {fake.full_name}#1 (event COMMENT, commit {head[:12]})")
                print(review["body"])
            for comment in pull.review_comments:
                print("-" * 72)
                print(f"INLINE COMMENT {comment['path']}:{comment['line']}")
                print(comment["body"])
        print("=" * 72)
        print(f"exit code {proc.returncode} (fail-on: error; 1 means the check blocks the merge)")
        return 0 if proc.returncode in (0, 1) else proc.returncode


if __name__ == "__main__":
    sys.exit(main())
