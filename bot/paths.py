"""Where the packaged data lives, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def rules_dir() -> Path:
    # Installed, the pack is the package bot.rules; in a checkout it is the
    # top-level semgrep-rules/ folder the rule writers work in.
    installed = _HERE / "rules"
    return installed if installed.is_dir() else _HERE.parent / "semgrep-rules"
