"""Reports: the plain data each PDF is built from, the export, its record and signature.

The report builders (privguard.reports) never see the register; this service
reads it, hands them dataclasses, writes the bytes atomically, records the
export (ReportRecord: kind, time, author, file name, SHA-256, signature) and
verifies files against those records.
"""

from __future__ import annotations

import base64
import hashlib
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from privguard.domain import breach_notice, catalogue
from privguard.domain.breach_clock import ClockState
from privguard.domain.enums import IncidentStatus, RiskStatus, Treatment
from privguard.domain.errors import NotFoundError, PrivGuardError, ValidationError
from privguard.domain.rows import ListQuery, RowSet
from privguard.fileio import write_atomic
from privguard.reports import pades, signing
from privguard.reports.i18n import LANGUAGES
from privguard.reports.model import (
    BoardData,
    BreachLogData,
    DecisionData,
    Entry,
    IncidentData,
    NotificationData,
    RenderedReport,
    ReportMeta,
    RiskRegisterData,
    RopaData,
)
from privguard.reports.progress import Cancelled, Steps
from privguard.services.settings import CONTROLLER_KEYS, board_meeting
from privguard.storage import models as m
from privguard.words import N_, Phrase, words_for

__all__ = ["Cancelled", "ReportOutcome", "ReportingService", "VerifyOutcome"]

#: (kind, needs a subject id) in the order the Reports area lists them.
KINDS: tuple[tuple[str, bool], ...] = (
    ("board", False), ("ropa", False), ("breach-log", False), ("risks", False),
    ("incident", True), ("decision", True),
    ("notification", True),
)
#: What a notification draft is written as, by the suffix of the file asked for.
NOTIFICATION_SUFFIXES = (".pdf", ".txt")
#: Trials of the analysis an incident report runs when no decision froze its figures.
REPORT_TRIALS = 20_000
PERIOD_DAYS = 90
TREND_MONTHS = 12
#: Ed25519 key of registers made before reports carried their own signature; it checks the
#: signatures recorded for their old exports.
LEGACY_SIGNING_KEY = "report_signing_key"
SIGNING_IDENTITY = "report_signing_identity"
RETIRED_IDENTITIES = "report_signing_retired"
#: What an export's record keeps as its signature when the PDF carries it: the signer.
PADES_PREFIX = "pades:"
_IDENTITY_LOCK = threading.Lock()
_OPEN_RISK = [s.value for s in RiskStatus if s != RiskStatus.CLOSED]
#: A breach clock still running, and incidents that need a breach assessment first.
RUNNING_STATES = ("running", "amber", "red", "overdue")
HIGH_SEVERITIES = ("high", "critical")
#: The most live incidents the board report prices with the analysis engine.
MAX_PRICED_INCIDENTS = 10
#: The incident-mode figures the board shows, by the engine's metric labels.
INCIDENT_METRICS = {"expected_cost": "Expected cost", "p95_cost": "P95 cost",
                    "downtime_hours": "Expected downtime (h)",
                    "p95_downtime_hours": "P95 downtime (h)",
                    "p_over_mtd": "P(downtime > MTD)"}
# The engine names its metrics with labels; older or other shapes may use keys.
_BENEFIT_METRICS = ("ALE reduction (ΔALE)", "delta_ale", "benefit", "ale_reduction")
#: Each kind of report by its title, for the verification message.
REPORT_TITLES = {
    "board": N_("Board report"), "ropa": N_("Record of processing activities"),
    "breach-log": N_("Breach log"),
    "risks": N_("Risk register"), "incident": N_("Incident report"),
    "decision": N_("Decision record"), "notification": N_("Breach notification draft"),
}


@dataclass(frozen=True)
class ReportOutcome:
    kind: str
    path: Path
    sha256: str
    pages: int
    signed: bool
    #: None when the register is open read-only: the export could not be recorded
    record_id: int | None


@dataclass(frozen=True)
class VerifyOutcome:
    ok: bool
    message: str
    #: the matching export: id, kind, at, author, filename, sha256, signed
    record: dict[str, Any] | None = None


def _no_such_kind(kind: str) -> ValidationError:
    return ValidationError.of("There is no “{kind}” report; choose one of {kinds}.", "kind",
                              kind=kind, kinds=", ".join(k for k, _ in KINDS))


def _builtin(kind: str, code: str | None, name: str) -> Entry:
    """A threat or control the register copied from the catalogue prints in the report's
    language by its code; one the user added, or renamed, prints as typed."""
    entry = catalogue.find(kind, code) if code else None
    if entry is None or entry.name != name:
        return Entry(kind, None, name)
    return Entry(kind, entry.code, name)


def _cell(row: dict[str, Any], stage: str) -> tuple[int, int] | None:
    lik, imp = row.get(f"{stage}_likelihood"), row.get(f"{stage}_impact")
    return (int(lik), int(imp)) if lik is not None and imp is not None else None


def _score(cell: tuple[int, int] | None) -> int:
    return cell[0] * cell[1] if cell else 0


def _most_likely(value: Any) -> float | None:
    """A range's most likely value ({"low", "mode", "high"}), or a plain number."""
    if isinstance(value, dict):
        value = value.get("mode", value.get("low"))
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) \
        else None


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _query(filters: Any) -> ListQuery:
    """What the Risks table shows: a ListQuery, a search string, or a filter dict."""
    if filters is None:
        return ListQuery()
    if isinstance(filters, ListQuery):
        return ListQuery(filters=dict(filters.filters), search=filters.search,
                         order_by=filters.order_by, descending=filters.descending)
    if isinstance(filters, str):
        return ListQuery(search=filters)
    if isinstance(filters, dict):
        keys = {"filters", "search", "order_by", "descending"}
        if filters and set(filters) <= keys:
            return ListQuery(filters=dict(filters.get("filters") or {}),
                             search=filters.get("search") or "",
                             order_by=filters.get("order_by"),
                             descending=bool(filters.get("descending")))
        return ListQuery(filters=dict(filters))
    raise ValidationError.of("Risk filters must be a search text or a dictionary of filters.",
                             "filters")


class ReportingService:
    def __init__(self, workspace: Any):
        self.ws = workspace

    @property
    def store(self):  # noqa: ANN201 - storage type stays out of the signature
        return self.ws.register.store

    # -- what the Reports area lists ------------------------------------------------

    def kinds(self) -> list[tuple[str, bool]]:
        return list(KINDS)

    def history(self) -> RowSet:
        """Every export, newest first."""
        return self.ws.report_rows(ListQuery(order_by="at", descending=True))

    def fingerprint(self) -> str:
        """The SHA-256 fingerprint of the register's report-signing certificate: what the
        cover prints and what the organisation publishes."""
        return self._identity().fingerprint

    def _register_id(self) -> str:
        header = getattr(self.ws.register, "header", None)
        return str(getattr(header, "register_id", "") or self.ws.organisation)

    def certificate_pem(self) -> str:
        """The certificate to publish; the private key never leaves the register."""
        return pades.certificate_pem(self._identity().cert_der)

    def export_certificate(self, out_path: Path | str) -> Path:
        out_path = Path(out_path)
        if not out_path.parent.is_dir():
            raise ValidationError.of("The folder {folder} does not exist.", "out_path",
                                     folder=str(out_path.parent))
        write_atomic(out_path, self.certificate_pem().encode("ascii"))
        return out_path

    def _stored_identity(self) -> pades.Identity | None:
        stored = self.ws.settings.internal(SIGNING_IDENTITY)
        if isinstance(stored, dict) and stored.get("key") and stored.get("cert"):
            return pades.Identity(key_der=base64.b64decode(stored["key"]),
                                  cert_der=base64.b64decode(stored["cert"]))
        return None

    def _identity(self) -> pades.Identity:
        """The register's signing key and certificate, made on first use."""
        # One key per register: two threads making the first report at once (a preview and
        # an export) must not each make and store their own.
        with _IDENTITY_LOCK:
            stored = self._stored_identity()
            if stored is not None:
                return stored
            identity = pades.new_identity(self._organisation())
            self.ws.settings.set_internal(SIGNING_IDENTITY, {
                "key": base64.b64encode(identity.key_der).decode("ascii"),
                "cert": base64.b64encode(identity.cert_der).decode("ascii"),
                "created_at": datetime.now(UTC).isoformat(timespec="seconds")})
            return identity

    def _organisation(self) -> str:
        return self.ws.settings.get("organisation") or self.ws.organisation

    def certificates(self) -> tuple[bytes, ...]:
        """Every certificate this register has signed reports with (DER), current first:
        reports signed before a person was removed still verify."""
        retired = self.ws.settings.internal(RETIRED_IDENTITIES) or []
        return (self._identity().cert_der,
                *(base64.b64decode(r["cert"]) for r in retired if isinstance(r, dict)))

    def retire_identity(self) -> None:
        """Replace the signing key (after a person was removed, who may have copied it):
        the old certificate is kept, with the date, to verify what it signed; its private
        key is forgotten."""
        with _IDENTITY_LOCK:
            stored = self._stored_identity()
            if stored is None:
                return
            retired = list(self.ws.settings.internal(RETIRED_IDENTITIES) or [])
            retired.append({"cert": base64.b64encode(stored.cert_der).decode("ascii"),
                            "retired_at": datetime.now(UTC).isoformat(timespec="seconds")})
            with self.ws.transaction():
                self.ws.settings.set_internal(RETIRED_IDENTITIES, retired)
                self.ws.settings.set_internal(SIGNING_IDENTITY, None)

    # -- export ---------------------------------------------------------------------

    def export(self, kind: str, out_path: Path | str, *, lang: str | None = None,
               subject_id: int | None = None, filters: Any = None, sign: bool = True,
               progress: Callable[[float, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None,
               since: date | None = None) -> ReportOutcome:
        """Build one report, write it atomically to ``out_path`` and record the export.

        ``since``: where the board report's period starts (default: the last board
        meeting kept in Settings).

        ``progress(fraction, message)`` is called as the work advances; when
        ``cancelled()`` returns True the export stops with Cancelled and nothing
        is left at ``out_path`` (an existing file there is left as it was).
        """
        needs_id = dict(KINDS).get(kind)
        if needs_id is None:
            raise _no_such_kind(kind)
        if needs_id and subject_id is None:
            if kind in ("incident", "notification"):
                raise ValidationError.of("The incident report needs the id of the incident.",
                                         "subject_id")
            raise ValidationError.of("The decision report needs the id of the decision.",
                                     "subject_id")
        lang = lang or self.ws.settings.get("language")
        if lang not in LANGUAGES:
            raise ValidationError.of("The report language must be English (en) or Spanish (es).",
                                     "lang")
        out_path = Path(out_path)
        if not out_path.parent.is_dir():
            raise ValidationError.of("The folder {folder} does not exist.", "out_path",
                                     folder=str(out_path.parent))
        if out_path.is_dir():
            raise ValidationError.of("{path} is a folder; choose a file name inside it.",
                                     "out_path", path=str(out_path))
        if kind != "notification" and out_path.suffix.lower() != ".pdf":
            raise ValidationError.of("Reports are PDF files: give a name ending in .pdf, not "
                                     "“{name}”.", "out_path", name=out_path.name)
        if kind == "notification":
            suffix = out_path.suffix.lower()
            if suffix not in NOTIFICATION_SUFFIXES:
                raise ValidationError.of(
                    "The notification draft is written as FILE.pdf or FILE.txt, not “{name}”.",
                    "out_path", name=out_path.name)
            if suffix == ".txt":
                return self._export_text(int(subject_id), out_path, lang,
                                         Steps(progress, cancelled))
        steps = Steps(progress, cancelled)
        read_only = self.ws.register.read_only
        # A read-only register cannot store a signing key it has not made yet.
        sign = sign and (not read_only or self._stored_identity() is not None)
        steps.report(0.0, N_("Reading the register…"))
        rendered = self.render(kind, lang=lang, subject_id=subject_id, filters=filters,
                               steps=steps.sub(0.0, 0.95), signed=sign, since=since)
        data, signature = rendered.data, ""
        if sign:
            steps.report(0.95, N_("Signing…"))
            identity = self._identity()
            data = pades.sign(data, identity, reason=words_for(lang)(
                N_("Issued from the PrivGuard register of {organisation}"),
                organisation=self._organisation()))
            signature = PADES_PREFIX + identity.fingerprint.replace(" ", "")
        steps.report(0.97, N_("Writing the file…"))
        return self._deliver(kind, out_path, data, signature, rendered.pages, steps)

    def _deliver(self, kind: str, out_path: Path, data: bytes, signature: str, pages: int,
                 steps: Steps) -> ReportOutcome:
        """Write ``data`` atomically and record the export with its SHA-256, both or
        neither; a read-only register writes the file only (its outcome has no record)."""
        digest = hashlib.sha256(data).hexdigest()
        record_id = None
        if self.ws.register.read_only:
            steps.check()
            write_atomic(out_path, data)
        else:
            written = False
            try:
                with self.store.write() as session:
                    record = m.ReportRecord(kind=kind, author=self.ws.actor,
                                            filename=out_path.name, sha256=digest,
                                            signature=signature)
                    session.add(record)
                    session.flush()
                    # Last chance to stop: after this the file exists and the record commits.
                    steps.check()
                    write_atomic(out_path, data)
                    written = True
                    record_id = record.id
            except BaseException:
                if written:
                    out_path.unlink(missing_ok=True)
                raise
        steps.report(1.0, N_("Done."))
        return ReportOutcome(kind=kind, path=out_path, sha256=digest, pages=pages,
                             signed=bool(signature), record_id=record_id)

    def notification_text(self, incident_id: int, *, lang: str = "en") -> str:
        """The notification draft of an incident's breach as plain text, in ``lang``: what
        Art. 33(3) asks, to paste into the supervisory authority's form."""
        from privguard.reports import notification

        if lang not in LANGUAGES:
            raise ValidationError.of("The report language must be English (en) or Spanish (es).",
                                     "lang")
        now = datetime.now(UTC).replace(microsecond=0)
        meta = ReportMeta(kind="notification", organisation=self._organisation(),
                          author=self.ws.actor, generated_at=now, fingerprint="", lang=lang,
                          currency=self.ws.settings.get("currency"))
        return notification.text(self.notification_data(incident_id, now), meta)

    def _export_text(self, incident_id: int, out_path: Path, lang: str,
                     steps: Steps) -> ReportOutcome:
        """The draft as plain text: written atomically, recorded, not signed (a text file
        carries no signature; its SHA-256 in the register still verifies it)."""
        steps.report(0.0, N_("Reading the register…"))
        data = self.notification_text(incident_id, lang=lang).encode("utf-8")
        steps.report(0.9, N_("Writing the file…"))
        return self._deliver("notification", out_path, data, "", 0, steps)

    def render(self, kind: str, *, lang: str = "en", subject_id: int | None = None,
               filters: Any = None, steps: Steps | None = None,
               signed: bool = True, since: date | None = None) -> RenderedReport:
        """The report's PDF bytes, unsigned, without writing or recording anything.

        ``signed`` says whether the cover names the certificate it will be signed with.
        """
        steps = steps or Steps()
        data_steps, build_steps = steps.sub(0.0, 0.15), steps.sub(0.15, 1.0)
        now = datetime.now(UTC).replace(microsecond=0)
        today = now.date()
        subject = ""
        period = None
        # Each builder is imported when its report is made: reportlab's platypus and the
        # charts are imports a command making another report, or none, need not pay for.
        if kind == "board":
            from privguard.reports import board

            since = self.board_since(today, since)
            data: Any = self.board_data(today, since)
            period = (since, today)
            builder: Any = board.build
        elif kind == "ropa":
            from privguard.reports import ropa

            data, builder = self.ropa_data(), ropa.build
        elif kind == "breach-log":
            from privguard.reports import breach_log

            data, builder = self.breach_log_data(), breach_log.build
        elif kind == "risks":
            from privguard.reports import risk_register

            data, builder = self.risk_register_data(filters), risk_register.build
        elif kind == "incident":
            from privguard.reports import incident

            # The cover names the incident with its id, on labelled rows of its own.
            data, builder = self.incident_data(int(subject_id)), incident.build
        elif kind == "notification":
            from privguard.reports import notification

            data, builder = self.notification_data(int(subject_id)), notification.build
        elif kind == "decision":
            from privguard.reports import decision

            data, builder = self.decision_data(int(subject_id)), decision.build
            subject = data.decision.get("subject_title") or data.decision["option_name"]
        else:
            raise _no_such_kind(kind)
        data_steps.report(1.0, N_("Laying out the pages…"))
        meta = ReportMeta(kind=kind, organisation=self._organisation(), author=self.ws.actor,
                          generated_at=now, fingerprint=self.fingerprint() if signed else "",
                          lang=lang,
                          currency=self.ws.settings.get("currency"), period=period,
                          subject=subject)
        return builder(data, meta, build_steps)

    # -- verification -----------------------------------------------------------------

    def verify(self, pdf_path: Path | str) -> VerifyOutcome:
        """Whether ``pdf_path`` is a report this register issued, unchanged.

        A report carrying its signature is checked against this register's
        certificates, whether or not its export is recorded here; an older,
        unsigned or Ed25519-signed export is matched by the SHA-256 of its record.
        """
        pdf_path = Path(pdf_path)
        try:
            content = pdf_path.read_bytes()
        except OSError:
            raise ValidationError.of("Cannot read {path}.", "file", path=str(pdf_path)) from None
        digest = hashlib.sha256(content).hexdigest()
        with self.store.read() as session:
            found = (session.query(m.ReportRecord).filter_by(sha256=digest)
                     .order_by(m.ReportRecord.id).first())
            record = None if found is None else {
                "id": found.id, "kind": found.kind, "at": found.at, "author": found.author,
                "filename": found.filename, "sha256": found.sha256,
                "signed": bool(found.signature)}
            signature = "" if found is None else found.signature
        name = pdf_path.name
        if b"/ByteRange" in content and not signature:
            check = pades.check(content, self.certificates(), name=name)
            if not check.ok:
                return VerifyOutcome(False, check.message, record)
            return VerifyOutcome(True, Phrase(
                "{file} is intact and signed with this register's certificate {signer}; its "
                "export is not recorded here (it was made from a copy of the register, or one "
                "opened read-only).", file=name, signer=check.fingerprint), record)
        if record is None:
            return VerifyOutcome(False, Phrase(
                "{file} was not issued by this register, or it was modified after export: its "
                "SHA-256 matches no recorded report.", file=name))
        issued = {"file": name, "report": Phrase(REPORT_TITLES.get(record["kind"], record["kind"])),
                  "at": f"{_aware(record['at']):%Y-%m-%d %H:%M}", "author": record["author"]}
        if not signature:
            return VerifyOutcome(True, Phrase(
                "{file} is the report “{report}” issued by this register on {at} UTC by "
                "{author}; unmodified (SHA-256 recorded in the register; the export was not "
                "signed).",
                **issued), record)
        if signature.startswith(PADES_PREFIX):
            check = pades.check(content, self.certificates(), name=name)
            if not check.ok:
                return VerifyOutcome(False, check.message, record)
            return VerifyOutcome(True, Phrase(
                "{file} is the report “{report}” issued by this register on {at} UTC by "
                "{author}; intact, signed with this register's certificate {signer}.",
                signer=check.fingerprint, **issued), record)
        key = self.ws.settings.internal(LEGACY_SIGNING_KEY)
        public = signing.public_key(key) if key else b""
        if not key or not signing.verify(public, signature, self._register_id(), digest):
            return VerifyOutcome(False, Phrase(
                "{file} matches a recorded report but its signature does not verify with this "
                "register's key.", file=name), record)
        return VerifyOutcome(True, Phrase(
            "{file} is the report “{report}” issued by this register on {at} UTC by "
            "{author}; unmodified, signature valid (key {key}).",
            key=signing.key_fingerprint(public), **issued), record)

    # -- plain data for each report -------------------------------------------------

    def _entries(self) -> Callable[[str, str | None], Entry | None]:
        """Looks up a stored catalogue code: the built-in entry, the register's own, or the
        code itself (an entry since removed) printed as it is."""
        known: dict[str, dict[str, Any]] = {}

        def entry(kind: str, code: str | None) -> Entry | None:
            if not code:
                return None
            if kind not in known:
                known[kind] = {e.code: e for e in self.ws.catalogues.entries(kind)}
            found = known[kind].get(code)
            if found is None:
                return Entry(kind, None, code)
            builtin = catalogue.find(kind, found.code) is not None
            return Entry(kind, found.code if builtin else None, found.name)

        return entry

    def _people(self) -> dict[int, str]:
        rows = self.ws.people.rows()
        return dict(zip(rows.column("id"), rows.column("name"), strict=True))

    def _risk_dicts(self, query: ListQuery) -> list[dict[str, Any]]:
        out = []
        for row in self.ws.risks.rows(query).dicts():
            out.append({**row, "inherent": _cell(row, "inherent"),
                        "current": _cell(row, "current"), "residual": _cell(row, "residual")})
        return out

    def board_since(self, today: date | None = None, since: date | None = None) -> date:
        """Where the board report's period starts: the date asked for, else the last board
        meeting kept in Settings, else PERIOD_DAYS before today."""
        today = today or self.ws.today()
        if since is None:
            since = board_meeting(self.ws.settings.get("last_board_meeting"))
        if since is None:
            since = today - timedelta(days=PERIOD_DAYS)
        if since > today:
            raise ValidationError.of("The report's period cannot start after today ({today}).",
                                     "since", today=today.isoformat())
        return since

    def board_data(self, today: date | None = None, since: date | None = None) -> BoardData:
        """What the board report shows. "What changed" counts from the start of ``since``
        (default: see ``board_since``): the same period gives the same report, whatever
        was exported before and in whichever language."""
        today = today or self.ws.today()
        since = self.board_since(today, since)
        now = datetime.now(UTC)
        matrix = self.ws.settings.matrix()
        cutoff = datetime.combine(since, time(), UTC)
        risks = self._risk_dicts(ListQuery(filters={"status": _OPEN_RISK}))
        open_ids = {r["id"] for r in risks}
        heat_inherent: dict[tuple[int, int], int] = defaultdict(int)
        heat_residual: dict[tuple[int, int], int] = defaultdict(int)
        for r in risks:
            heat_inherent[r["inherent"]] += 1
            after = r["residual"] or r["current"] or r["inherent"]
            heat_residual[after] += 1

        with self.store.read() as session:
            created = dict(session.query(m.Risk.id, m.Risk.created_at))
            history = session.query(m.RiskScore.risk_id, m.RiskScore.stage,
                                    m.RiskScore.likelihood, m.RiskScore.impact,
                                    m.RiskScore.at).order_by(m.RiskScore.at,
                                                             m.RiskScore.id).all()
            incidents = [dict(id=i, title=ti, severity=sev, status=st, detected_at=_aware(d),
                              actual_cost=c) for i, ti, sev, st, d, c in session.query(
                m.Incident.id, m.Incident.title, m.Incident.severity, m.Incident.status,
                m.Incident.detected_at, m.Incident.actual_cost).order_by(
                m.Incident.detected_at.desc(), m.Incident.id.desc())]
            decisions = [dict(id=i, option_id=o, option_name=n, decided_by=b,
                              decided_at=_aware(a), rationale=ra, figures=f or {}, risk_id=r,
                              incident_id=inc) for i, o, n, b, a, ra, f, r, inc in session.query(
                m.Decision.id, m.Decision.option_id, m.Decision.option_name,
                m.Decision.decided_by, m.Decision.decided_at, m.Decision.rationale,
                m.Decision.figures, m.Decision.risk_id, m.Decision.incident_id).order_by(
                m.Decision.decided_at.desc(), m.Decision.id.desc())]

        trend, at_cutoff, now_cells = self._trend(history, created, open_ids, matrix, today,
                                                  cutoff)
        up = sum(1 for rid, before in at_cutoff.items()
                 if _score(now_cells.get(rid)) > _score(before))
        down = sum(1 for rid, before in at_cutoff.items()
                   if _score(now_cells.get(rid)) < _score(before))
        titles = {"risk": dict(zip(self.ws.risks.rows().column("id"),
                                   self.ws.risks.rows().column("title"), strict=True)),
                  "incident": {i["id"]: i["title"] for i in incidents}}

        def subject(row: dict[str, Any]) -> str:
            if row.get("risk_id"):
                return titles["risk"].get(row["risk_id"], "")
            return titles["incident"].get(row.get("incident_id"), "")

        options = []
        decided_ids = {d["option_id"] for d in decisions if d["option_id"]}
        benefits: dict[int, float] = {}
        for d in reversed(decisions):  # newest figures win
            for opt in (d["figures"] or {}).get("options") or []:
                metrics = opt.get("metrics") or {} if isinstance(opt, dict) else {}
                value = next((metrics[k] for k in _BENEFIT_METRICS if k in metrics), None)
                if value is not None and opt.get("option_id") is not None:
                    benefits[int(opt["option_id"])] = float(value)
        for o in self.ws.options.rows(ListQuery(order_by="id")).dicts():
            options.append({**o, "subject": subject(o), "decided": o["id"] in decided_ids,
                            "benefit": benefits.get(o["id"])})
        for d in decisions:
            d["subject"] = subject(d)

        open_incidents = {i["id"] for i in incidents if i["status"] != IncidentStatus.CLOSED}
        incident_options: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for o in options:
            if o.get("incident_id"):
                incident_options[o["incident_id"]].append(o)
        decision_of: dict[int, dict[str, Any]] = {}
        for d in decisions:  # newest first: the decision that stands
            if d["incident_id"]:
                decision_of.setdefault(d["incident_id"], d)
        awaiting = [{"id": i["id"], "title": i["title"],
                     "options": [o["name"] for o in incident_options[i["id"]]]}
                    for i in incidents if i["id"] in open_incidents and incident_options[i["id"]]
                    and i["id"] not in decision_of]

        def accepted(r: dict[str, Any]) -> bool:
            expires = r.get("acceptance_expires_on")
            return r.get("treatment") == Treatment.ACCEPT and expires is not None \
                and expires >= today

        above = sorted((r for r in risks if _score(r["residual"] or r["current"] or r["inherent"])
                        > matrix.appetite and not accepted(r)),
                       key=lambda r: -_score(r["residual"] or r["current"] or r["inherent"]))
        expired = [r for r in risks if r.get("treatment") == Treatment.ACCEPT
                   and r.get("acceptance_expires_on") is not None
                   and r["acceptance_expires_on"] < today]

        breaches = []
        new_breaches = 0
        assessed = set()
        for incident_id, title, clock in self.ws.breaches.clocks(open_only=False):
            assessed.add(incident_id)
            aware = _aware(clock.aware_at)
            new_breaches += aware >= cutoff
            if aware < cutoff and incident_id not in open_incidents:
                continue
            state = ClockState(clock.state(now)).value
            breaches.append({"incident_id": incident_id, "title": title, "aware_at": aware,
                             "due_at": clock.due_at if clock.authority_notification_required
                             else None,
                             "authority_notified_at": clock.authority_notified_at,
                             "rights_risk": clock.rights_risk.value, "state": state,
                             "hours_left": clock.time_left(now).total_seconds() / 3600
                             if state in RUNNING_STATES else None,
                             "subjects_notice": clock.subjects_notice.value})
        breaches.sort(key=lambda b: (b["aware_at"], b["incident_id"]))
        running = sorted((b for b in breaches if b["state"] in RUNNING_STATES),
                         key=lambda b: (b["due_at"], b["incident_id"]))
        unassessed = [i for i in incidents if i["id"] in open_incidents
                      and i["severity"] in HIGH_SEVERITIES and i["id"] not in assessed]
        # Every open incident, whatever its age, and those of the period since closed.
        shown = [{**i, "breach": i["id"] in assessed} for i in incidents
                 if i["id"] in open_incidents or i["detected_at"] >= cutoff]
        new_incidents = [i for i in incidents if i["detected_at"] >= cutoff]
        changes = {
            "since": since,
            "new_risks": sum(1 for rid in open_ids if _aware(created[rid]) >= cutoff),
            "scores_up": up, "scores_down": down,
            "new_incidents": len(new_incidents),
            "open_new_incidents": sum(1 for i in new_incidents if i["id"] in open_incidents),
            "decisions": sum(1 for d in decisions if d["decided_at"] >= cutoff),
            "breaches": new_breaches,
        }
        responses = [self._incident_response(i, incident_options[i["id"]],
                                             decision_of.get(i["id"]))
                     for i in incidents if i["id"] in open_incidents
                     and incident_options[i["id"]]][:MAX_PRICED_INCIDENTS]
        return BoardData(
            matrix=matrix, heat_inherent=dict(heat_inherent), heat_residual=dict(heat_residual),
            risks=risks, trend=trend, changes=changes, above_appetite=above,
            awaiting_decision=awaiting, expired_acceptances=expired,
            options=[o for o in options if not o.get("incident_id")],
            decisions=decisions, incidents=shown, breaches=breaches,
            overdue=self.ws.risks.due(today).dicts(), open_incidents=len(open_incidents),
            today=today, since=since, running_clocks=running, unassessed=unassessed,
            incident_responses=responses)

    def _incident_response(self, incident: dict[str, Any], options: list[dict[str, Any]],
                           decision: dict[str, Any] | None) -> dict[str, Any]:
        """A live incident's options side by side, in the figures the decision view gives:
        expected cost, P95, downtime against the services' MTD, data lost, re-infection;
        the figures frozen with the decision once there is one."""
        figures: dict[Any, dict[str, Any]] = {}
        mtd = None
        frozen = (decision or {}).get("figures") or {}
        source = frozen.get("options") if isinstance(frozen, dict) else None
        inputs = frozen.get("inputs") if isinstance(frozen, dict) else None
        if not source:
            try:
                inputs = self.ws.analysis.inputs_for_incident(incident["id"])
                result = self.ws.analysis.run(inputs, seed=self.ws.analysis.seed_for(inputs),
                                              sensitivity=False)
                source = [o.to_dict() for o in result.options]
            except PrivGuardError:  # options the engine cannot price yet: costs only
                source, inputs = [], None
        for o in source or []:
            if isinstance(o, dict) and o.get("option_id") is not None:
                figures[int(o["option_id"])] = o.get("metrics") or {}
        stored: dict[Any, dict[str, Any]] = {}
        if isinstance(inputs, dict):
            limits = [s.get("mtd_hours") for s in inputs.get("services") or []
                      if isinstance(s, dict) and s.get("mtd_hours")]
            mtd = min(limits) if limits else None
            stored = {o.get("option_id"): o for o in inputs.get("options") or []
                      if isinstance(o, dict)}
        rows = []
        for o in options:
            metrics = figures.get(o["id"], {})
            given = stored.get(o["id"]) or self.ws.options.get(o["id"])
            rows.append({"id": o["id"], "name": o["name"], "orientation": o.get("orientation"),
                         "chosen": decision is not None and decision.get("option_id") == o["id"],
                         "data_loss_hours": _most_likely(given.get("data_loss_hours")),
                         "reinfection": metrics.get("P(re-infection)",
                                                    given.get("reinfection_probability")),
                         **{key: metrics.get(label) for key, label in INCIDENT_METRICS.items()}})
        return {"id": incident["id"], "title": incident["title"], "mtd_hours": mtd,
                "options": rows, "decision": None if decision is None else {
                    k: decision.get(k) for k in ("id", "option_name", "decided_by",
                                                 "decided_at")}}

    @staticmethod
    def _trend(history: list, created: dict[int, datetime], open_ids: set[int], matrix: Any,
               today: date, cutoff: datetime) -> tuple[list, dict, dict]:
        """Month-end counts from the score history, the scores at ``cutoff`` and now.

        A risk's score at a moment is its latest current score by then, else its
        latest inherent one; closed risks are left out (their closing date is not kept).
        """
        months = []
        year, month = today.year, today.month
        for _ in range(TREND_MONTHS):
            months.append(date(year, month, 1))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        ends = [min(today, (d + timedelta(days=32)).replace(day=1) - timedelta(days=1))
                for d in reversed(months)]
        state: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
        points, at_cutoff, taken = [], {}, False
        i = 0

        def snapshot() -> dict[int, tuple[int, int]]:
            return {rid: s.get("current") or s.get("inherent") for rid, s in state.items()}

        for end in ends:
            limit = datetime.combine(end, time.max, UTC)
            while i < len(history) and _aware(history[i][4]) <= limit:
                rid, stage, lik, imp, at = history[i]
                if not taken and _aware(at) > cutoff:
                    at_cutoff, taken = snapshot(), True
                if rid in open_ids and stage in ("current", "inherent"):
                    state[rid][stage] = (lik, imp)
                i += 1
            cells = snapshot()
            if cells:
                above = sum(1 for c in cells.values() if _score(c) > matrix.appetite)
                points.append((end, above, len(cells)))
        if not taken:
            at_cutoff = snapshot()
        at_cutoff = {rid: c for rid, c in at_cutoff.items()
                     if _aware(created.get(rid, datetime.now(UTC))) <= cutoff}
        return points, at_cutoff, snapshot()

    def ropa_data(self) -> RopaData:
        people = self._people()
        with self.store.read() as session:
            activities = session.query(m.ProcessingActivity).order_by(
                m.ProcessingActivity.name, m.ProcessingActivity.id).all()
            rows = [{c.key: getattr(a, c.key) for c in a.__table__.columns} for a in activities]
            purposes: dict[int, list[dict[str, Any]]] = defaultdict(list)
            for p in session.query(m.Purpose).order_by(m.Purpose.activity_id, m.Purpose.id):
                purposes[p.activity_id].append({"description": p.description,
                                                "art6_basis": p.art6_basis,
                                                "art9_condition": p.art9_condition})
            assets: dict[int, list[str]] = defaultdict(list)
            link = m.activity_assets.c
            for activity_id, name in session.query(link.activity_id, m.Asset.name).join(
                    m.Asset, m.Asset.id == link.asset_id).order_by(m.Asset.name):
                assets[activity_id].append(name)
        entry = self._entries()
        # Which data categories are special (Art. 9) or criminal (Art. 10), and the article
        # of each transfer safeguard: built-in and the register's own entries alike.
        flags = {e.code: e.attributes for e in self.ws.catalogues.entries("data_category")}
        articles = {e.code: e.attributes.get("article") or ""
                    for e in self.ws.catalogues.entries("transfer_safeguard")}
        for row in rows:
            row["owner"] = people.get(row.get("owner_id"))
            row["purposes"] = [{**p, "art6": entry("legal_basis_art6", p["art6_basis"]),
                                "art9": entry("legal_basis_art9", p["art9_condition"])}
                               for p in purposes[row["id"]]]
            row["assets"] = assets[row["id"]]
            codes = list(row.get("data_categories") or [])
            row["subject_entries"] = [entry("data_subject", c)
                                      for c in row.get("data_subjects") or []]
            row["category_entries"] = [entry("data_category", c) for c in codes]
            row["special_entries"] = [entry("data_category", c) for c in codes
                                      if (flags.get(c) or {}).get("special")]
            row["criminal_entries"] = [entry("data_category", c) for c in codes
                                       if (flags.get(c) or {}).get("criminal")]
            row["transfers"] = [{**x, "safeguard_entry": entry("transfer_safeguard",
                                                               x.get("safeguard")),
                                 "safeguard_article": articles.get(x.get("safeguard"), "")}
                                if isinstance(x, dict) else x for x in row.get("transfers") or []]
            row["dpia_criteria_met"] = len(row.get("dpia_criteria") or [])
        organisation = self.ws.settings.get("organisation") or self.ws.organisation
        settings = self.ws.settings.all()
        controller = {key: settings.get(key) or "" for key in CONTROLLER_KEYS}
        return RopaData(organisation=organisation, activities=rows, controller=controller)

    def breach_log_data(self) -> BreachLogData:
        """Every personal-data breach on the register, notified or not (Art. 33(5)): the
        facts, effects and remedial action, the notification decision and its reasons,
        the dates and whether each deadline was met."""
        now = datetime.now(UTC)
        entry = self._entries()
        breaches = []
        for incident_id, _title, clock in self.ws.breaches.clocks(open_only=False):
            breach = self.ws.breaches.for_incident(incident_id) or {}
            incident = self.ws.incidents.get(incident_id)
            notified = clock.authority_notified_at
            margin = (clock.due_at - _aware(notified)).total_seconds() / 3600 \
                if notified is not None and clock.authority_notification_required else None
            decisions = self._decisions(ListQuery(filters={"incident_id": incident_id},
                                                  order_by="decided_at"))
            breaches.append({
                **breach,
                "incident": {k: incident.get(k) for k in (
                    "id", "title", "category", "severity", "status", "occurred_at",
                    "detected_at", "contained_at", "resolved_at")},
                "due_at": clock.due_at if clock.authority_notification_required else None,
                "state": ClockState(clock.state(now)).value,
                "hours_left": clock.time_left(now).total_seconds() / 3600,
                "subjects_notice": clock.subjects_notice.value,
                "margin_hours": margin,
                "category_entries": [entry("data_category", c)
                                     for c in breach.get("data_categories") or []],
                "subject_entries": [entry("data_subject", c)
                                    for c in breach.get("data_subjects") or []],
                "decisions": [{k: d.get(k) for k in ("id", "option_name", "decided_by",
                                                     "decided_at", "rationale")}
                              for d in decisions]})
        breaches.sort(key=lambda b: (_aware(b["aware_at"]), b["incident"]["id"]))
        return BreachLogData(breaches=breaches, today=self.ws.today())

    def risk_register_data(self, filters: Any = None) -> RiskRegisterData:
        query = _query(filters)
        risks = self._risk_dicts(query)
        controls: dict[int, list[Entry]] = defaultdict(list)
        with self.store.read() as session:
            link = m.risk_controls.c
            for risk_id, code, name in session.query(
                    link.risk_id, m.Control.code, m.Control.name).join(
                    m.Control, m.Control.id == link.control_id).order_by(m.Control.name):
                controls[risk_id].append(_builtin("control", code, name))
            threats = {i: _builtin("threat", None if custom else code, name)
                       for i, code, name, custom in session.query(
                           m.Threat.id, m.Threat.code, m.Threat.name, m.Threat.custom)}
            threat_of = dict(session.query(m.Risk.id, m.Risk.threat_id))
        for r in risks:
            r["controls"] = controls.get(r["id"], [])
            r["threat"] = threats.get(threat_of.get(r["id"]))
        return RiskRegisterData(matrix=self.ws.settings.matrix(), risks=risks,
                                filters=dict(query.filters), search=query.search)

    def incident_data(self, incident_id: int) -> IncidentData:
        item = self.ws.incidents.get(incident_id)
        people = self._people()
        item["reporter"] = people.get(item.get("reporter_id"))

        def names(service: Any, ids: list[int], key: str = "name") -> list[str]:
            return [service.get(i)[key] for i in ids]

        breach = self.ws.breaches.for_incident(incident_id)
        if breach is not None:
            breach = self._breach_details(breach, datetime.now(UTC).replace(microsecond=0))
        options = [self.ws.options.get(i) for i in self.ws.options.for_incident(incident_id)
                   .column("id")]
        decisions = self._decisions(ListQuery(filters={"incident_id": incident_id},
                                              order_by="decided_at"))
        services = [self.ws.services.get(i) for i in item.get("services", [])]
        data = IncidentData(
            incident=item, timeline=self.ws.incidents.timeline(incident_id),
            assets=names(self.ws.assets, item.get("assets", [])),
            services=[s["name"] for s in services],
            activities=names(self.ws.activities, item.get("activities", [])),
            risks=names(self.ws.risks, item.get("risks", []), "title"),
            breach=breach, options=options, decisions=decisions,
            service_rows=[{k: s.get(k) for k in ("name", "mtd_hours", "rto_hours", "rpo_hours")}
                          for s in services])
        self._expected_costs(data, incident_id)
        return data

    def _breach_details(self, breach: dict[str, Any], now: datetime) -> dict[str, Any]:
        """A stored assessment with what the reports say about it (see IncidentData.breach)."""
        clock = self.ws.breaches.clock_from(breach)
        entry = self._entries()
        state = ClockState(clock.state(now))
        live = state in (ClockState.RUNNING, ClockState.AMBER, ClockState.RED,
                         ClockState.OVERDUE)
        settled = state in (ClockState.MET, ClockState.LATE)
        return {
            **breach,
            "due_at": clock.due_at if clock.authority_notification_required else None,
            "state": state.value,
            "time_left": clock.time_left(now) if live or settled else None,
            "subjects_notice": clock.subjects_notice.value,
            "past_deadline": breach_notice.past_deadline(breach, now),
            "must_tell": breach_notice.subjects_must_be_told(breach),
            "missing": breach_notice.missing(breach, now),
            "phase_list": breach_notice.phases_of(breach.get("phases")),
            "category_entries": [entry("data_category", c)
                                 for c in breach.get("data_categories") or []],
            "subject_entries": [entry("data_subject", c)
                                for c in breach.get("data_subjects") or []]}

    def _expected_costs(self, data: IncidentData, incident_id: int) -> None:
        """Each option's expected cost: from the figures the latest decision froze, else
        computed now by the analysis engine (when the options can be analysed)."""
        ids = {o["id"] for o in data.options}
        if not ids:
            return
        for decision in reversed(data.decisions):
            figures = decision.get("figures") or {}
            found = {}
            for option in figures.get("options") or [] if isinstance(figures, dict) else []:
                value = (option.get("metrics") or {}).get("Expected cost") \
                    if isinstance(option, dict) else None
                if option.get("option_id") in ids and isinstance(value, int | float):
                    found[int(option["option_id"])] = float(value)
            if found:
                data.expected_costs, data.expected_basis = found, "decision"
                data.expected_at = decision.get("decided_at")
                return
        try:
            inputs = self.ws.analysis.inputs_for_incident(incident_id)
            result = self.ws.analysis.run(inputs, seed=self.ws.analysis.seed_for(inputs),
                                          trials=REPORT_TRIALS, sensitivity=False)
        except PrivGuardError:
            return
        data.expected_costs = {o.option_id: float(o.metrics["Expected cost"])
                               for o in result.options if "Expected cost" in o.metrics}
        data.expected_basis = "analysis" if data.expected_costs else ""
        data.expected_trials = REPORT_TRIALS

    def notification_data(self, incident_id: int, now: datetime | None = None
                          ) -> NotificationData:
        item = self.ws.incidents.get(incident_id)
        breach = self.ws.breaches.for_incident(incident_id)
        if breach is None:
            raise ValidationError.of(
                "Incident {id} has no breach assessment: assess it as a personal-data breach "
                "before drafting its notification.", "subject_id", id=str(incident_id))
        now = now or datetime.now(UTC).replace(microsecond=0)
        return NotificationData(
            organisation=self._organisation(),
            incident={k: item.get(k) for k in ("id", "title", "detected_at", "category")},
            breach=self._breach_details(breach, now),
            activities=[self.ws.activities.get(i)["name"] for i in item.get("activities", [])])

    def _decisions(self, query: ListQuery) -> list[dict[str, Any]]:
        return [self.ws.decisions.get(i) for i in self.ws.decisions.rows(query).column("id")]

    def decision_data(self, decision_id: int) -> DecisionData:
        item = self.ws.decisions.get(decision_id)
        if item.get("risk_id"):
            kind, service, key, filt = "risk", self.ws.risks, "title", {"risk_id": item["risk_id"]}
        else:
            kind, service, key = "incident", self.ws.incidents, "title"
            filt = {"incident_id": item.get("incident_id")}
        subject_id = item.get("risk_id") or item.get("incident_id")
        try:
            item["subject_title"] = service.get(subject_id)[key] if subject_id else ""
        except NotFoundError:
            item["subject_title"] = ""
        item["subject_kind"] = kind
        options = ([self.ws.options.get(i) for i in self.ws.options.rows(ListQuery(
            filters=filt, order_by="id")).column("id")] if subject_id else [])
        return DecisionData(decision=item, options=options)

