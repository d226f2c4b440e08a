"""`extract()` and `Extractor`: model loading, normalization, chunking, records."""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING, Any, cast

from .config import DEFAULT_MODEL, ExtractorConfig
from .records import ArticleRecord, RecordWarning
from .text import Normalized, chunk_spans, escape_surrogates, normalize, replace_surrogates

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger("deepseek_news")
# one INFO record as the model starts loading (the command shows it on a terminal)
_load_log = logging.getLogger("deepseek_news.model")


class ModelLoadError(RuntimeError):
    """The spaCy model could not be loaded (not installed, incompatible, broken)."""


class ModelNotFoundError(ModelLoadError, OSError):
    """The spaCy model is not installed."""


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model `name` and add the deepseek_news components.

    Raises :class:`ModelNotFoundError` when no such model is installed and
    :class:`ModelLoadError` for any other failure to load it.
    """
    import spacy
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer

    from . import pipeline

    _load_log.info("loading model %s…", name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = (
            "It is a dependency of deepseek-news: reinstall with `pip install deepseek-news`, "
            "or install the model alone with "
            if name == DEFAULT_MODEL
            else "Check the name, or install it with "
        )
        raise ModelNotFoundError(
            f"The spaCy model {name!r} is not installed. {hint}"
            f"`pip install {name}` (or `python -m spacy download {name}`)."
        ) from exc
    except Exception as exc:
        raise ModelLoadError(
            f"The spaCy model {name!r} could not be loaded: {type(exc).__name__}: {exc}"
        ) from exc
    try:
        # the model's attribute rules, applied without spaCy's Matcher when they are exactly
        # those of the French pipelines (same token attributes, about 3 % of the model's time)
        if "attribute_ruler" in nlp.pipe_names and pipeline.attribute_rules.replaces(
            nlp.get_pipe("attribute_ruler")
        ):
            nlp.replace_pipe("attribute_ruler", "dsn_attribute_rules")
        # the model's rule lemmatizer with each (word, part of speech) lemmatized once (same lemmas)
        model_lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        if isinstance(model_lemmatizer, FrenchLemmatizer) and pipeline.lemmatizer.replaces(model_lemmatizer):
            lemmas = nlp.replace_pipe(
                "lemmatizer", "dsn_lemmatizer", config={"overwrite": model_lemmatizer.overwrite}
            )
            cast(pipeline.lemmatizer.Lemmas, lemmas).adopt(model_lemmatizer)
        for pipe in pipeline.PIPE_NAMES:
            if pipe not in nlp.pipe_names:
                nlp.add_pipe(pipe)
    except Exception as exc:
        raise ModelLoadError(
            f"The deepseek_news components could not be added to {name!r}: {type(exc).__name__}: {exc}"
        ) from exc
    pipeline.preload()  # the lexicons and patterns the first text would otherwise read
    return nlp


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(
            f"deepseek_news expects text as str, got {type(text).__name__}; "
            "decode bytes first (for example with deepseek_news.io.decode_bytes)"
        )
    return text


def _check_originals(originals: object) -> Sequence[str]:
    if isinstance(originals, str | bytes) or not isinstance(originals, Sequence):
        raise TypeError(
            f"originals must be a sequence of English texts, got {type(originals).__name__}; "
            "wrap a single text in a list"
        )
    for i, original in enumerate(originals):
        if not isinstance(original, str):
            raise TypeError(f"originals[{i}] must be str, got {type(original).__name__}")
    return originals


class _Unset:
    def __repr__(self) -> str:
        return "<from config>"


_UNSET: Any = _Unset()


class Extractor:
    """Extracts records from French news text; loads its spaCy model once, on first use.

    >>> ex = Extractor()                       # cheap: nothing loaded yet
    >>> rec = ex.extract("« Bonjour », a dit Marie Dupont.")  # doctest: +SKIP
    >>> Extractor(config=ExtractorConfig(default_currency="EUR")).config.default_currency
    'EUR'

    Settings come from `config` (an :class:`ExtractorConfig`, default settings
    when None); the keyword arguments, when given, override its fields, so
    ``Extractor(default_currency="CAD")`` is ``Extractor(config=ExtractorConfig(default_currency="CAD"))``.
    `nlp`: an already loaded pipeline with the deepseek_news components (the
    model is then not loaded).
    """

    def __init__(
        self,
        model: str = _UNSET,
        *,
        default_currency: str | None = _UNSET,
        aliases: Mapping[str, str] | None = _UNSET,
        max_chunk_chars: int = _UNSET,
        nlp: Language | None = None,
        config: ExtractorConfig | None = None,
    ) -> None:
        overrides = {
            key: value
            for key, value in (
                ("model", model),
                ("default_currency", default_currency),
                ("aliases", dict(aliases or {}) if aliases is not _UNSET else _UNSET),
                ("max_chunk_chars", max_chunk_chars),
            )
            if value is not _UNSET
        }
        base = config if config is not None else ExtractorConfig()
        self.config = ExtractorConfig(**{**base.model_dump(), **overrides}) if overrides else base
        self._nlp = nlp
        self._lock = threading.Lock()

    @property
    def model(self) -> str:
        return self.config.model

    @property
    def default_currency(self) -> str | None:
        return self.config.default_currency

    @property
    def aliases(self) -> dict[str, str]:
        return self.config.aliases

    @property
    def max_chunk_chars(self) -> int:
        return self.config.max_chunk_chars

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = load_model(self.model)
        return self._nlp

    def extract(
        self, text: str, *, originals: Sequence[str] = (), doc_id: str | None = None
    ) -> ArticleRecord:
        """Extract one article."""
        return next(iter(self.extract_many([text], originals=originals, doc_ids=[doc_id], n_process=1)))

    def extract_many(
        self,
        texts: Iterable[str],
        *,
        originals: Sequence[str] = (),
        doc_ids: Iterable[str | None] | None = None,
        n_process: int | None = None,
        batch_size: int | None = None,
        batch_chars: int | None = None,
    ) -> Iterator[ArticleRecord]:
        """Extract many articles lazily, in order; one record per text.

        Texts longer than `max_chunk_chars` are processed in paragraph chunks;
        offsets always refer to the caller's strings.  `n_process`,
        `batch_size` and `batch_chars` default to the extractor's config.

        spaCy processes up to `batch_size` texts (or chunks) together, and at
        most `batch_chars` characters (default: `max_chunk_chars`): a batch is
        closed early when the next text would take it over the budget (a longer
        text goes alone).  spaCy's memory grows with the characters of a batch
        (about 0.35 GB per 100 000), so the chunks of a very long text go
        through one at a time, while 32 news articles of a few thousand
        characters still make one batch.
        """
        originals = _check_originals(originals)
        config = self.config
        n_process = config.n_process if n_process is None else n_process
        batch_size = config.batch_size if batch_size is None else batch_size
        budget = config.batch_budget if batch_chars is None else batch_chars
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if budget < 1:
            raise ValueError("batch_chars must be at least 1")
        ids: Iterator[str | None] = iter(doc_ids) if doc_ids is not None else _nones()
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            yield from self._extract_forked(texts, ids, originals, n_process, batch_size, budget)
            return
        pending: dict[int, _Pending] = {}

        def chunks() -> Iterator[tuple[str, tuple[int, int, int] | None]]:
            for index, text in enumerate(texts):
                safe, warnings = _safe_input(_check_text(text), next(ids, None))
                norm = normalize(safe[0])
                spans = [] if not norm.text.strip() else list(chunk_spans(norm.text, self.max_chunk_chars))
                pending[index] = _Pending(norm, safe[1], len(spans), warnings)
                for c, (start, end) in enumerate(spans):
                    yield norm.text[start:end], (index, start, c)

        from ._pretokenize import prepare
        from .pipeline.build import chunk_part, merge_parts

        next_out = 0

        def ready() -> Iterator[ArticleRecord]:
            nonlocal next_out
            while next_out in pending and len(pending[next_out].parts) == pending[next_out].n_chunks:
                p = pending.pop(next_out)
                record = merge_parts(
                    p.parts, p.norm, doc_id=p.doc_id, originals=originals, aliases=self.aliases
                )
                record.warnings += p.warnings
                yield record
                next_out += 1

        # Plain strings go to nlp.pipe (not as_tuples): with n_process > 1 the
        # worker processes then tokenize, instead of the main process making and
        # serializing a Doc per text.  nlp.pipe keeps the order, so the contexts
        # wait in a queue on this side.
        contexts: deque[tuple[int, int, int] | None] = deque()

        nlp = self.nlp

        def feed() -> Iterator[str | Doc]:
            for text, context in _char_batches(chunks(), batch_size, budget):
                contexts.append(context)
                # texts with long punctuation runs are tokenized in bounded time (offsets unchanged)
                yield prepare(nlp, text) if text else text

        for doc in nlp.pipe(feed(), n_process=n_process, batch_size=batch_size):
            context = contexts.popleft()
            if context is None:  # padding that closed a batch early
                continue
            index, offset, c = context
            p = pending[index]
            # each doc becomes records at once: a long text never holds all its docs
            p.parts.append(
                chunk_part(
                    doc,
                    offset,
                    p.norm,
                    chunk=c,
                    multi=p.n_chunks > 1,
                    default_currency=self.default_currency,
                    doc_id=p.doc_id,
                )
            )
            del doc
            yield from ready()
        yield from ready()  # texts after the last chunk that were empty

    def _extract_forked(
        self,
        texts: Iterable[str],
        ids: Iterator[str | None],
        originals: Sequence[str],
        n_process: int,
        batch_size: int,
        budget: int,
    ) -> Iterator[ArticleRecord]:
        """`extract_many` over `n_process` forked workers that return records, not Docs.

        The model is loaded here, before the fork, so the workers share it
        (copy-on-write) instead of loading it again.  Each task is up to
        `batch_size` texts; a worker runs the whole extraction on it and sends
        back the records, which are much smaller than spaCy Docs and need no
        rebuilding here: the main process only reads the input and hands out
        tasks.  At most two tasks per worker are in flight, so a long input
        stream is read as it is consumed, and the records come out in order.
        """
        self.nlp  # noqa: B018  load the model before forking

        def tasks() -> Iterator[list[tuple[str, str | None]]]:
            batch: list[tuple[str, str | None]] = []
            for text in texts:
                batch.append((_check_text(text), next(ids, None)))
                if len(batch) == batch_size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        in_flight: deque[AsyncResult[list[ArticleRecord]]] = deque()
        state = (self, tuple(originals), budget)  # inherited through the fork, never pickled
        with multiprocessing.get_context("fork").Pool(n_process, _forked_init, (state,)) as pool:
            for task in tasks():
                in_flight.append(pool.apply_async(_forked_task, (task,)))
                if len(in_flight) >= 2 * n_process:
                    yield from in_flight.popleft().get()
            while in_flight:
                yield from in_flight.popleft().get()


_forked: tuple[Extractor, tuple[str, ...], int] | None = None  # set in each forked worker


def _forked_init(state: tuple[Extractor, tuple[str, ...], int]) -> None:
    global _forked
    _forked = state


def _forked_task(task: list[tuple[str, str | None]]) -> list[ArticleRecord]:
    """Runs in a forked worker: the records of one task's texts, in order."""
    assert _forked is not None
    extractor, originals, budget = _forked
    return list(
        extractor.extract_many(
            [text for text, _ in task],
            originals=originals,
            doc_ids=[doc_id for _, doc_id in task],
            n_process=1,
            batch_size=len(task),
            batch_chars=budget,
        )
    )


def _char_batches(
    items: Iterable[tuple[str, tuple[int, int, int] | None]], batch_size: int, budget: int
) -> Iterator[tuple[str, tuple[int, int, int] | None]]:
    """`items` with empty padding texts that end a batch early when it would exceed `budget` characters.

    spaCy's ``nlp.pipe`` cuts its input into consecutive batches of
    `batch_size` texts (in every component, and in what it sends to each
    worker process with ``n_process`` > 1); padding the rest of a batch with
    empty texts, which cost almost nothing, makes the next text start a new
    batch.
    """
    filled = 0  # texts in the current batch
    chars = 0
    for text, context in items:
        if filled and chars + len(text) > budget:
            for _ in range(batch_size - filled):
                yield "", None
            filled, chars = 0, 0
        yield text, context
        filled += 1
        chars += len(text)
        if filled == batch_size:
            filled, chars = 0, 0


def _safe_input(text: str, doc_id: str | None) -> tuple[tuple[str, str | None], list[RecordWarning]]:
    """The text and id to work on, and the warnings their record carries.

    Lone surrogates (U+D800-U+DFFF, which no UTF-8 writer accepts) are replaced
    by U+FFFD in the text, one character for one, so offsets stay those of the
    caller's string and record texts can be written; in the id they are escaped
    as ``\\uXXXX``.
    """
    warnings: list[RecordWarning] = []
    safe_text, replaced = replace_surrogates(text)
    if replaced:
        message = (
            f"{replaced} lone surrogate code point(s) replaced by U+FFFD in record texts; offsets unchanged"
        )
        warnings.append(RecordWarning(type="ReplacedSurrogates", message=message))
    safe_id = doc_id if doc_id is None else escape_surrogates(doc_id)
    if safe_id != doc_id:
        message = "lone surrogate code point(s) in the id escaped as \\uXXXX"
        warnings.append(RecordWarning(type="EscapedId", message=message))
    return (safe_text, safe_id), warnings


class _Pending:
    __slots__ = ("doc_id", "n_chunks", "norm", "parts", "warnings")

    def __init__(
        self, norm: Normalized, doc_id: str | None, n_chunks: int, warnings: list[RecordWarning]
    ) -> None:
        self.norm = norm
        self.doc_id = doc_id
        self.n_chunks = n_chunks
        self.warnings = warnings
        self.parts: list[tuple[ArticleRecord, list[tuple[int, int]]]] = []


def _nones() -> Iterator[None]:
    while True:
        yield None


_default: Extractor | None = None
_default_lock = threading.Lock()


def _default_extractor() -> Extractor:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Extractor()
    return _default


def extract(text: str, *, originals: Sequence[str] = (), doc_id: str | None = None) -> ArticleRecord:
    """Extract quotes, speakers, entities, amounts and English originals from one French article.

    `originals`: English texts the article may render (a post, a release); English
    passages embedded in the article are found without being given.
    """
    return _default_extractor().extract(_check_text(text), originals=originals, doc_id=doc_id)
