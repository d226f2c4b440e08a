"""Dask integration: extract a corpus on a Dask cluster, one model per worker process.

Needs the ``dask`` extra (``pip install "deepseek-news[dask]"``).

>>> from deepseek_news.distributed import extract_bag, write_jsonl   # doctest: +SKIP
>>> bag = extract_bag(["articles/"], partition_size=64)               # doctest: +SKIP
>>> write_jsonl(bag, "records/")        # records/part-00000.jsonl, ...  # doctest: +SKIP

Tasks carry only input descriptions (paths, or the text of JSON records) and
the extractor's settings (an :class:`~deepseek_news.ExtractorConfig`); each worker process builds its
:class:`~deepseek_news.Extractor` the first time it needs one and keeps it,
so the spaCy model is loaded once per worker, never pickled.  Records leave
the workers as plain dicts (``model_dump(mode="json")``), with the same error
records as the command line.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Mapping, Sequence
from importlib import import_module
from typing import IO, TYPE_CHECKING, Any

from .api import ModelLoadError
from .batch import BatchRun, BatchStats, error_record, iter_records
from .config import ExtractorConfig
from .io import DEFAULT_MAX_BYTES, Source, iter_sources
from .output import RecordWriter
from .records import ArticleRecord

if TYPE_CHECKING:
    from .api import Extractor

__all__ = [
    "ExtractorPlugin",
    "extract_bag",
    "extract_records",
    "run_dask",
    "worker_extractor",
    "write_jsonl",
]

_cache: dict[str, Extractor] = {}
_cache_lock = threading.Lock()


def _as_config(config: ExtractorConfig | Mapping[str, Any] | None) -> ExtractorConfig:
    if config is None:
        return ExtractorConfig()
    if isinstance(config, ExtractorConfig):
        return config
    return ExtractorConfig.model_validate(dict(config))


def worker_extractor(config: ExtractorConfig | Mapping[str, Any] | None = None) -> Extractor:
    """This process's Extractor for `config` (an ExtractorConfig, or its fields as a dict),
    built (and its model loaded) once."""
    settings = _as_config(config)
    key = settings.model_dump_json()
    extractor = _cache.get(key)
    if extractor is None:
        with _cache_lock:
            extractor = _cache.get(key)
            if extractor is None:
                from .api import Extractor

                extractor = Extractor(config=settings)
                extractor.nlp  # noqa: B018  load the model now, once
                _cache[key] = extractor
    return extractor


def extract_records(
    sources: Sequence[Source],
    config: ExtractorConfig | Mapping[str, Any] | None = None,
    *,
    originals: Sequence[str] = (),
    keep_text: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[dict[str, Any]]:
    """Records (plain dicts) for a partition of sources, with this process's cached Extractor.

    The building block for a user's own job (a Dask ``map_partitions``, a
    Spark ``mapInPandas``): every source gives exactly one dict.  Batches
    follow ``config.batch_size``; ``config.n_process`` is ignored (one
    process per task).
    """
    extractor = worker_extractor(config)
    return [
        rec.model_dump(mode="json")
        for rec in iter_records(
            sources, extractor, originals=originals, n_process=1, keep_text=keep_text, max_bytes=max_bytes
        )
    ]


if TYPE_CHECKING:
    _WorkerPluginBase = object
else:
    try:
        from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPluginBase
    except ImportError:  # the dask extra is not installed
        _WorkerPluginBase = object


class ExtractorPlugin(_WorkerPluginBase):
    """Loads the model on every worker as it starts, before the first task.

    ``client.register_plugin(ExtractorPlugin(config))``; optional: without it,
    each worker loads the model on its first partition.
    """

    name = "deepseek-news-extractor"

    def __init__(self, config: ExtractorConfig | Mapping[str, Any] | None = None) -> None:
        self.config = _as_config(config)

    def setup(self, worker: Any) -> None:
        worker_extractor(self.config)


def extract_bag(
    paths: Iterable[str],
    *,
    text_key: str = "text",
    id_key: str = "id",
    originals: Sequence[str] = (),
    keep_text: bool = False,
    partition_size: int = 64,
    max_bytes: int = DEFAULT_MAX_BYTES,
    config: ExtractorConfig | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of record dicts, one per input under `paths` (see ``io.iter_sources``).

    The folder is listed here, on the client; workers read the files, so on a
    real cluster the paths must be visible to every worker (a shared file
    system).  Compute it, or write it with :func:`write_jsonl`.
    """
    db: Any = import_module("dask.bag")

    config = _as_config(config)
    sources = list(iter_sources(paths, text_key=text_key, id_key=id_key, max_bytes=max_bytes))
    if not sources:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(sources, partition_size=partition_size)
    return bag.map_partitions(
        extract_records, config, originals=list(originals), keep_text=keep_text, max_bytes=max_bytes
    )


def write_jsonl(bag: Any, directory: str) -> list[str]:
    """Write a bag of record dicts as JSON Lines partitions ``directory/part-00000.jsonl``, ...

    Each partition file is written whole by one task; a task rerun after a
    worker failure rewrites its own file, so no record is lost or duplicated.
    """
    os.makedirs(directory, exist_ok=True)
    lines = bag.map(lambda d: json.dumps(d, ensure_ascii=False))
    files: list[str] = lines.to_textfiles(
        os.path.join(directory, "part-*.jsonl"), name_function=lambda i: f"{i:05d}", encoding="utf-8"
    )
    return files


def run_dask(
    sources: Iterable[Source],
    output: str | RecordWriter,
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    partition_size: int = 64,
    originals: Sequence[str] = (),
    keep_text: bool = False,
    resume: bool = False,
    shard: tuple[int, int] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
    total: int | None = None,
    stream: IO[str] | None = None,
    config: ExtractorConfig | None = None,
) -> BatchStats:
    """``deepseek-news extract --engine dask``: the batch of :func:`deepseek_news.batch.run_batch` on Dask.

    Partitions run on the cluster at `scheduler` (default: a local cluster of
    `n_workers` single-threaded processes); this process is the only writer of
    `output`, appending each finished partition's lines, so resume works as
    with the local engine.  A partition that fails for good (its workers keep
    dying) gives error records for its inputs.
    """
    dist: Any = import_module("distributed")
    Client, LocalCluster, as_completed = dist.Client, dist.LocalCluster, dist.as_completed

    config = _as_config(config)
    with BatchRun(output, resume=resume, shard=shard, progress=progress, total=total, stream=stream) as run:
        todo = list(run.select(sources))
        parts = [todo[i : i + partition_size] for i in range(0, len(todo), partition_size)]
        cluster = None
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
        try:
            with Client(scheduler if scheduler is not None else cluster) as client:
                futures = {
                    client.submit(
                        extract_records,
                        part,
                        config,
                        originals=list(originals),
                        keep_text=keep_text,
                        max_bytes=max_bytes,
                        pure=False,
                    ): part
                    for part in parts
                }
                for future in as_completed(futures):
                    part = futures[future]
                    try:
                        dicts: list[dict[str, Any]] = future.result()
                        records = [ArticleRecord.model_validate(d) for d in dicts]
                    except ModelLoadError:
                        raise  # every partition would fail the same way
                    except Exception as exc:
                        message = f"{type(exc).__name__}: {exc}"
                        records = [error_record(s.doc_id, "DistributedError", message) for s in part]
                    for record in records:
                        run.write(record)
                    future.release()
        finally:
            if cluster is not None:
                cluster.close()
    return run.stats
