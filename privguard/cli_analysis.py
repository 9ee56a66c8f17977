"""``privguard list``, ``privguard analyse`` and ``privguard decisions … reproduce``.

A contract for scripts and auditors (issue 10): keep the names, flags and exit codes.

- ``list PATH risks|incidents|decisions|activities [--json]``: ids and titles.
- ``analyse PATH risk|incident ID [--trials N] [--seed S] [--set OPTION_ID.FIELD=VALUE ...]
  [--set assumptions.FIELD=VALUE ...] [--json]``: the comparison the decision view shows, on
  the register's figures with the edits given; nothing is written. A range takes
  ``low,mode,high``. The same seed prints the same bytes; without ``--seed``, the seed the
  decision view uses for the saved inputs, so both show the same figures.
- ``decisions PATH reproduce ID``: runs a decision's frozen inputs with its frozen seed.
  Exit 0 when every frozen figure comes back exactly (promised under the same numpy and
  engine version); under another version the expected costs are compared within 3 standard
  errors, and a match exits 5 with a line saying so; any other difference exits 1.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any, TextIO

from privguard.domain.errors import PrivGuardError

EXIT_OTHER_VERSION = 5
SE_MULTIPLE = 3.0
LISTS = {"risks": ("risks", "title"), "incidents": ("incidents", "title"),
         "decisions": ("decisions", "option_name"), "activities": ("activities", "name")}
# Extra columns a script is likely to filter on.
_LIST_EXTRA = {"risks": ("status",), "incidents": ("status", "severity"),
               "decisions": ("risk_id", "incident_id", "decided_by", "decided_at"),
               "activities": ("role",)}
_RANGE_FIELDS = ("downtime_hours", "data_loss_hours", "containment_hours",
                 "reinfection_downtime_hours", "reinfection_delay_hours", "analysis_hours")


class UsageError(PrivGuardError):
    exit_code = 2


class ReproduceMismatch(PrivGuardError):
    exit_code = 1


# -- list ---------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace, ws: Any, out: TextIO) -> int:
    service, title = LISTS[args.kind]
    rows = getattr(ws, service).rows().dicts()
    items = [{"id": r["id"], "title": r.get(title) or "",
              **{k: _plain(r.get(k)) for k in _LIST_EXTRA[args.kind] if k in r}} for r in rows]
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=1), file=out)
    else:
        for item in items:
            # Text for people: nothing where there is nothing, times to the second.
            extra = "\t".join("" if item[k] is None else _readable(item[k])
                              for k in _LIST_EXTRA[args.kind] if k in item)
            print(f"{item['id']}\t{item['title']}" + (f"\t{extra}" if extra else ""), file=out)
    return 0


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _readable(value: Any) -> str:
    text = str(value)
    if len(text) > 19 and text[10:11] == "T" and text[4:5] == "-":  # an ISO time
        return text[:16].replace("T", " ") + (" UTC" if text.endswith("+00:00") else "")
    return text


# -- analyse ------------------------------------------------------------------------


def _value(text: str, field: str) -> Any:
    text = text.strip()
    if field in _RANGE_FIELDS or "," in text:
        parts = [p.strip() for p in text.split(",")]
        if len(parts) != 3:
            raise UsageError.of("--set {field}= takes a range as low,mode,high, not '{value}'.",
                                field=field, value=text)
        numbers = [_number(p, field) for p in parts]
        return dict(zip(("low", "mode", "high"), numbers, strict=True))
    if text.lower() in ("true", "yes"):
        return True
    if text.lower() in ("false", "no"):
        return False
    return _number(text, field)


def _number(text: str, field: str) -> float:
    try:
        number = float(text)
    except ValueError:
        raise UsageError.of("--set {field}= takes a number, not '{value}'.",
                            field=field, value=text) from None
    if not math.isfinite(number):
        raise UsageError.of("--set {field}= takes an ordinary number, not '{value}'.",
                            field=field, value=text)
    return number


def apply_sets(inputs: dict[str, Any], sets: list[str]) -> None:
    """``OPTION_ID.FIELD=VALUE`` and ``assumptions.FIELD=VALUE`` (or ``finance.`` /
    ``constraints.``) edits, as the decision view makes them, in memory only."""
    for item in sets:
        target, sep, raw = item.partition("=")
        where, dot, field = target.strip().partition(".")
        if not sep or not dot or not field:
            raise UsageError.of("--set takes OPTION_ID.FIELD=VALUE or assumptions.FIELD=VALUE, "
                                "not '{item}'.", item=item)
        if where in ("assumptions", "finance", "constraints"):
            bucket = inputs.setdefault(where, {})
            if bucket is None:
                bucket = inputs[where] = {}
            if field not in bucket:
                raise UsageError.of("{group} has no field '{field}'; it has: {fields}.",
                                    group=where, field=field,
                                    fields=", ".join(sorted(bucket)) or "none")
            bucket[field] = _value(raw, field)
            continue
        options = {str(o.get("option_id")): o for o in inputs.get("options", [])}
        option = options.get(where)
        if option is None:
            raise UsageError.of("There is no option {option} here; the options are: {options}.",
                                option=where, options=", ".join(options) or "none")
        if field not in option or field in ("option_id", "name", "orientation"):
            fields = ", ".join(k for k in option if k not in ("option_id", "name", "orientation"))
            raise UsageError.of("An option has no field '{field}' to set; it has: {fields}.",
                                field=field, fields=fields)
        option[field] = _value(raw, field)


def cmd_analyse(args: argparse.Namespace, ws: Any, out: TextIO) -> int:
    from privguard.services.analysis import DEFAULT_TRIALS, run

    trials = DEFAULT_TRIALS if args.trials is None else args.trials
    inputs = (ws.analysis.inputs_for_risk(args.id) if args.kind == "risk"
              else ws.analysis.inputs_for_incident(args.id))
    if not inputs.get("options"):
        raise UsageError.of("This {kind} has no response options to compare; add them first.",
                            kind=args.kind)
    # By default the seed the decision view uses: the register's and the saved inputs', so
    # the command prints the figures the window shows (edits with --set keep it, as there).
    seed = ws.analysis.seed_for(inputs) if args.seed is None else args.seed
    apply_sets(inputs, args.set or [])
    result = run(inputs, seed=seed, trials=trials)
    data = result.to_dict()
    from privguard.words import words_for

    w = words_for("en")
    summary = {
        "subject": inputs["subject"], "mode": result.mode, "seed": result.seed,
        "trials": result.trials, "engine": result.engine, "numpy": result.numpy,
        "currency": inputs.get("currency"),
        "recommended_option_id": result.recommended_option_id,
        "recommendation": w.say(result.recommendation),
        "options": [{"option_id": o["option_id"], "name": o["name"],
                     "orientation": o["orientation"], "metrics": o["metrics"],
                     "meets_constraints": o["meets_constraints"]} for o in data["options"]],
        "reasons": [w.say(r) for r in result.reasons],
        "break_evens": [{k: b[k] for k in ("input", "label", "current", "low", "high", "value",
                                           "from_option_id", "to_option_id", "text")}
                        for b in data["break_evens"]],
        "margin": data["margin"],
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1, allow_nan=False), file=out)
        return 0
    _print_analysis(summary, out)
    return 0


def _print_analysis(summary: dict[str, Any], out: TextIO) -> None:
    subject = summary["subject"]
    print(f"{subject['kind'].capitalize()} {subject['id']}: {subject['title']}", file=out)
    print(f"{summary['trials']:,} trials, seed {summary['seed']} ({summary['engine']}, "
          f"numpy {summary['numpy']}); amounts in {summary['currency']}", file=out)
    for option in summary["options"]:
        mark = "*" if option["option_id"] == summary["recommended_option_id"] else " "
        print(f"\n{mark} option {option['option_id']}: {option['name']}", file=out)
        for name, value in option["metrics"].items():
            print(f"    {name}: {_figure(value)}", file=out)
    print(f"\n{summary['recommendation']}", file=out)
    for reason in summary["reasons"]:
        print(f"  - {reason}", file=out)
    flips = [b for b in summary["break_evens"] if b["value"] is not None]
    if flips:
        print("\nBreak-evens:", file=out)
        for b in flips:
            print(f"  - {b['text']}", file=out)


def _figure(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 10 else f"{value:,.0f}"
    return "—" if value is None else str(value)


# -- decisions reproduce ----------------------------------------------------------------


def cmd_reproduce(args: argparse.Namespace, ws: Any, out: TextIO) -> int:
    import numpy as np

    from privguard.analysis import ENGINE_VERSION
    from privguard.analysis import results as R
    from privguard.services.analysis import run

    decision = ws.decisions.get(args.id)
    figures = decision.get("figures") or {}
    if not figures.get("inputs") or figures.get("seed") is None:
        raise ReproduceMismatch.of("Decision {id} holds no frozen analysis to reproduce.",
                                   id=args.id)
    again = run(figures["inputs"], seed=figures["seed"], trials=figures["trials"],
                sensitivity=False)
    frozen = {o["option_id"]: o["metrics"] for o in figures["options"]}
    fresh = {o["option_id"]: o["metrics"] for o in (o.to_dict() for o in again.options)}
    same_version = (figures.get("engine") == ENGINE_VERSION
                    and figures.get("numpy") == np.__version__)
    if same_version:
        for option_id, metrics in frozen.items():
            for name, value in metrics.items():
                if fresh.get(option_id, {}).get(name) != value:
                    raise ReproduceMismatch.of(
                        "Decision {id} does not reproduce: option {option}'s “{metric}” was "
                        "frozen as {frozen} and comes back as {fresh}.", id=args.id,
                        option=option_id, metric=name, frozen=value,
                        fresh=fresh.get(option_id, {}).get(name))
        if again.recommended_option_id != figures.get("recommended_option_id"):
            raise ReproduceMismatch.of("Decision {id} does not reproduce: the recommendation "
                                       "changed.", id=args.id)
        print(f"Decision {args.id} reproduces exactly: {len(frozen)} options, "
              f"{figures['trials']:,} trials, seed {figures['seed']} ({ENGINE_VERSION}, "
              f"numpy {np.__version__}).", file=out)
        return 0
    headline, spread = ((R.EXPECTED_COST, R.COST_SE) if figures.get("mode") == "incident"
                        else (R.ALE, R.ALE_SE))
    for option_id, metrics in frozen.items():
        now = fresh.get(option_id, {})
        old_value, new_value = metrics.get(headline), now.get(headline)
        se = max(metrics.get(spread) or 0.0, now.get(spread) or 0.0)
        if old_value is None or new_value is None \
                or abs(new_value - old_value) > SE_MULTIPLE * se:
            raise ReproduceMismatch.of(
                "Decision {id} does not reproduce: option {option}'s {metric} was {frozen} "
                "under {old_engine} and numpy {old_numpy}, and is {fresh} now, more than "
                "3 standard errors apart.", id=args.id, option=option_id, metric=headline,
                frozen=old_value, fresh=new_value, old_engine=figures.get("engine"),
                old_numpy=figures.get("numpy"))
    print(f"Decision {args.id} was frozen under {figures.get('engine')} and numpy "
          f"{figures.get('numpy')}; under {ENGINE_VERSION} and numpy {np.__version__} its "
          f"{headline.lower()} agree within {SE_MULTIPLE:g} standard errors (exact figures "
          "are promised only under the same versions).", file=out)
    return EXIT_OTHER_VERSION


# -- parsers ----------------------------------------------------------------------------


def add_parsers(sub: Any, common: argparse.ArgumentParser, opened: Any) -> None:
    """Add the three commands; ``opened(command)`` wraps a command so it gets an open
    workspace (the passphrase asked for as every other command asks)."""
    p = sub.add_parser("list", parents=[common], help="list ids and titles: risks, incidents, "
                       "decisions or activities")
    p.add_argument("path", help="the register folder")
    p.add_argument("kind", choices=tuple(LISTS))
    p.add_argument("--json", action="store_true", help="a JSON list of objects")
    p.set_defaults(func=opened(cmd_list))

    p = sub.add_parser("analyse", parents=[common],
                       help="compare a risk's or an incident's response options")
    p.add_argument("path", help="the register folder")
    p.add_argument("kind", choices=("risk", "incident"))
    p.add_argument("id", type=int)
    p.add_argument("--trials", type=_trials, metavar="N", help="default 20,000")
    p.add_argument("--seed", type=_seed, metavar="S", help="the same seed gives the same figures")
    p.add_argument("--set", action="append", metavar="OPTION_ID.FIELD=VALUE",
                   help="edit an input for this run only (repeatable): an option's field, or "
                        "assumptions.FIELD; a range as low,mode,high")
    p.add_argument("--json", action="store_true", help="the comparison as JSON")
    p.set_defaults(func=opened(cmd_analyse))

    p = sub.add_parser("decisions", parents=[common], help="work with recorded decisions")
    p.add_argument("path", help="the register folder")
    p.add_argument("action", choices=("reproduce",))
    p.add_argument("id", type=int, help="the decision's ID (see `privguard list PATH decisions`)")
    p.set_defaults(func=opened(cmd_reproduce))


def _trials(text: str) -> int:
    try:
        return int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of trials") from None


def _seed(text: str) -> int:
    try:
        seed = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 0 <= seed < 2**63:
        raise argparse.ArgumentTypeError("a seed is a whole number from 0 to 2**63 - 1")
    return seed
