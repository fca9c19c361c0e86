from __future__ import annotations

from bot.diff import FileStatus, Hunk, parse_git_diff, parse_patch
from tests.support.gitpr import Repo, github_files


def test_github_patch_gives_new_side_added_and_context_lines() -> None:
    patch = "@@ -1,4 +1,5 @@\n a\n-b\n+B\n+C\n c\n d\n@@ -20,2 +21,3 @@ def f():\n x\n+y\n z"
    f = parse_patch(path="src/app.py", patch=patch, status=FileStatus.MODIFIED)
    assert f.added_lines == frozenset({2, 3, 22})
    assert f.context_lines == frozenset({1, 4, 5, 21, 23})
    assert f.hunks == (Hunk(start=1, end=5), Hunk(start=21, end=23))
    assert f.hunk_of(22) == Hunk(start=21, end=23) and f.hunk_of(10) is None


def test_missing_patch_is_marked_and_empty_patch_is_a_pure_rename() -> None:
    binary = parse_patch(path="logo.png", patch=None, status=FileStatus.MODIFIED)
    assert not binary.has_patch and binary.added_lines == frozenset()
    rename = parse_patch(path="new.py", patch="", status=FileStatus.RENAMED, old_path="old.py")
    assert rename.has_patch and rename.hunks == () and rename.old_path == "old.py"


def test_no_newline_at_end_of_file() -> None:
    patch = "@@ -1,2 +1,3 @@\n x\n-y\n\\ No newline at end of file\n+y\n+z\n\\ No newline at end of file"
    f = parse_patch(path="b.py", patch=patch, status=FileStatus.MODIFIED)
    assert f.added_lines == frozenset({2, 3}) and f.context_lines == frozenset({1})


def test_git_diff_statuses_and_lines(repo: Repo) -> None:
    repo.write("keep.py", "".join(f"line{i}\n" for i in range(1, 21)))
    repo.write("gone.py", "bye\n")
    repo.write("move me.py", "same\ncontent\nhere\n")
    repo.write("logo.bin", "\0\1")
    base = repo.commit()
    repo.write("keep.py", "".join(("CHANGED\n" if i == 10 else f"line{i}\n") for i in range(1, 21)))
    (repo.root / "gone.py").unlink()
    (repo.root / "move me.py").rename(repo.root / "moved é.py")
    repo.write("new.py", "a\nb")
    (repo.root / "logo.bin").write_bytes(b"\0\2")
    head = repo.commit()
    text = repo.git("-c", "core.quotepath=false", "diff", "-M", base, head)
    files = {f.path: f for f in parse_git_diff(text)}
    assert files["keep.py"].status is FileStatus.MODIFIED
    assert files["keep.py"].added_lines == frozenset({10})
    assert files["keep.py"].context_lines == frozenset({7, 8, 9, 11, 12, 13})
    assert files["gone.py"].status is FileStatus.REMOVED and not files["gone.py"].exists_at_head
    assert files["moved é.py"].status is FileStatus.RENAMED and files["moved é.py"].old_path == "move me.py"
    assert files["new.py"].status is FileStatus.ADDED and files["new.py"].added_lines == frozenset({1, 2})
    assert not files["logo.bin"].has_patch


def test_both_sources_agree(repo: Repo) -> None:
    repo.write("a.py", "".join(f"v{i}\n" for i in range(40)))
    base = repo.commit()
    repo.write("a.py", "".join((f"w{i}\n" if i % 9 == 0 else f"v{i}\n") for i in range(40)) + "tail\n")
    head = repo.commit()
    from_git = parse_git_diff(repo.git("diff", base, head))[0]
    item = github_files(repo, base, head)[0]
    from_api = parse_patch(path=item["filename"], patch=item["patch"], status=FileStatus.MODIFIED)
    assert from_git == from_api
