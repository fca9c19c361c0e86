"""Domain exceptions; each carries the exit code the CLI maps it to."""

from __future__ import annotations


class GuardError(Exception):
    exit_code = 3


class ConfigError(GuardError):
    """Bad usage or configuration: nothing was posted. Exit 2."""

    exit_code = 2


class CannotGetDiff(GuardError):
    """The changed files or their head versions could not be read. Exit 3."""


class ScanFailed(GuardError):
    """semgrep crashed, timed out or rejected the rule pack. Exit 3."""

    def __init__(self, message: str, *, stderr: str = "") -> None:
        super().__init__(message)
        self.stderr = stderr


class CannotPostReview(GuardError):
    """GitHub refused or could not be reached. Exit 3."""


class TemplateFailed(ConfigError):
    """A remediation template failed to render: nothing is posted. Exit 2."""
