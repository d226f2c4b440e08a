"""French → English bilingual data: the lexicon files and morphology tables.

Lexicon files
-------------
Every ``lexicon*.tsv`` file of this folder is read (entries of the same French
lemma are merged): ``lexicon_core.tsv`` (function words, auxiliaries, numbers
and the most frequent French words), ``lexicon_a-h.tsv`` and
``lexicon_i-z.tsv`` (general vocabulary by the French lemma's first letter).

Format (UTF-8, tab-separated)::

    # comment lines first: provenance and licence
    french_lemma<TAB>POS<TAB>english1;english2;...

``POS`` is one of NOUN VERB ADJ ADV PRON DET ADP CCONJ SCONJ NUM INTJ PHRASE.
French entries are lemmas (infinitives, masculine singular) and may be
multiword ("parce que", "intelligence artificielle").  English translations
are base forms, lowercase except proper nouns, multiword allowed.

Provenance: the lexicon files were written for deepseek_news by the project's
authors from their knowledge of both languages; no third-party dictionary was
copied.  Same licence as the project (MIT).

:mod:`.morphology` holds the French future/conditional tense endings and the
French → English cognate suffix correspondences, also written for the project
from French and English grammar.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
