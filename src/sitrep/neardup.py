"""Finds republished copies of one report before coding: MinHash LSH over body shingles.

A wire story reprinted by many outlets keeps its sentences while the headline, byline,
boilerplate and length change. Each body becomes a MinHash signature of its word 5-shingles;
locality-sensitive hashing (datasketch) proposes earlier bodies that share many shingles, and
a body is a copy when most of the shorter text's shingles are in the other (containment,
which a truncated reprint keeps even when its Jaccard resemblance drops). The first body seen
is the original: it is coded, its copies are stored as sources of the same report.

The signature's band hashes (`bands`) are plain integers, so a cluster engine can group
documents on them without this module (the Spark path does).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

import numpy
from datasketch import LeanMinHash, MinHash, MinHashLSH

from sitrep.model import Copy

SHINGLE = 5  # words per shingle
PERMUTATIONS = 128
CANDIDATE = 0.3  # Jaccard at which LSH proposes a pair (a half-length reprint is near 0.4)
CONTAINED = 0.8  # share of the shorter body's shingles found in the other: a copy
MIN_SHINGLES = 20  # shorter bodies (a few sentences) are never called copies
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The body's word `size`-grams, case-folded (numbers kept: a new toll is a new story)."""
    words = _WORD.findall(text.casefold())
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


@dataclass(frozen=True)
class Signature:
    """What near-duplicate search keeps of a body: its MinHash and its shingle count."""

    minhash: LeanMinHash
    size: int

    @classmethod
    def of(cls, text: str, permutations: int = PERMUTATIONS) -> Signature:
        grams = shingles(text)
        minhash = MinHash(num_perm=permutations, seed=1)
        minhash.update_batch(list(grams))
        return cls(LeanMinHash(minhash), len(grams))

    def containment(self, other: Signature) -> float:
        """Estimated share of the smaller shingle set that lies in the other."""
        jaccard = self.minhash.jaccard(other.minhash)
        small, large = sorted((self.size, other.size))
        if small == 0:
            return 0.0
        return min(1.0, jaccard * (small + large) / ((1 + jaccard) * small))

    def bands(self, bands: int, rows: int) -> list[int]:
        """One hash per LSH band: bodies that agree on any band are candidate copies."""
        values = numpy.asarray(self.minhash.hashvalues, dtype="uint64")
        return [
            zlib.crc32(values[b * rows : (b + 1) * rows].tobytes()) * 64 + b for b in range(bands)
        ]


@dataclass
class NearDuplicates:
    """First seen wins: `check` says which earlier body a new one copies, else remembers it.

    Memory grows with the number of originals (a signature each, about 1 KiB); a backfill
    larger than memory groups on `Signature.bands` in the cluster engine instead.
    """

    candidate: float = CANDIDATE
    contained: float = CONTAINED
    permutations: int = PERMUTATIONS
    _lsh: MinHashLSH = field(init=False)
    _seen: dict[str, Signature] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.candidate, num_perm=self.permutations)

    def check(self, key: str, body: str) -> Copy | None:
        signature = Signature.of(body, self.permutations)
        found = self.match(key, signature)
        if found is None:
            self.remember(key, signature)
        return found

    def remember(self, key: str, signature: Signature) -> None:
        """Keep an original, for later bodies to be compared with."""
        if key not in self._seen:
            self._lsh.insert(key, signature.minhash)
            self._seen[key] = signature

    def match(self, key: str, signature: Signature) -> Copy | None:
        """The earlier body `signature` copies (the most similar), or None."""
        if signature.size < MIN_SHINGLES:
            return None
        best: Copy | None = None
        for other in self._lsh.query(signature.minhash):
            seen = self._seen[other]
            if other == key or seen.size < MIN_SHINGLES:
                continue
            share = signature.containment(seen)
            if share >= self.contained and (best is None or share > best.resemblance):
                best = Copy(key, other, round(share, 3))
        return best

    @property
    def bands(self) -> tuple[int, int]:
        """(bands, rows per band) of the LSH index, for grouping elsewhere alike."""
        return self._lsh.b, self._lsh.r


__all__ = ["NearDuplicates", "Signature", "shingles"]
