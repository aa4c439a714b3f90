"""Records to plain JSON and back, losslessly: how a coded article crosses a Parquet file.

`as_dict` (model.py) writes a record as JSON-ready data; `from_dict` rebuilds it from the
dataclass's own type hints, so a field added to a record needs no change here.
"""

from __future__ import annotations

import functools
import json
import types
import typing
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any, TypeVar

from sitrep.model import Extraction, as_dict

T = TypeVar("T")


def extraction_to_json(extraction: Extraction) -> str:
    return json.dumps(as_dict(extraction), ensure_ascii=False, separators=(",", ":"))


def extraction_from_json(text: str) -> Extraction:
    return from_dict(Extraction, json.loads(text))


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    hints = _hints(cls)  # type: ignore[arg-type]
    values = {f.name: _value(hints[f.name], data[f.name]) for f in fields(cls) if f.name in data}  # type: ignore[arg-type]
    return cls(**values)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _value(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        return _value(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], v) for v in value)
        return tuple(_value(a, v) for a, v in zip(args, value, strict=True))
    if isinstance(kind, type) and is_dataclass(kind):
        return from_dict(kind, value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is float and isinstance(value, int):
        return float(value)
    return value
