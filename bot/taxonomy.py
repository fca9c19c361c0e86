"""The antipattern taxonomy (bot/antipatterns.yml): the one source of truth for ids.

The bot reads what it renders and gates on; `seed`, `detect` and `safe` are for
rule writers and benchmark labelers, who read the YAML itself.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml

from bot.severity import Severity


@dataclass(frozen=True, kw_only=True)
class Antipattern:
    id: str
    title: str
    min_severity: Severity
    cwe: tuple[str, ...]


@functools.cache
def antipatterns() -> dict[str, Antipattern]:
    text = resources.files("bot").joinpath("antipatterns.yml").read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    return {
        item["id"]: Antipattern(
            id=item["id"],
            title=item["title"],
            min_severity=Severity.from_semgrep(item["min_severity"]),
            cwe=tuple(item.get("cwe", [])),
        )
        for item in doc["antipatterns"]
    }
