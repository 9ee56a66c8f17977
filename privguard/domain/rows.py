"""Lightweight rows for tables: column names and plain tuples, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RowSet:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def index(self, column: str) -> int:
        return self.columns.index(column)

    def column(self, name: str) -> list[Any]:
        i = self.columns.index(name)
        return [row[i] for row in self.rows]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class ListQuery:
    """What a table asks for: equality filters, a text search, an order and a page."""

    filters: dict[str, Any] = field(default_factory=dict)
    search: str = ""
    order_by: str | None = None
    descending: bool = False
    limit: int | None = None
    offset: int = 0
