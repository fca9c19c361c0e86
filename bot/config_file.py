"""The repository's config file: YAML, validated by a JSON Schema, errors with file:line."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from bot.errors import ConfigError


def _schema() -> dict[str, Any]:
    text = resources.files("bot.schemas").joinpath("config.schema.json").read_text("utf-8")
    return dict(json.loads(text))


def _line_of(node: yaml.Node, path: list[str | int]) -> int:
    """1-based line of the value at `path` in the composed YAML tree (or its nearest parent)."""
    line = node.start_mark.line + 1
    for key in path:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == key:
                    line, node = k.start_mark.line + 1, v
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def load_config_file(path: Path) -> dict[str, Any]:
    """The validated mapping of the file; an absent file is an empty config."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc}") from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"{at}: invalid YAML: {getattr(exc, 'problem', exc)}") from exc
    if data is None:
        return {}
    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        lines = []
        for err in errors:
            where = list(err.absolute_path)
            if err.validator == "additionalProperties" and isinstance(err.instance, dict):
                allowed = set(err.schema.get("properties", {}))
                for extra in sorted(set(err.instance) - allowed):
                    key_path = [*where, extra]
                    line = _line_of(node, key_path) if node else 1
                    dotted = ".".join(map(str, key_path))
                    lines.append(f"{path}:{line}: {dotted}: unknown key")
                continue
            line = _line_of(node, where) if node else 1
            dotted = ".".join(map(str, where)) or "(top level)"
            lines.append(f"{path}:{line}: {dotted}: {err.message}")
        raise ConfigError("invalid configuration:\n" + "\n".join(lines))
    return dict(data)
