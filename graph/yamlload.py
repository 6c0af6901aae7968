"""YAML loading that remembers where each mapping and sequence came from (file and line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class RecordError(Exception):
    """A record is wrong: says which file, which line, and what is wrong."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class LDict(dict):
    """A mapping from YAML, with the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]
    path: str = ""

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LList(list):
    """A sequence from YAML, with the line it starts on."""

    line: int = 0
    path: str = ""


#: libyaml's parser where PyYAML was built with it (the wheels are): the same nodes and marks, parsed about five
#: times faster (loading the records was most of what measuring a corpus part took beside its reading)
_BASE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _loader_for(path: Path) -> type[yaml.SafeLoader]:
    class Loader(_BASE_LOADER):  # type: ignore[misc,valid-type]
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LDict:
        loader.flatten_mapping(node)
        result = LDict()
        result.line = node.start_mark.line + 1
        result.path = str(path)
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in result:
                raise RecordError(path, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[str(key)] = key_node.start_mark.line + 1
        return result

    def sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LList:
        result = LList(loader.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.path = str(path)
        return result

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, sequence)
    return Loader


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; syntax errors become RecordErrors with the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RecordError(path, None, f"not UTF-8 text: {exc}") from exc
    try:
        return yaml.load(text, Loader=_loader_for(path))  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise RecordError(path, line, f"YAML syntax error: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise RecordError(path, None, f"YAML error: {exc}") from exc
