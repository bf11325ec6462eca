"""What a cell means, as a key two files can be compared by.

The readers already parse every mapped cell (``Sheet.parsed``): dates in any accepted
spelling become ``date``, yes/no spellings ``bool``, numbers ``float``, identifiers are
repaired, and a profile's value mappings turn a file's own spelling of a code into the
list's value. On top of that, two cells mean the same when:

- codes name the same code-list value (case, spaces and the list's aliases ignored);
- texts and identifiers differ only in case and spaces;
- yes/no: blank is «nei» (input-format.md: «x/empty»);
- numbers: blank is 0 (no days of leave, no hours);
- integreringskontrakt: a date says «ja» (a contract was signed that day), so a date and
  «Ja» agree; two dates must be the same date;
- a value that could not be parsed is compared by its text (case and spaces ignored).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.fields import Field, ValueKind
from nir_desktop.core.normalize import InvalidValue, fold_code

KeyFn = Callable[[Any], Any]

# Distinct markers so that an unparseable text never equals a parsed value.
_INVALID = "\x00invalid"
_YES = True


def _invalid(value: InvalidValue) -> tuple[str, str]:
    return (_INVALID, fold_code(value))


def _text_key(value: Any) -> Any:
    if value is None:
        return None
    return fold_code(value) or None


def _bool_key(value: Any) -> Any:
    if isinstance(value, InvalidValue):
        return _invalid(value)
    return bool(value)  # None (blank) is «nei»


def _number_key(value: Any) -> Any:
    if isinstance(value, InvalidValue):
        return _invalid(value)
    return 0.0 if value is None else float(value)


def _date_key(value: Any) -> Any:
    if isinstance(value, InvalidValue):
        return _invalid(value)
    return value


def _date_or_bool_key(value: Any) -> Any:
    if isinstance(value, InvalidValue):
        return _invalid(value)
    if value is None or value is False:
        return False
    return value  # a date or True


def _code_key(codelists: CodeLists, list_name: str | None) -> KeyFn:
    code_list = codelists.lists.get(list_name) if list_name else None

    def key(value: Any) -> Any:
        if value is None:
            return None
        if code_list is not None:
            known = code_list.lookup(value)
            if known is not None:
                return known.code
        return fold_code(value) or None

    return key


def key_function(f: Field, codelists: CodeLists) -> KeyFn:
    """A function from a parsed value of ``f`` to its meaning."""
    if f.kind is ValueKind.CODE:
        return _code_key(codelists, f.code_list)
    if f.kind is ValueKind.BOOL:
        return _bool_key
    if f.kind is ValueKind.NUMBER:
        return _number_key
    if f.kind is ValueKind.DATE:
        return _date_key
    if f.kind is ValueKind.DATE_OR_BOOL:
        return _date_or_bool_key
    return _text_key  # ID, TEXT and any kind added later: compare as text


_MISSING = object()


def key_column(values: list[Any], key: KeyFn) -> list[Any]:
    """The meaning of every value of a parsed column, each distinct object computed once.

    Equal parsed values share one object (model._parse_column), so a memo by identity
    hits almost always; identities are stable because ``values`` keeps every object alive.
    """
    memo: dict[int, Any] = {}
    get = memo.get
    out: list[Any] = []
    append = out.append
    for v in values:
        k = get(id(v), _MISSING)
        if k is _MISSING:
            k = memo[id(v)] = key(v)
        append(k)
    return out


def same(f: Field, a: Any, b: Any) -> bool:
    """Whether two keys of ``f`` mean the same (a date and «ja» agree for DATE_OR_BOOL)."""
    if a == b:
        return True
    if f.kind is ValueKind.DATE_OR_BOOL:
        return (a is _YES and isinstance(b, date)) or (b is _YES and isinstance(a, date))
    return False


def take_over_text(f: Field, parsed_b: Any, text_b: str, codelists: CodeLists) -> str:
    """The text to write into the open file's cell so that it means what B's cell means.

    Dates as dd.mm.yyyy, yes/no as Ja/Nei, codes as the code list's value; anything else
    (or a value B could not parse) as B's text.
    """
    if isinstance(parsed_b, InvalidValue):
        return text_b
    if f.kind in (ValueKind.DATE, ValueKind.DATE_OR_BOOL) and isinstance(parsed_b, date):
        return parsed_b.strftime("%d.%m.%Y")
    if f.kind in (ValueKind.BOOL, ValueKind.DATE_OR_BOOL) and isinstance(parsed_b, bool):
        return "Ja" if parsed_b else "Nei"
    if f.kind is ValueKind.CODE and parsed_b is not None:
        code_list = codelists.lists.get(f.code_list) if f.code_list else None
        known = code_list.lookup(parsed_b) if code_list is not None else None
        return known.code if known is not None else str(parsed_b)
    if f.kind is ValueKind.NUMBER and isinstance(parsed_b, float):
        return str(int(parsed_b)) if parsed_b.is_integer() else str(parsed_b).replace(".", ",")
    if parsed_b is None:
        return ""
    return text_b.strip() or str(parsed_b)
