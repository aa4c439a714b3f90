"""The knowledge bundle: every data file sitrep codes with, loaded once, with one digest.

Taxonomy and cues, actor aliases, numbers, factuality and time words, boilerplate patterns, the
place lexicon and the gazetteer supplement live as files in one data directory (the packaged
`sitrep/data` unless another is given). `Knowledge.load(data_dir)` reads them all once; its
`digest` names exactly what coded an event, and the same bundle is what a web worker or a Spark
executor receives.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sitrep.events.knowledge import EventKnowledge, load_event_knowledge
from sitrep.intake._rules import Rules, load_rules
from sitrep.places._lexicon import Lexicon, load_lexicon
from sitrep.time._words import TimeWords, load_time_words

# The files that decide how an article is coded (demo articles and evaluation maps do not).
CODING_FILES = (
    "taxonomy.toml", "actors.toml", "numbers.toml", "factuality.toml", "time_words.toml",
    "boilerplate.toml", "places.toml", "gazetteer_supplement.tsv", "admin1.tsv",
)  # fmt: skip


def default_data_dir() -> Path:
    return Path(str(resources.files("sitrep") / "data"))


@dataclass(frozen=True)
class Knowledge:
    data_dir: Path
    events: EventKnowledge
    intake: Rules
    time_words: TimeWords
    places: Lexicon
    files: Mapping[str, str]  # file name -> sha256 of its bytes
    digest: str  # sha256 over every coding file's name and bytes: what coded an event

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Knowledge:
        folder = Path(data_dir) if data_dir else default_data_dir()
        missing = [name for name in CODING_FILES if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(f"{folder}: knowledge files missing: {', '.join(missing)}")
        files = {
            name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in CODING_FILES
        }
        return cls(
            data_dir=folder,
            events=load_event_knowledge(folder),
            intake=load_rules(folder / "boilerplate.toml"),
            time_words=load_time_words(str(folder / "time_words.toml")),
            places=load_lexicon(folder / "places.toml"),
            files=files,
            digest=bundle_digest(files),
        )

    def sources(self) -> dict[str, str]:
        """Each file's "Source:" line (else its first comment): where its knowledge comes from."""
        return {name: _source_line(self.data_dir / name) for name in CODING_FILES}


def bundle_digest(files: Mapping[str, str], *extra: str) -> str:
    """One digest over file hashes (and extra identities, such as the gazetteer's)."""
    lines = [f"{name} {sha}" for name, sha in sorted(files.items())] + list(extra)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _source_line(path: Path) -> str:
    comments = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            comments.append(line.lstrip("# ").strip())
    named = [c for c in comments if c.lower().startswith("source")]
    return (named or comments or [""])[0]
