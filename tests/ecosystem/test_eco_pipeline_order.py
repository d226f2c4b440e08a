"""Components added without the components they read, or in the wrong order, say which one is missing."""

from __future__ import annotations

import pytest

ORDER = "dsn_language, dsn_quotes, dsn_entities, dsn_reported, dsn_attribution, dsn_amounts"

# (components added, in this order) -> the error
WRONG_PIPELINES = [
    (
        ["dsn_quotes", "dsn_attribution"],
        "dsn_attribution needs dsn_entities, dsn_reported before it in the pipeline",
    ),
    (
        ["dsn_language", "dsn_attribution", "dsn_quotes", "dsn_entities", "dsn_reported"],
        "dsn_attribution needs dsn_quotes, dsn_entities, dsn_reported before it in the pipeline",
    ),
    (
        ["dsn_language", "dsn_quotes", "dsn_entities", "dsn_attribution", "dsn_reported"],
        "dsn_attribution needs dsn_reported before it in the pipeline",
    ),
    (["dsn_reported"], "dsn_reported needs dsn_quotes before it in the pipeline"),
]


@pytest.mark.parametrize(("names", "message"), WRONG_PIPELINES)
def test_missing_upstream_component_is_named(names: list[str], message: str) -> None:
    import spacy

    from deepseek_news.pipeline._spans import PipelineOrderError

    nlp = spacy.blank("fr")
    for name in names:
        nlp.add_pipe(name)
    with pytest.raises(PipelineOrderError) as info:
        nlp("« Nous allons investir », a déclaré Marie Dupont.")
    assert str(info.value) == f"{message}; add the components in this order: {ORDER}"
    assert isinstance(info.value, ValueError)
