"""deepseek_news: quotes, speakers, organizations, amounts and English originals from French news.

>>> import deepseek_news
>>> sorted(deepseek_news.__all__)[:3]
['ArticleRecord', 'Extractor', 'Match']

Importing the package is cheap: spaCy and the model load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "ArticleRecord",
    "Extractor",
    "ExtractorConfig",
    "Match",
    "ModelLoadError",
    "ModelNotFoundError",
    "MoneyAmount",
    "Organization",
    "Original",
    "Percentage",
    "Person",
    "Quote",
    "Speaker",
    "__version__",
    "extract",
    "find_amounts",
    "match",
    "to_dataframe",
]

_LAZY = {
    "extract": ("api", "extract"),
    "Extractor": ("api", "Extractor"),
    "ExtractorConfig": ("config", "ExtractorConfig"),
    "ModelLoadError": ("api", "ModelLoadError"),
    "ModelNotFoundError": ("api", "ModelNotFoundError"),
    "match": ("crosslingual", "match"),
    "find_amounts": ("amounts", "find_amounts"),
    "ArticleRecord": ("records", "ArticleRecord"),
    "Quote": ("records", "Quote"),
    "Speaker": ("records", "Speaker"),
    "Person": ("records", "Person"),
    "Organization": ("records", "Organization"),
    "MoneyAmount": ("records", "MoneyAmount"),
    "Percentage": ("records", "Percentage"),
    "Original": ("records", "Original"),
    "Match": ("records", "Match"),
    "to_dataframe": ("tables", "to_dataframe"),
}

if TYPE_CHECKING:
    from .amounts import find_amounts
    from .api import Extractor, ModelLoadError, ModelNotFoundError, extract
    from .config import ExtractorConfig
    from .crosslingual import match
    from .records import (
        ArticleRecord,
        Match,
        MoneyAmount,
        Organization,
        Original,
        Percentage,
        Person,
        Quote,
        Speaker,
    )
    from .tables import to_dataframe


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        value = getattr(import_module(f"{__name__}.{module}"), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
