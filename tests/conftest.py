from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo

BIN = Path(sys.executable).parent
CLI = str(BIN / "jwt-session-guard")


@pytest.fixture
def fake_github() -> Iterator[FakeGitHub]:
    fake = FakeGitHub().start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return Repo(tmp_path / "repo")


def run_cli(
    args: list[str], *, cwd: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed console script, as users and the container run it."""
    return subprocess.run(
        [CLI, *args], cwd=cwd, env={**cli_env(), **(env or {})}, capture_output=True, text=True,
        timeout=300,
    )


def cli_env() -> dict[str, str]:
    """This process's environment without the runner's variables, the venv's scripts first on PATH."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_"))}
    base["PATH"] = f"{BIN}{os.pathsep}{base.get('PATH', '')}"
    return base
