"""Where the packaged data lives, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _packaged(installed: str, checkout: str) -> Path:
    # Installed, the data is a subpackage of bot; in a checkout it is the
    # top-level folder the rule writers work in.
    path = _HERE / installed
    return path if path.is_dir() else _HERE.parent / checkout


def rules_dir() -> Path:
    return _packaged("rules", "semgrep-rules")


def context_rules_dir() -> Path:
    # Rules whose hits are facts for other findings (bot/escalate.py), never findings:
    # kept out of the pack folder so that scoring the pack alone does not see them.
    return _packaged("context_rules", "context-rules")
