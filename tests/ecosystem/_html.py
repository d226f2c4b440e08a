"""Read the marks back from an HTML page (standard library parser)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

_VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}


@dataclass
class Mark:
    cls: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class _Open:
    tag: str
    mark: Mark | None


@dataclass
class Page(HTMLParser):
    """Marks (elements whose class starts with ``dsn-``) inside ``<article>``, and the article's text."""

    marks: list[Mark] = field(default_factory=list)
    article_text: str = ""
    _stack: list[_Open] = field(default_factory=list)
    _in_article: int = 0
    balanced: bool = True

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        values = {k: v or "" for k, v in attrs}
        if tag == "article":
            self._in_article += 1
        cls = values.get("class", "")
        mark = Mark(cls, values) if self._in_article and cls.startswith("dsn-") else None
        if mark is not None:
            self.marks.append(mark)
        self._stack.append(_Open(tag, mark))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self._stack or self._stack[-1].tag != tag:
            self.balanced = False
            return
        self._stack.pop()
        if tag == "article":
            self._in_article -= 1

    def handle_data(self, data: str) -> None:
        if not self._in_article:
            return
        self.article_text += data
        for o in self._stack:
            if o.mark is not None:
                o.mark.text += data


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    return p
