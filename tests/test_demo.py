"""The README's example comments are what the bundled demo really posts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_comments() -> list[list[str]]:
    """The block-quoted comments of the README's "What a comment looks like" section, line by line."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## What a comment looks like", 1)[1].split("\n## ", 1)[0].split("### ", 1)[0]
    quotes = re.findall(r"(?:^>.*\n)+", section, flags=re.M)
    return [[line[2:] if line.startswith("> ") else "" for line in q.splitlines()] for q in quotes]


def test_the_readme_quotes_the_demo_comments_line_for_line() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py")], capture_output=True, text=True,
                          timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    posted = {
        block.split("\n", 1)[0].removeprefix("INLINE COMMENT "): block.split("\n", 1)[1].split("=" * 72)[0]
        for block in re.split(r"^-{72}\n", proc.stdout, flags=re.M) if block.startswith("INLINE COMMENT ")
    }
    assert sorted(posted) == ["api/auth.py:16", "web/session.js:3"]
    quoted = readme_comments()
    assert len(quoted) == 2
    for where, lines in zip(("api/auth.py:16", "web/session.js:3"), quoted):
        # The README folds the <details> block to one line; everything else is verbatim.
        body = re.sub(r"<details>.*?</details>", "<details>", posted[where], flags=re.S)
        body = re.sub(r"\n*<!--.*?-->", "", body, flags=re.S).strip().splitlines()
        shown = [re.sub(r"<details>.*", "<details>", line) for line in lines]
        assert shown == body, where
