"""Reading files at a commit in one batch: what is read, what is refused."""

from __future__ import annotations

import os
from pathlib import Path

from bot.gitrepo import GitRepo
from bot.sources import git_reader, materialize
from tests.support.gitpr import Repo


def _repo(tmp_path: Path) -> tuple[Repo, str]:
    repo = Repo(tmp_path / "r")
    repo.write("a.py", "x = 1\n")
    repo.write("dir/b c.js", "let s = 'é';\n")
    repo.write("*.py", "literal star\n")
    (repo.root / "bin.dat").write_bytes(b"\x00\n\xff" * 1000 + b"\n")
    (repo.root / "empty.rb").write_bytes(b"")
    os.symlink("/etc/passwd", repo.root / "link.py")
    return repo, repo.commit("one")


def test_blobs_at_reads_regular_files_byte_for_byte(tmp_path: Path) -> None:
    repo, sha = _repo(tmp_path)
    repo.write("a.py", "x = 2\n")  # the work tree moves on; the commit is what is read
    got = GitRepo(root=repo.root).blobs_at(sha, ["a.py", "dir/b c.js", "bin.dat", "empty.rb"])
    assert got == {
        "a.py": b"x = 1\n",
        "dir/b c.js": "let s = 'é';\n".encode(),
        "bin.dat": b"\x00\n\xff" * 1000 + b"\n",
        "empty.rb": b"",
    }


def test_blobs_at_refuses_symlinks_and_missing_and_reads_names_literally(tmp_path: Path) -> None:
    repo, sha = _repo(tmp_path)
    got = GitRepo(root=repo.root).blobs_at(sha, ["link.py", "missing.py", "dir", "*.py"])
    # "*.py" is the file of that name, not a glob that would match a.py.
    assert got == {"*.py": b"literal star\n"}


def test_blobs_at_many_paths_spans_several_ls_tree_calls(tmp_path: Path) -> None:
    repo = Repo(tmp_path / "r")
    for i in range(1203):
        repo.write(f"pkg/m{i}.py", f"v = {i}\n")
    sha = repo.commit("many")
    paths = [f"pkg/m{i}.py" for i in range(1203)]
    got = GitRepo(root=repo.root).blobs_at(sha, paths)
    assert len(got) == 1203
    assert got["pkg/m0.py"] == b"v = 0\n" and got["pkg/m1202.py"] == b"v = 1202\n"


def test_materialize_from_git_skips_unsafe_and_unreadable(tmp_path: Path) -> None:
    repo, sha = _repo(tmp_path)
    dest = tmp_path / "tree"
    written = materialize(["a.py", "../a.py", "link.py", "dir/b c.js"], git_reader(GitRepo(root=repo.root), sha), dest)
    assert written == ["a.py", "dir/b c.js"]
    assert (dest / "a.py").read_bytes() == b"x = 1\n"
    assert sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()) == [
        ".semgrepignore", "a.py", "dir/b c.js"]
