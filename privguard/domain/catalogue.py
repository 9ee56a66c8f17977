"""Built-in catalogues (threats, controls, data categories, legal bases, ...) and user entries.

The catalogues ship as JSON files in ``resources/catalogues`` and are read through
:mod:`importlib.resources`, so they are found the same way from a source checkout and
from an installed wheel.

Entries are immutable: ``attributes`` holds every field of the JSON entry other than
``code``, ``name`` and ``description``, deep-frozen (mappings become
:class:`types.MappingProxyType`, lists become tuples). Use :meth:`CatalogueEntry.to_dict`
for a plain, JSON-ready copy. Entries compare equal when all fields (attributes
included) are equal; the hash leaves ``attributes`` out, so equal entries still hash
equally.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any

from privguard.domain.errors import ValidationError
from privguard.words import N_, Phrase

# kind -> (file name, key of the entry list inside the file)
_SOURCES: Mapping[str, tuple[str, str]] = MappingProxyType({
    "threat": ("threats.json", "threats"),
    "data_category": ("data_categories.json", "data_categories"),
    "data_subject": ("data_subjects.json", "data_subjects"),
    "legal_basis_art6": ("legal_bases.json", "art6"),
    "legal_basis_art9": ("legal_bases.json", "art9"),
    "transfer_safeguard": ("transfer_safeguards.json", "safeguards"),
    "control": ("controls.json", "controls"),
})

CATALOGUE_KINDS: tuple[str, ...] = tuple(_SOURCES)

# What one entry of each catalogue is called in a message ("a built-in {kind} entry").
_KIND_NAMES: Mapping[str, str] = MappingProxyType({
    "threat": Phrase(N_("threat")),
    "data_category": Phrase(N_("data category")),
    "data_subject": Phrase(N_("data subject category")),
    "legal_basis_art6": Phrase(N_("Art. 6 legal basis")),
    "legal_basis_art9": Phrase(N_("Art. 9 condition")),
    "transfer_safeguard": Phrase(N_("transfer safeguard")),
    "control": Phrase(N_("control")),
})


def kind_name(kind: str) -> str:
    """A catalogue kind as a message names it (a phrase said in the reader's language)."""
    return _KIND_NAMES.get(kind, kind.replace("_", " "))

_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_.()-]{1,39}$")
_CORE_FIELDS = frozenset({"code", "name", "description"})


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): _freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_thaw(v) for v in value]
    return value


@dataclass(frozen=True)
class CatalogueEntry:
    """One entry of a catalogue, built-in or the user's own.

    ``attributes`` may be given as any mapping (a plain dict is fine); it is stored
    deep-frozen as a read-only mapping, so ``entry.attributes.get("special")`` works
    but the entry cannot be changed in place.
    """

    kind: str
    code: str
    name: str
    description: str = ""
    attributes: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "attributes", _freeze(dict(self.attributes or {})))

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-serialisable copy: code, name, description and the attributes."""
        return {"code": self.code, "name": self.name, "description": self.description,
                **_thaw(self.attributes)}


def _check_kind(kind: str) -> None:
    if kind not in _SOURCES:
        raise ValueError(f"Unknown catalogue kind {kind!r}; expected one of "
                         f"{', '.join(CATALOGUE_KINDS)}.")


@functools.cache
def _load(file_name: str) -> Mapping[str, Any]:
    text = (resources.files("privguard.resources") / "catalogues" / file_name).read_text(
        encoding="utf-8")
    return json.loads(text)


@functools.cache
def builtin(kind: str) -> tuple[CatalogueEntry, ...]:
    """The built-in entries of one catalogue, in file order. Raises ValueError for an unknown kind."""
    _check_kind(kind)
    file_name, key = _SOURCES[kind]
    entries = []
    for raw in _load(file_name)[key]:
        entries.append(CatalogueEntry(
            kind=kind, code=raw["code"], name=raw["name"],
            description=raw.get("description", ""),
            attributes={k: v for k, v in raw.items() if k not in _CORE_FIELDS}))
    return tuple(entries)


@functools.cache
def _index(kind: str) -> Mapping[str, CatalogueEntry]:
    return MappingProxyType({e.code: e for e in builtin(kind)})


@functools.cache
def _upper_codes(kind: str) -> frozenset[str]:
    return frozenset(e.code.upper() for e in builtin(kind))


def find(kind: str, code: str) -> CatalogueEntry | None:
    """The built-in entry with this code (exact match first, then ignoring case), or None."""
    _check_kind(kind)
    index = _index(kind)
    if code in index:
        return index[code]
    wanted = code.strip().upper()
    return next((e for e in builtin(kind) if e.code.upper() == wanted), None)


@functools.cache
def adequate_countries() -> tuple[tuple[str, str, bool], ...]:
    """Countries with an EU adequacy decision as (ISO alpha-2 code, name, partial).

    ``partial`` means the decision covers only part of the country's organisations
    (e.g. Canada: commercial organisations; United States: DPF-certified ones).
    """
    return tuple((c["code"], c["name"], bool(c.get("partial", False)))
                 for c in _load("transfer_safeguards.json")["adequate_countries"])


def validate_user_entry(kind: str, code: str, name: str) -> None:
    """Check a user's own catalogue entry before it is stored.

    The code is checked after stripping and upper-casing, which is how it is stored.
    Raises ValidationError (field "kind", "code" or "name") with a message for the user.
    """
    if kind not in _SOURCES:
        raise ValidationError.of("'{kind}' is not a catalogue; choose one of {kinds}.", "kind",
                                 kind=kind, kinds=", ".join(CATALOGUE_KINDS))
    if not (name or "").strip():
        raise ValidationError(N_("The entry needs a name."), "name")
    normalised = (code or "").strip().upper()
    if not _CODE_RE.match(normalised):
        raise ValidationError.of(
            "'{code}' is not a valid code: use 2 to 40 characters, letters A-Z, digits and "
            "_ . ( ) -, starting with a letter or digit (it is stored in capitals).",
            "code", code=(code or "").strip())
    if normalised in _upper_codes(kind):
        raise ValidationError.of(
            "The code {code} belongs to a built-in {kind} entry; choose another code for your "
            "own entry.", "code", code=normalised, kind=kind_name(kind))


def merged(kind: str, user_entries: Iterable[CatalogueEntry]) -> tuple[CatalogueEntry, ...]:
    """The built-in entries followed by the user's own, in the order given.

    User entries must be of the same kind, may not reuse a built-in code (compared
    ignoring case) and may not repeat one another's codes: any of these raises
    ValidationError(field="code"). Raises ValueError for an unknown kind.
    """
    _check_kind(kind)
    taken = set(_upper_codes(kind))
    result = list(builtin(kind))
    for entry in user_entries:
        if entry.kind != kind:
            raise ValidationError.of("The entry {code} is a {kind} entry, not a {wanted} entry.",
                                     "kind", code=entry.code, kind=kind_name(entry.kind),
                                     wanted=kind_name(kind))
        upper = entry.code.upper()
        if upper in _upper_codes(kind):
            raise ValidationError.of(
                "Your entry {code} reuses the code of a built-in {kind} entry; built-in codes "
                "cannot be overridden.", "code", code=entry.code, kind=kind_name(kind))
        if upper in taken:
            raise ValidationError.of("Your catalogue has the code {code} more than once.", "code",
                                     code=entry.code)
        taken.add(upper)
        result.append(entry)
    return tuple(result)
