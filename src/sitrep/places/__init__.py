"""Places: find place names and resolve them against an offline gazetteer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from sitrep.model import Passage, Place


@dataclass
class Gazetteer:  # placeholder until the gazetteer lands
    @classmethod
    def open(cls) -> Gazetteer:
        return cls()


def locate(passages: Sequence[Passage], docs: Sequence[Doc], gazetteer: Gazetteer) -> tuple[Place, ...]:
    return ()


__all__ = ["Gazetteer", "locate"]
