"""The record of processing activities (GDPR Art. 30), as a supervisory authority reads it.

1. the controller block (Art. 30(1)(a)): the organisation's name, address, e-mail and
   telephone, its data protection officer and its EU representative, printed once;
2. … the activities where we are controller or joint controller, every Art. 30(1)
   item (a) to (g) on each, with "None" where the register says there is none and
   "Not recorded" where it holds nothing;
… the activities where we act as processor (Art. 30(2)), by the controller we act for:
   that controller, its representative and data protection officer, then the
   categories of processing, transfers and security measures of each; a processor's
   record has no legal basis of its own, so none is printed.

Sections are numbered as they are printed (an empty group takes no number); the index
gives each activity's page and links to it, and every heading is a PDF bookmark.
Countries, legal bases and Art. 9 conditions are written in words.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from privguard.reports import blocks, fonts
from privguard.reports.i18n import Translator
from privguard.reports.model import Entry, RenderedReport, ReportMeta, RopaData
from privguard.reports.pages import PageRef, cover, frame_width, render
from privguard.reports.progress import Steps
from privguard.reports.styles import styles

ROLES = ("controller", "joint_controller", "processor")
#: What a person types to say there is none ("None", "n/a", "Ninguno"): it prints "None".
NONE_WORDS = frozenset({
    "none", "none.", "n/a", "na", "nil", "not applicable", "no", "-", "—", "–",
    "ninguno", "ninguna", "ninguno.", "ninguna.", "no aplica", "no procede", "no hay",
})
INDEX_WIDTHS = (0.8, 5.0, 2.3, 1.8, 1.0)


def _group_title(role: str, t: Translator) -> str:
    if role == "processor":
        return t("Activities where we are processor — Art. 30(2)")
    if role == "joint_controller":
        return t("Activities where we are joint controller — Art. 30(1)")
    if role == "controller":
        return t("Activities where we are controller — Art. 30(1)")
    return t("Activities with another role — Art. 30(1)")


class _Words:
    """The few words every field needs, looked up once per report."""

    def __init__(self, t: Translator):
        self.t = t
        self.none = t("None")
        self.missing = t("Not recorded")

    def text(self, value: Any, empty_is_none: bool = False) -> str:
        """What the user typed; "None" where they said none; else "Not recorded" (or "None"
        where an empty field means none)."""
        text = str(value).strip() if value is not None else ""
        if not text:
            return self.none if empty_is_none else self.missing
        if text.casefold() in NONE_WORDS:
            return self.none
        return text

    def lines(self, items: list[str], empty_is_none: bool = False) -> str:
        items = [i for i in items if i.strip()]
        if not items:
            return self.none if empty_is_none else self.missing
        return "\n".join(items)


def build(data: RopaData, meta: ReportMeta, steps: Steps | None = None) -> RenderedReport:
    steps = steps or Steps()
    t = Translator(meta.lang, meta.currency)
    w = _Words(t)
    width = frame_width()
    title = t("Record of processing activities")
    story: list[Flowable] = cover(meta, t, title, t("GDPR Article 30"))
    grouped = [(role, [a for a in data.activities if a.get("role") == role]) for role in ROLES]
    others = [a for a in data.activities if a.get("role") not in ROLES]
    if others:  # a role this version does not know still belongs in the record
        grouped.append(("other", others))
    # Numbered as printed: the controller block is 1, then each group that has activities.
    sections: list[tuple[str, str, list[tuple[str, str, dict[str, Any] | None, list]]]] = []
    number = 1
    for role, items in grouped:
        if not items:
            continue
        number += 1
        if role == "processor":
            entries = []
            for k, (controller, acts) in enumerate(_by_controller(items, w), start=1):
                entries.append((f"{number}.{k}", controller, None, acts))
        else:
            entries = [(f"{number}.{n}", a["name"], a, []) for n, a in enumerate(items, start=1)]
        sections.append((str(number), role, entries))

    # The controller first, then the index of everything after it.
    story += _controller_block(data, t, w, width) + [Spacer(1, 10)]
    story += _index(data, sections, t, width)
    steps.report(0.05)
    total = max(1, len(data.activities))
    record = ParagraphStyle("record", parent=styles().h2, keepWithNext=0)
    sub_record = ParagraphStyle("sub_record", parent=styles().h2, keepWithNext=0, fontSize=10,
                                leading=13, spaceBefore=6)
    done = 0
    for number_text, role, entries in sections:
        story += [PageBreak(), _heading(f"{number_text}. {_group_title(role, t)}", 1,
                                        f"s{number_text}")]
        if role == "processor":
            story.append(blocks.note(t(
                "Art. 30(2): for each controller on whose behalf we process personal data, "
                "that controller and the categories of processing we carry out for it. The "
                "legal basis is the controller's to record, not ours.")))
        for entry_number, name, activity, acts in entries:
            # No keep-with-next here: it would lay each whole record out twice; the
            # conditional break keeps a heading from ending a page on its own.
            heading = name if activity is not None else t("Controller: {name}", name=name)
            story += [CondPageBreak(90), _heading(f"{entry_number}  {heading}", 2,
                                                  f"s{entry_number}", record)]
            if activity is not None:
                story += [blocks.fields(_controller_fields(activity, data, t, w), width),
                          Spacer(1, 8)]
                done += 1
            else:
                story += [blocks.fields(_processor_controller_fields(acts, data, t, w), width),
                          Spacer(1, 6)]
                for m, act in enumerate(acts, start=1):
                    story += [CondPageBreak(80),
                              _heading(f"{entry_number}.{m}  {act['name']}", 3,
                                       f"s{entry_number}.{m}", sub_record),
                              blocks.fields(_processor_fields(act, t, w), width), Spacer(1, 8)]
                    done += 1
            if done % 50 == 0:
                steps.report(0.05 + 0.15 * done / total)
    return render(story, meta, t, title, steps=steps.sub(0.2, 1.0), outline=True)


def _heading(text: str, level: int, anchor: str, style: ParagraphStyle | None = None) -> Flowable:
    flowable = blocks.heading(text, level, style)
    flowable.anchor = anchor
    return flowable


def _by_controller(items: list[dict[str, Any]], w: _Words) -> list[tuple[str, list]]:
    """Processor activities under the controller each is for, in the order first met."""
    groups: dict[str, tuple[str, list]] = {}
    for a in items:
        name = " ".join(str(a.get("controller_name") or "").split())
        key = name.casefold()
        if key not in groups:
            groups[key] = (name or w.t("Controller not recorded"), [])
        groups[key][1].append(a)
    return list(groups.values())


# -- index and controller block --------------------------------------------------------


def _index(data: RopaData, sections: list, t: Translator, width: float) -> list[Flowable]:
    out: list[Flowable] = [
        _heading(t("Index"), 1, "index"),
        blocks.body(t("This record lists every processing activity of {org} with the "
                      "information Article 30 of the GDPR requires. It can be made available "
                      "to the supervisory authority on request.", org=data.organisation)),
        blocks.body(t.plural("{n} processing activity.", "{n} processing activities.",
                             len(data.activities)))]
    if not data.activities:
        out.append(blocks.body(t("No processing activities are on the register.")))
    columns = [width * f / sum(INDEX_WIDTHS) for f in INDEX_WIDTHS]
    row_left = sum(columns[:-1]) + 4  # the link covers the whole row

    def ref(key: str) -> PageRef:
        return PageRef(key, left=row_left)

    rows: list[list[Any]] = [["1", t("The controller and its data protection officer"), "",
                              "", ref("s1")]]
    for number, role, entries in sections:
        rows.append([number, _group_title(role, t), "", "", ref(f"s{number}")])
        for entry_number, name, activity, acts in entries:
            if activity is not None:
                rows.append([entry_number, name, t.choice(activity.get("role")),
                             activity.get("owner") or "", ref(f"s{entry_number}")])
                continue
            rows.append([entry_number, t("Controller: {name}", name=name), "", "",
                         ref(f"s{entry_number}")])
            for m, act in enumerate(acts, start=1):
                rows.append([f"{entry_number}.{m}", act["name"], t.choice(act.get("role")),
                             act.get("owner") or "", ref(f"s{entry_number}.{m}")])
    # Sections and controllers in bold, activities under them in the regular face.
    extra = [("FONT", (0, i + 1), (1, i + 1), fonts.BOLD, 8, 10)
             for i, row in enumerate(rows) if row[2] == ""]
    out.append(blocks.data_table([t("No."), t("Section or processing activity"), t("Role"),
                                  t("Owner"), t("Page")], rows, INDEX_WIDTHS, width,
                                 right=(4,), extra=extra))
    return out


def _controller_block(data: RopaData, t: Translator, w: _Words, width: float) -> list[Flowable]:
    c = data.controller or {}
    pairs = [
        (t("Name"), data.organisation or w.missing),
        (t("Address"), w.text(c.get("controller_address"))),
        (t("E-mail"), w.text(c.get("controller_email"))),
        (t("Telephone"), w.text(c.get("controller_phone"))),
        (t("Data protection officer"), w.text(c.get("dpo_name"))),
        (t("Contact details of the data protection officer"), w.text(c.get("dpo_contact"))),
        (t("Representative in the EU (Art. 27)"), w.text(c.get("eu_representative"))),
    ]
    return [_heading(t("1. The controller and its data protection officer"), 1, "s1"),
            blocks.note(t("Art. 30(1)(a): the name and contact details of the controller, its "
                          "representative and its data protection officer. They hold for every "
                          "activity below unless the activity names its own.")),
            blocks.fields(pairs, width)]


# -- one activity -------------------------------------------------------------------------


def _basis(entry: Entry | None, t: Translator) -> str:
    """"Art. 6(1)(f) Legitimate interests": the article and the basis in words."""
    if entry is None:
        return ""
    name = t.entry(entry)
    if not entry.code or name == entry.code:
        return name
    return t("Art. {article} {basis}", article=entry.code, basis=name)


def _purposes(a: dict[str, Any], t: Translator, w: _Words, with_basis: bool = True) -> str:
    lines = []
    for p in a.get("purposes") or []:
        description = str(p.get("description") or "").strip() or w.missing
        if not with_basis:
            lines.append(f"• {description}")
            continue
        basis = _basis(p.get("art6"), t) or t("legal basis not recorded")
        condition = _basis(p.get("art9"), t)
        bases = f"{basis}; {condition}" if condition else basis
        lines.append(f"• {description} — {bases}")
    return w.lines(lines)


def _special(a: dict[str, Any], t: Translator, w: _Words) -> str:
    """Special categories (Art. 9) with the conditions relied on, and criminal data
    (Art. 10), in words; "None" when the register holds neither."""
    special = a.get("special_entries") or []
    criminal = a.get("criminal_entries") or []
    lines = []
    if special or a.get("special_categories"):
        names = t.entries(special) if special else t("special categories are processed")
        conditions = sorted({_basis(p.get("art9"), t) for p in a.get("purposes") or []
                             if p.get("art9")})
        lines.append(t("Yes: {categories}", categories=names))
        lines.append(t("Art. 9(2) condition: {conditions}",
                       conditions="; ".join(conditions) if conditions else w.missing))
    if criminal:
        lines.append(t("Criminal convictions and offences (Art. 10): {categories}",
                       categories=t.entries(criminal)))
    return "\n".join(lines) or w.none


def _recipients(a: dict[str, Any], t: Translator, w: _Words) -> str:
    lines = []
    for r in a.get("recipients") or []:
        if not isinstance(r, dict):
            continue
        kind = t.recipient_kind(r.get("kind"))
        where = f"{kind}, {t.country(r['country'])}" if r.get("country") else kind
        lines.append(f"• {w.text(r.get('name'))} ({where})")
    # The inventory form says an empty list means the data is disclosed to no one.
    return w.lines(lines, empty_is_none=True)


def _transfers(a: dict[str, Any], t: Translator, w: _Words) -> str:
    lines = []
    for x in a.get("transfers") or []:
        if not isinstance(x, dict):
            continue
        words = t.entry(x.get("safeguard_entry")) if x.get("safeguard_entry") else w.missing
        if x.get("safeguard_article"):
            words = f"{words} ({x['safeguard_article']})"
        who = f" — {x['recipient']}" if x.get("recipient") else ""
        documented = x.get("documentation") or x.get("note")
        where = t("documentation: {where}", where=w.text(documented))
        lines.append(f"• {t.country(x.get('country'))}{who}: {words}; {where}")
    # The inventory form says an empty list means no transfer outside the EEA.
    return w.lines(lines, empty_is_none=True)


def _retention(a: dict[str, Any], t: Translator, w: _Words) -> str:
    text = w.text(a.get("retention"))
    days = a.get("retention_days")
    if days is not None:
        in_days = t.plural("{n} day", "{n} days", int(days))
        text = in_days if text == w.missing else f"{text} ({in_days})"
    return text


def _volume(a: dict[str, Any], t: Translator, w: _Words) -> str:
    def n(value: Any) -> str:
        return w.missing if value is None else t.number(value)
    return t("{subjects} people / {records} records", subjects=n(a.get("approx_subjects")),
             records=n(a.get("approx_records")))


def _dpia(a: dict[str, Any], t: Translator) -> str:
    met = t.plural("{n} EDPB criterion met", "{n} EDPB criteria met",
                   a.get("dpia_criteria_met", 0))
    text = f"{met} · {t.choice(a.get('dpia_status'))}"
    return f"{text} · {a['dpia_reference']}" if a.get("dpia_reference") else text


def _assets(a: dict[str, Any], w: _Words) -> str:
    return "; ".join(str(x) for x in a.get("assets") or [] if str(x).strip()) or w.missing


def _dates(a: dict[str, Any], t: Translator) -> str:
    return t("created {created} · updated {updated}", created=t.date(a.get("created_at")),
             updated=t.date(a.get("updated_at")))


def _own_controller(a: dict[str, Any], data: RopaData, t: Translator) -> str:
    """The controller of a controller's activity: its own details where they differ."""
    name = str(a.get("controller_name") or "").strip()
    contact = str(a.get("controller_contact") or "").strip()
    if not name and not contact:
        return t("{organisation}, as in section 1", organisation=data.organisation)
    return "\n".join(x for x in (name or data.organisation, contact) if x)


def _dpo(a: dict[str, Any], data: RopaData, w: _Words) -> str:
    own = str(a.get("dpo_contact") or "").strip()
    if own:
        return w.text(own)
    c = data.controller or {}
    parts = [str(c.get(k) or "").strip() for k in ("dpo_name", "dpo_contact")]
    return " — ".join(p for p in parts if p) or w.missing


def _representative(a: dict[str, Any], data: RopaData, w: _Words) -> str:
    own = str(a.get("representative") or "").strip()
    return w.text(own or (data.controller or {}).get("eu_representative"))


def _controller_fields(a: dict[str, Any], data: RopaData, t: Translator,
                       w: _Words) -> list[tuple[str, Any]]:
    joint = a.get("role") == "joint_controller"
    pairs: list[tuple[str, Any]] = [(t("Register ID"), f"#{a.get('id')}")]
    if a.get("description"):
        pairs.append((t("Description"), a["description"]))
    pairs += [
        (t("Controller and contact details (30(1)(a))"), _own_controller(a, data, t)),
        # A controller acting alone has no joint controller: empty means none.
        (t("Joint controllers and their arrangement (Art. 26)"),
         w.text(a.get("joint_controllers"), empty_is_none=not joint)),
        (t("Representative (30(1)(a), Art. 27)"), _representative(a, data, w)),
        (t("Data protection officer (30(1)(a))"), _dpo(a, data, w)),
        (t("Purposes and legal bases (30(1)(b))"), _purposes(a, t, w)),
        (t("Categories of data subjects (30(1)(c))"), _entries(a.get("subject_entries"), t, w)),
        (t("Categories of personal data (30(1)(c))"), _entries(a.get("category_entries"), t, w)),
        (t("Special categories (Art. 9) and criminal data (Art. 10)"), _special(a, t, w)),
        (t("Categories of recipients (30(1)(d))"), _recipients(a, t, w)),
        (t("Transfers to third countries and safeguards (30(1)(e))"), _transfers(a, t, w)),
        (t("Time limits for erasure (30(1)(f))"), _retention(a, t, w)),
        (t("Technical and organisational security measures (30(1)(g))"),
         w.text(a.get("security_measures"))),
    ]
    return pairs + _common_fields(a, t, w)


def _common_fields(a: dict[str, Any], t: Translator, w: _Words) -> list[tuple[str, Any]]:
    return [
        (t("Approximate number of subjects / records"), _volume(a, t, w)),
        (t("Systems and assets used"), _assets(a, w)),
        (t("DPIA screening and status"), _dpia(a, t)),
        # "Responsable" alone would read as the controller in Spanish.
        (t("Internal owner"), a.get("owner") or w.missing),
        (t("Dates"), _dates(a, t)),
    ]


def _entries(entries: Any, t: Translator, w: _Words) -> str:
    return t.entries(entries) if entries else w.missing


def _unique(acts: list[dict[str, Any]], key: str) -> list[str]:
    seen: dict[str, str] = {}
    for a in acts:
        text = str(a.get(key) or "").strip()
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return list(seen.values())


def _processor_controller_fields(acts: list[dict[str, Any]], data: RopaData, t: Translator,
                                 w: _Words) -> list[tuple[str, Any]]:
    """The controller we act for (30(2)(a)): its name and contact, representative and DPO,
    as the activities done for it record them."""
    name = " ".join(str(acts[0].get("controller_name") or "").split())
    contact = _unique(acts, "controller_contact")
    return [
        (t("Controller on whose behalf we act (30(2)(a))"),
         "\n".join([name or w.missing, *contact]) if contact or name else w.missing),
        (t("Controller's representative (30(2)(a))"),
         w.lines([w.text(x) for x in _unique(acts, "representative")])),
        (t("Controller's data protection officer (30(2)(a))"),
         w.lines([w.text(x) for x in _unique(acts, "dpo_contact")])),
        (t("Processor and contact details (30(2)(a))"),
         t("{organisation}, as in section 1", organisation=data.organisation)),
    ]


def _processor_fields(a: dict[str, Any], t: Translator, w: _Words) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = [(t("Register ID"), f"#{a.get('id')}")]
    if a.get("description"):
        pairs.append((t("Description"), a["description"]))
    pairs += [
        (t("Categories of processing carried out for the controller (30(2)(b))"),
         _purposes(a, t, w, with_basis=False)),
        (t("Categories of data subjects"), _entries(a.get("subject_entries"), t, w)),
        (t("Categories of personal data"), _entries(a.get("category_entries"), t, w)),
        (t("Sub-processors and other recipients"), _recipients(a, t, w)),
        (t("Transfers to third countries and safeguards (30(2)(c))"), _transfers(a, t, w)),
        (t("Technical and organisational security measures (30(2)(d))"),
         w.text(a.get("security_measures"))),
    ]
    return pairs + _common_fields(a, t, w)


__all__ = ["build"]
