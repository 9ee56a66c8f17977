"""Read queries that return plain rows, never ORM objects, so big tables stay cheap."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from privguard.domain.errors import ValidationError
from privguard.domain.rows import ListQuery, RowSet
from privguard.storage import models as m

# The columns each list shows; Person names are joined in, not fetched per row.
_Owner = m.Person.__table__.alias("owner")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _apply(stmt: Select, cols: dict[str, Any], query: ListQuery, searchable: Sequence[str]) -> Select:
    for name, value in query.filters.items():
        if name not in cols:
            raise ValidationError.of("Cannot filter on '{name}'.", name, name=name)
        col = cols[name]
        if isinstance(value, list | tuple | set | frozenset):
            stmt = stmt.where(col.in_(list(value)))
        elif value is None:
            stmt = stmt.where(col.is_(None))
        else:
            stmt = stmt.where(col == value)
    if query.search.strip():
        terms = query.search.strip().split()
        clauses = []
        for term in terms:
            pattern = f"%{_escape_like(term)}%"
            clauses.append(or_(*(cols[c].ilike(pattern, escape="\\") for c in searchable)))
        stmt = stmt.where(and_(*clauses))
    if query.order_by:
        if query.order_by not in cols:
            raise ValidationError.of("Cannot sort on '{name}'.", query.order_by, name=query.order_by)
        col = cols[query.order_by]
        stmt = stmt.order_by(col.desc() if query.descending else col.asc(), cols["id"].asc())
    else:
        stmt = stmt.order_by(cols["id"].asc())
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    if query.offset:
        stmt = stmt.offset(query.offset)
    return stmt


def _run(session: Session, cols: dict[str, Any], base: Select, query: ListQuery,
         searchable: Sequence[str]) -> RowSet:
    stmt = _apply(base.with_only_columns(*(c.label(n) for n, c in cols.items())), cols, query, searchable)
    result = session.connection().execute(stmt)
    return RowSet(tuple(cols), [tuple(r) for r in result])


def _owner_cols(model: Any) -> Select:
    return select(model).outerjoin(_Owner, _Owner.c.id == model.owner_id)


def risk_rows(session: Session, query: ListQuery) -> RowSet:
    r, t = m.Risk, m.Threat
    cols = {
        "id": r.id, "title": r.title, "threat": t.name, "owner": _Owner.c.name,
        "owner_id": r.owner_id,
        "inherent_likelihood": r.inherent_likelihood, "inherent_impact": r.inherent_impact,
        "current_likelihood": r.current_likelihood, "current_impact": r.current_impact,
        "residual_likelihood": r.residual_likelihood, "residual_impact": r.residual_impact,
        "treatment": r.treatment, "status": r.status, "review_on": r.review_on,
        "acceptance_expires_on": r.acceptance_expires_on, "updated_at": r.updated_at,
    }
    base = _owner_cols(r).outerjoin(t, t.id == r.threat_id)
    return _run(session, cols, base, query, ("title", "threat", "owner"))


def asset_rows(session: Session, query: ListQuery) -> RowSet:
    a = m.Asset
    cols = {"id": a.id, "name": a.name, "kind": a.kind, "owner": _Owner.c.name,
            "owner_id": a.owner_id, "hosting_country": a.hosting_country, "vendor": a.vendor,
            "confidentiality": a.confidentiality, "integrity": a.integrity,
            "availability": a.availability, "updated_at": a.updated_at}
    return _run(session, cols, _owner_cols(a), query, ("name", "vendor", "owner", "kind"))


def service_rows(session: Session, query: ListQuery) -> RowSet:
    s = m.BusinessService
    cols = {"id": s.id, "name": s.name, "owner": _Owner.c.name, "owner_id": s.owner_id,
            "mtd_hours": s.mtd_hours, "rto_hours": s.rto_hours, "rpo_hours": s.rpo_hours,
            "data_loss_cost_per_hour": s.data_loss_cost_per_hour, "updated_at": s.updated_at}
    return _run(session, cols, _owner_cols(s), query, ("name", "owner"))


def activity_rows(session: Session, query: ListQuery) -> RowSet:
    p = m.ProcessingActivity
    cols = {"id": p.id, "name": p.name, "role": p.role, "owner": _Owner.c.name,
            "owner_id": p.owner_id, "special_categories": p.special_categories,
            "approx_subjects": p.approx_subjects, "dpia_status": p.dpia_status,
            "retention": p.retention, "updated_at": p.updated_at}
    return _run(session, cols, _owner_cols(p), query, ("name", "owner", "retention"))


def incident_rows(session: Session, query: ListQuery) -> RowSet:
    i, b = m.Incident, m.BreachAssessment
    cols = {"id": i.id, "title": i.title, "category": i.category, "severity": i.severity,
            "status": i.status, "detected_at": i.detected_at, "resolved_at": i.resolved_at,
            "personal_data_breach": b.id.isnot(None), "rights_risk": b.rights_risk,
            "aware_at": b.aware_at, "authority_notified_at": b.authority_notified_at,
            "updated_at": i.updated_at}
    base = select(i).outerjoin(b, b.incident_id == i.id)
    return _run(session, cols, base, query, ("title", "category"))


def breach_rows(session: Session) -> RowSet:
    i, b = m.Incident, m.BreachAssessment
    cols = {"id": b.id, "incident_id": i.id, "title": i.title, "status": i.status,
            "aware_at": b.aware_at, "rights_risk": b.rights_risk,
            "deadline_hours": b.deadline_hours, "authority_notified_at": b.authority_notified_at,
            "subjects_notified_at": b.subjects_notified_at}
    base = select(b).join(i, i.id == b.incident_id)
    return _run(session, cols, base, ListQuery(order_by="aware_at"), ())


def person_rows(session: Session, query: ListQuery) -> RowSet:
    p = m.Person
    cols = {"id": p.id, "name": p.name, "role": p.role, "email": p.email, "active": p.active}
    return _run(session, cols, select(p), query, ("name", "email", "role"))


def threat_rows(session: Session, query: ListQuery) -> RowSet:
    t = m.Threat
    cols = {"id": t.id, "code": t.code, "name": t.name, "nature": t.nature, "family": t.family,
            "custom": t.custom}
    return _run(session, cols, select(t), query, ("name", "code", "family"))


def control_rows(session: Session, query: ListQuery) -> RowSet:
    c = m.Control
    cols = {"id": c.id, "code": c.code, "name": c.name, "status": c.status,
            "owner": _Owner.c.name, "owner_id": c.owner_id, "cost_one_off": c.cost_one_off,
            "cost_yearly": c.cost_yearly}
    return _run(session, cols, _owner_cols(c), query, ("name", "code", "owner"))


def option_rows(session: Session, query: ListQuery) -> RowSet:
    o = m.ResponseOption
    cols = {"id": o.id, "risk_id": o.risk_id, "incident_id": o.incident_id, "name": o.name,
            "orientation": o.orientation, "cost_one_off": o.cost_one_off,
            "cost_yearly": o.cost_yearly, "cost_per_incident": o.cost_per_incident}
    return _run(session, cols, select(o), query, ("name",))


def decision_rows(session: Session, query: ListQuery) -> RowSet:
    d, r, i = m.Decision, m.Risk, m.Incident
    cols = {"id": d.id, "risk_id": d.risk_id, "incident_id": d.incident_id,
            # What the decision is about: the incident's title, or the risk's.
            "subject_kind": case((d.incident_id.isnot(None), "incident"), else_="risk"),
            "subject": func.coalesce(i.title, r.title),
            "option_id": d.option_id, "option_name": d.option_name, "decided_by": d.decided_by,
            "decided_at": d.decided_at, "rationale": d.rationale}
    base = select(d).outerjoin(r, r.id == d.risk_id).outerjoin(i, i.id == d.incident_id)
    return _run(session, cols, base, query, ("subject", "option_name", "decided_by", "rationale"))


def audit_rows(session: Session, query: ListQuery) -> RowSet:
    a = m.AuditEntry
    cols = {"id": a.id, "at": a.at, "actor": a.actor, "action": a.action, "entity": a.entity,
            "entity_id": a.entity_id, "changes": a.changes}
    return _run(session, cols, select(a), query, ("actor", "entity", "changes"))


def report_rows(session: Session, query: ListQuery) -> RowSet:
    r = m.ReportRecord
    cols = {"id": r.id, "kind": r.kind, "at": r.at, "author": r.author, "filename": r.filename,
            "sha256": r.sha256}
    return _run(session, cols, select(r), query, ("kind", "author", "filename"))


def heat_map(session: Session, stage: str) -> dict[tuple[int, int], int]:
    """Number of open risks in each (likelihood, impact) cell at one stage."""
    lik = getattr(m.Risk, f"{stage}_likelihood")
    imp = getattr(m.Risk, f"{stage}_impact")
    stmt = (select(lik, imp, func.count()).where(lik.isnot(None), imp.isnot(None),
                                                 m.Risk.status != "closed")
            .group_by(lik, imp))
    return {(int(l_), int(i_)): int(n) for l_, i_, n in session.connection().execute(stmt)}


def risks_due(session: Session, today: date) -> RowSet:
    """Open risks whose review or acceptance falls due on or before ``today``."""
    r = m.Risk
    cols = {"id": r.id, "title": r.title, "owner": _Owner.c.name, "review_on": r.review_on,
            "acceptance_expires_on": r.acceptance_expires_on}
    due = or_(r.review_on <= today, r.acceptance_expires_on <= today)
    base = _owner_cols(r).where(r.status != "closed", due)
    return _run(session, cols, base, ListQuery(order_by="review_on"), ("title",))


def link_ids(session: Session, table: Any, left_col: str, left_id: int, right_col: str) -> list[int]:
    stmt = select(table.c[right_col]).where(table.c[left_col] == left_id).order_by(table.c[right_col])
    return [row[0] for row in session.connection().execute(stmt)]


def count(session: Session, model: Any) -> int:
    return session.connection().execute(select(func.count()).select_from(model)).scalar_one()


def score_history(session: Session, risk_id: int) -> RowSet:
    s = m.RiskScore
    cols = {"id": s.id, "stage": s.stage, "likelihood": s.likelihood, "impact": s.impact,
            "at": s.at, "by": s.by}
    return _run(session, cols, select(s).where(s.risk_id == risk_id), ListQuery(), ())


def ids_by_name(session: Session, model: Any) -> dict[str, int]:
    return {name: id_ for id_, name in session.connection().execute(select(model.id, model.name))}
