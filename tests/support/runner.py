"""The environment a Docker action gets from the runner, built from action.yml itself.

The runner sets INPUT_<NAME> (upper case, hyphens kept) for EVERY input,
filling the defaults action.yml declares, and then the action's explicit
`env:` map. Tests that leave the defaults out see a program users never run
(config-file keys then seemed to apply when in the Action they never did).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def action_inputs(token: str, overrides: Mapping[str, str]) -> dict[str, str]:
    """Input values as the runner resolves them: action.yml defaults, then the workflow's `with:`."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    values = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    # `${{ github.token }}` is the run's token.
    values["github-token"] = token
    unknown = set(overrides) - set(values)
    if unknown:
        raise KeyError(f"not inputs of action.yml: {sorted(unknown)}")
    values.update(overrides)
    return values


def input_env(token: str, overrides: Mapping[str, str]) -> dict[str, str]:
    """INPUT_* variables: every input with hyphens kept, then action.yml's `env:` map."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    values = action_inputs(token, overrides)
    env = {f"INPUT_{name.upper()}": value for name, value in values.items()}
    for key, expression in action["runs"]["env"].items():
        name = expression.removeprefix("${{ inputs.").removesuffix(" }}")
        env[key] = values[name]
    return env
