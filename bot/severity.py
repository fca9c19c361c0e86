"""Severities, their order, and the fail-on threshold."""

from __future__ import annotations

import enum


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def from_semgrep(cls, value: str) -> Severity:
        # semgrep speaks INFO/WARNING/ERROR, and LOW/MEDIUM/HIGH/CRITICAL for
        # newer-style rules; both collapse onto our three levels.
        mapping = {
            "INFO": cls.INFO,
            "LOW": cls.INFO,
            "WARNING": cls.WARNING,
            "MEDIUM": cls.WARNING,
            "ERROR": cls.ERROR,
            "HIGH": cls.ERROR,
            "CRITICAL": cls.ERROR,
        }
        try:
            return mapping[value.upper()]
        except KeyError:
            raise ValueError(f"unknown semgrep severity {value!r}") from None

    @property
    def label(self) -> str:
        return self.name.lower()


FAIL_ON_CHOICES = ("info", "warning", "error", "none")


def parse_fail_on(value: str) -> Severity | None:
    """`none` means never fail; otherwise the lowest severity that fails the job."""
    text = value.strip().lower()
    if text == "none":
        return None
    for severity in Severity:
        if severity.label == text:
            return severity
    raise ValueError(f"fail-on must be one of {', '.join(FAIL_ON_CHOICES)}, not {value!r}")
