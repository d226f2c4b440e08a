"""Byte encodings of French text found in news archives.

Source: the Python codec names (``codecs`` module documentation, "Standard
Encodings") of the single-byte Latin-script code pages.  French archives that
are not UTF-8 are almost always Windows-1252 or ISO-8859-1/-15; on short
texts a statistical detector often names a sibling code page of the same
family (ISO-8859-10, Windows-1250, Mac Roman...), so a guess inside this
family is read as Windows-1252, the superset that French text uses.
"""

from __future__ import annotations

# The preferred decoding when a file is not UTF-8 and the detector's guess is
# in LATIN_SINGLE_BYTE; ISO-8859-1 when the bytes are undefined in it.
PREFERRED = "cp1252"
FALLBACK = "latin_1"

# Codec names as reported by charset-normalizer (Python codec spelling).
LATIN_SINGLE_BYTE: frozenset[str] = frozenset(
    {
        "ascii",
        "latin_1",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "cp1258",
        "cp437",
        "cp775",
        "cp850",
        "cp858",
        "mac_roman",
        "mac_latin2",
        "mac_iceland",
        "mac_turkish",
    }
)
