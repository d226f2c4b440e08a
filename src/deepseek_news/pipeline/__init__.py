"""spaCy components of deepseek_news, registered as factories.

Importing this package registers them; installed packages also declare them as
``spacy_factories`` entry points, so ``nlp.add_pipe("dsn_quotes")`` works
without importing deepseek_news.  Span keys are listed in ``KEYS``.
"""

from __future__ import annotations

from . import amounts, attribute_rules, attribution, entities, language, lemmatizer, quotes, reported
from . import getters as getters  # registers the Doc extension getters

# The order in which Extractor adds the components after the model's own.
PIPE_NAMES = ("dsn_language", "dsn_quotes", "dsn_entities", "dsn_reported", "dsn_attribution", "dsn_amounts")

KEYS = {
    "english": "dsn_english",
    "quotes": "dsn_quotes",
    "persons": "dsn_persons",
    "orgs": "dsn_orgs",
    "indirect": "dsn_indirect",
    "cues": "dsn_cues",
    "speaker_mentions": "dsn_speaker_mentions",
    "speakers": "dsn_speakers",
    "money": "dsn_money",
    "percent": "dsn_percent",
}


def preload() -> None:
    """Fill now the caches the components would otherwise fill on the first document: the
    cross-lingual lexicon and lemma table, the first-name lexicon, the entity finder's
    compiled patterns.  Called by :func:`deepseek_news.api.load_model` with the model, so
    the first text costs what the next ones do (and forked workers share what is read)."""
    from .. import crosslingual, gender

    crosslingual.preload()
    gender.preload()
    entities.preload()


__all__ = [
    "KEYS",
    "PIPE_NAMES",
    "amounts",
    "attribute_rules",
    "attribution",
    "entities",
    "language",
    "lemmatizer",
    "preload",
    "quotes",
    "reported",
]
