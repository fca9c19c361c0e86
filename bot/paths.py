"""Where the packaged data lives, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def rules_dir() -> Path:
    # Installed, the pack is the package bot.rules; in a checkout it is the
    # top-level semgrep-rules/ folder the rule writers work in.
    installed = _HERE / "rules"
    return installed if installed.is_dir() else _HERE.parent / "semgrep-rules"


def context_rules_dir() -> Path:
    # Rules whose hits are facts for other findings (bot/escalate.py), never findings:
    # kept out of the pack folder so that scoring the pack alone does not see them.
    installed = _HERE / "context_rules"
    return installed if installed.is_dir() else _HERE.parent / "context-rules"
