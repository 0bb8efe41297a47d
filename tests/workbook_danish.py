"""The workbooks' sheet names, headers and labels in Danish (what an export writes by default),
read from the gettext catalogue, for the tests that open a written workbook."""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

from taskforce_app.domain import labels, workbook_models
from taskforce_app.exporters import xlsx_portfolio

DA = workbook_models.workbook_text("da")
E = TypeVar("E", bound=Enum)


def _danish(names: type) -> Any:
    """A class of msgids (and tuples of them) with every value in Danish."""
    values = {
        key: tuple(DA(item) for item in value) if isinstance(value, tuple) else DA(value)
        for key, value in vars(names).items()
        if key.isupper()
    }
    return type(names.__name__, (), values)


Sheets: Any = _danish(workbook_models.Sheets)
RecommendationColumns: Any = _danish(workbook_models.RecommendationColumns)
STATUS_LABELS = labels.RECOMMENDATION_STATUS_LABELS.labels("da")
ANSWER_LABELS = labels.ANSWER_LABELS.labels("da")
PORTFOLIO_HEADERS = tuple(DA(name) for name in xlsx_portfolio.PORTFOLIO_HEADERS)
ASSESSMENT_HEADERS = tuple(DA(name) for name in xlsx_portfolio.ASSESSMENT_HEADERS)
