"""Loading the French → English lexicon files of ``lang/fr_en``."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..lang.fr_en import DATA_DIR
from ..lang.fr_en.morphology import FRENCH_FUNCTION_POS
from . import _english

_POS = frozenset("NOUN VERB ADJ ADV PRON DET ADP CCONJ SCONJ NUM INTJ PHRASE".split())


@dataclass
class Lexicon:
    """French lemma (lowercase) → English base forms, with each entry's word class."""

    translations: dict[str, set[str]] = field(default_factory=dict)
    function: set[str] = field(default_factory=set)  # French function words
    core: set[str] = field(default_factory=set)  # entries of the core (frequent) file
    multiword: dict[str, int] = field(default_factory=dict)  # first word → max length in words
    files: list[str] = field(default_factory=list)

    def add(self, french: str, pos: str, english: str, *, core: bool) -> None:
        key = " ".join(french.strip().lower().replace("’", "'").replace("'", "' ").split())
        if not key:
            return
        targets = self.translations.setdefault(key, set())
        for phrase in english.split(";"):
            targets.update(_english.target_lemmas(phrase))
        if pos in FRENCH_FUNCTION_POS:
            self.function.add(key)
        if core:
            self.core.add(key)
        words = key.split()
        if len(words) > 1:
            self.multiword[words[0]] = max(self.multiword.get(words[0], 0), len(words))


def read_lexicon(directory: Path = DATA_DIR) -> Lexicon:
    """Read every ``lexicon*.tsv`` file of `directory` (duplicates merged)."""
    lex = Lexicon()
    for path in sorted(directory.glob("lexicon*.tsv")):
        core = path.stem == "lexicon_core"
        lex.files.append(path.name)
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3 or parts[1].strip() not in _POS:
                    continue
                lex.add(parts[0], parts[1].strip(), parts[2], core=core)
    return lex


_lexicon: Lexicon | None = None
_lock = threading.Lock()


def lexicon() -> Lexicon:
    """The lexicon, read once."""
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                _lexicon = read_lexicon()
    return _lexicon
