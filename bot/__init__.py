"""jwt-session-guard: review pull requests for JWT and session-management antipatterns."""

__version__ = "0.1.0"
