"""The diff parser against git itself on random edits, and against random text."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.diff import FileStatus, parse_git_diff, parse_patch

LINE = st.sampled_from(["a", "b", "c", "", "x = 1", "  indent", "}", "tail", "\t"])
FILE = st.lists(LINE, min_size=0, max_size=40)


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True).stdout


def added_by_blame(root: Path, base: str, head: str, path: str) -> set[int]:
    """Lines of the head file that git attributes to the head commit, not to the base."""
    out = git(root, "blame", "-s", "-l", f"{base}..{head}", "--", path)
    added = set()
    for number, line in enumerate(out.splitlines(), start=1):
        if not line.startswith("^"):
            added.add(number)
    return added


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=FILE, new=FILE, eol=st.booleans())
def test_line_sets_equal_what_git_says(old: list[str], new: list[str], eol: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        git(root, "init", "-q")
        git(root, "config", "user.email", "f@z")
        git(root, "config", "user.name", "f")
        (root / "f.txt").write_text("\n".join(old) + ("\n" if old else ""))
        git(root, "add", "-A")
        git(root, "commit", "-q", "--allow-empty", "-m", "base")
        base = git(root, "rev-parse", "HEAD").strip()
        (root / "f.txt").write_text("\n".join(new) + ("\n" if new and eol else ""))
        git(root, "add", "-A")
        git(root, "commit", "-q", "--allow-empty", "-m", "head")
        head = git(root, "rev-parse", "HEAD").strip()
        text = git(root, "diff", "-U3", base, head)
        files = parse_git_diff(text)
        if not text.strip():
            assert files == []
            return
        (changed,) = files
        assert changed.added_lines == added_by_blame(root, base, head, "f.txt")
        assert not changed.added_lines & changed.context_lines
        covered = {n for h in changed.hunks for n in range(h.start, h.end + 1)}
        assert covered == changed.added_lines | changed.context_lines
        # GitHub's per-file patch (the hunks without headers) reads the same.
        patch = text[text.index("\n@@") + 1 :]
        same = parse_patch(path="f.txt", patch=patch, status=FileStatus.MODIFIED)
        assert (same.added_lines, same.context_lines, same.hunks) == (
            changed.added_lines, changed.context_lines, changed.hunks)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.one_of(
    st.sampled_from(["diff --git a/x b/x\n", "@@ -1,2 +1,3 @@\n", "@@ -0,0 +1 @@\n", "--- a/x\n", "+++ b/x\n",
                     "\\ No newline at end of file\n", "Binary files a/x and b/x differ\n"]),
    st.text(alphabet=list("@-+ \\\n,0123456789abdfgit/"), max_size=20),
), max_size=30).map("".join))
def test_never_raises_on_random_text(text: str) -> None:
    parse_git_diff(text)
    changed = parse_patch(path="x.py", patch=text, status=FileStatus.MODIFIED)
    assert changed.path == "x.py"
