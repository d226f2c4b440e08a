"""Interviews laid out line by line: "— Question ?" / "— Answer", "Q : …" / "R : …"."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ...lang.fr.punctuation import DIALOGUE_DASHES, INTERVIEW_ANSWER_LABELS, INTERVIEW_QUESTION_LABELS

_LABEL_LINE = re.compile(
    r"\s*(?P<label>"
    + "|".join(re.escape(w) for w in INTERVIEW_QUESTION_LABELS + INTERVIEW_ANSWER_LABELS)
    + r")\s*[:.]\s+"
)
_DASH_LINE = re.compile(r"\s*(?P<label>[" + "".join(DIALOGUE_DASHES) + r"])\s+")
_MIN_EXCHANGES = 2


@dataclass(frozen=True)
class Interview:
    """Question-and-answer layout: answer lines (marker offset, words start, words end)
    and question lines (start, end)."""

    answers: list[tuple[int, int, int]]
    questions: list[tuple[int, int]]


def interview(text: str) -> Interview:
    """Answers and questions of an interview laid out line by line, either
    "— Question ?" / "— Answer" alternating, or "Q : …" / "R : …".  Needs at least
    two questions each followed by an answer; otherwise nothing."""
    lines: list[tuple[str, int, int, int]] = []  # (role, marker, start, end)
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        body_end = line_start + len(line.rstrip())
        m = _LABEL_LINE.match(line)
        if m is not None:
            role = "q" if m.group("label") in INTERVIEW_QUESTION_LABELS else "a"
        else:
            m = _DASH_LINE.match(line)
            if m is None:
                if line.strip():
                    lines.append(("other", line_start, line_start, body_end))
                continue
            role = "q" if line.rstrip().endswith("?") else "a"
        lines.append((role, line_start + m.start("label"), line_start + m.end(), body_end))
    answers: list[tuple[int, int, int]] = []
    questions: list[tuple[int, int]] = []
    exchanges = 0
    for prev, cur in itertools.pairwise(lines):
        if prev[0] == "q" and cur[0] == "a":
            exchanges += 1
    if exchanges < _MIN_EXCHANGES:
        return Interview([], [])
    after_question = False
    for role, marker, start, end in lines:
        if role == "q":
            questions.append((start, end))
            after_question = True
        elif role == "a" and after_question and end > start:
            answers.append((marker, start, end))
        else:
            after_question = False
    return Interview(answers, questions)
