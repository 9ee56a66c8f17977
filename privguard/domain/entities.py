"""What each entity of the register accepts, field by field."""

from __future__ import annotations

from privguard.domain.breach_notice import breach_types_problem, phases_problem
from privguard.domain.enums import (
    AssetKind,
    BreachState,
    ControlStatus,
    DpiaStatus,
    IncidentSeverity,
    IncidentStatus,
    OptionOrientation,
    PersonRole,
    ProcessingRole,
    RightsRisk,
    RiskStatus,
    SubjectsExemption,
    ThreatNature,
    Treatment,
)
from privguard.domain.ranges import LOSS_FORMS, finite, quant_problem, range_problem
from privguard.domain.schema import EntitySpec, Field, rating
from privguard.words import N_

_MONEY = {"kind": "float", "minimum": 0, "maximum": 1e12}
_HOURS = {"kind": "float", "minimum": 0, "maximum": 24 * 365 * 10}
_LONG = 20_000


def _curve_problem(points: object) -> str | None:
    if not isinstance(points, list):
        return N_("The cost-of-downtime curve must be a list of (hours, cost) points.")
    last_h, last_c = -1.0, -1.0
    for point in points:
        if not (isinstance(point, list | tuple) and len(point) == 2):
            return N_("Each point of the cost-of-downtime curve needs hours and a cost.")
        hours, cost = point
        if not all(finite(v) and v >= 0 for v in (hours, cost)):
            return N_("Hours and costs on the cost-of-downtime curve cannot be negative.")
        if hours <= last_h:
            return N_("The cost-of-downtime curve's hours must increase from point to point.")
        if cost < last_c:
            return N_("The cost of downtime cannot fall as the outage grows longer.")
        last_h, last_c = hours, cost
    return None


def _range_problem(value: object) -> str | None:
    return range_problem(value)


def _quant_problem(value: object) -> str | None:
    return quant_problem(value, LOSS_FORMS)



PERSON = EntitySpec("persons", "Person", (
    Field("name", "Name", required=True, max_len=200),
    Field("role", "Role", "choice", required=True, choices=PersonRole),
    Field("email", "E-mail", "email", max_len=320),
    Field("active", "Active", "bool", default=True),
))

BUSINESS_SERVICE = EntitySpec("business_services", "Business service", (
    Field("name", "Name", required=True),
    Field("description", "Description", max_len=_LONG),
    Field("owner_id", "Owner", "int", minimum=1),
    Field("impact_curve", "Cost-of-downtime curve", "json", default=list, check=_curve_problem),
    Field("mtd_hours", "Maximum tolerable downtime (hours)", **_HOURS),
    Field("rto_hours", "Recovery time objective (hours)", **_HOURS),
    Field("rpo_hours", "Recovery point objective (hours)", **_HOURS),
    Field("data_loss_cost_per_hour", "Cost per hour of lost data", default=0.0, **_MONEY),
), links={"assets": "assets"})

ASSET = EntitySpec("assets", "Asset", (
    Field("name", "Name", required=True),
    Field("kind", "Kind", "choice", required=True, choices=AssetKind),
    Field("description", "Description", max_len=_LONG),
    Field("owner_id", "Owner", "int", minimum=1),
    Field("hosting_country", "Hosting country", "country"),
    Field("vendor", "Vendor"),
    rating("confidentiality", "Confidentiality"),
    rating("integrity", "Integrity"),
    rating("availability", "Availability"),
), links={"services": "business_services"})

PROCESSING_ACTIVITY = EntitySpec("processing_activities", "Processing activity", (
    Field("name", "Name", required=True),
    Field("description", "Description", max_len=_LONG),
    Field("role", "Our role", "choice", required=True, choices=ProcessingRole),
    Field("owner_id", "Owner", "int", minimum=1),
    Field("controller_name", "Controller"),
    Field("controller_contact", "Controller's contact details", max_len=2000),
    Field("joint_controllers", "Joint controllers", max_len=2000),
    Field("representative", "Representative", max_len=2000),
    Field("dpo_contact", "Data protection officer", max_len=2000),
    Field("data_subjects", "Categories of data subjects", "list", default=list),
    Field("data_categories", "Categories of personal data", "list", default=list),
    Field("special_categories", "Special categories of data", "bool", default=False),
    Field("approx_subjects", "Approximate number of data subjects", "int", minimum=0, maximum=10**10),
    Field("approx_records", "Approximate number of records", "int", minimum=0, maximum=10**12),
    Field("recipients", "Recipients", "json", default=list),
    Field("transfers", "International transfers", "json", default=list),
    Field("retention", "Retention", max_len=2000),
    Field("retention_days", "Retention (days)", "int", minimum=0, maximum=365 * 200),
    Field("security_measures", "Security measures (Art. 32)", max_len=_LONG),
    Field("dpia_criteria", "DPIA screening criteria", "list", default=list),
    Field("dpia_status", "DPIA status", "choice", choices=DpiaStatus, default=DpiaStatus.NOT_REQUIRED.value),
    Field("dpia_reference", "DPIA reference"),
), links={"assets": "assets"})

PURPOSE = EntitySpec("purposes", "Purpose", (
    Field("activity_id", "Processing activity", "int", required=True, minimum=1),
    Field("description", "Purpose", required=True, max_len=2000),
    Field("art6_basis", "Legal basis (Art. 6)", required=True, max_len=20),
    Field("art9_condition", "Condition for special categories (Art. 9)", max_len=20),
    Field("note", "Note", max_len=2000),
))

THREAT = EntitySpec("threats", "Threat", (
    Field("code", "Catalogue code", max_len=40),
    Field("name", "Name", required=True),
    Field("nature", "Nature", "choice", required=True, choices=ThreatNature),
    Field("family", "Family", max_len=60),
    Field("description", "Description", max_len=_LONG),
    Field("custom", "Custom", "bool", default=True),
))

CONTROL = EntitySpec("controls", "Control", (
    Field("code", "Catalogue code", max_len=40),
    Field("name", "Name", required=True),
    Field("description", "Description", max_len=_LONG),
    Field("status", "Status", "choice", required=True, choices=ControlStatus),
    Field("owner_id", "Owner", "int", minimum=1),
    Field("cost_one_off", "One-off cost", default=0.0, **_MONEY),
    Field("cost_yearly", "Yearly cost", default=0.0, **_MONEY),
))

RISK = EntitySpec("risks", "Risk", (
    Field("title", "Title", required=True),
    Field("description", "Description", max_len=_LONG),
    Field("threat_id", "Threat", "int", minimum=1),
    Field("owner_id", "Owner", "int", minimum=1),
    Field("inherent_likelihood", "Inherent likelihood", "int", required=True, minimum=1, maximum=10),
    Field("inherent_impact", "Inherent impact", "int", required=True, minimum=1, maximum=10),
    Field("current_likelihood", "Current likelihood", "int", minimum=1, maximum=10),
    Field("current_impact", "Current impact", "int", minimum=1, maximum=10),
    Field("residual_likelihood", "Residual likelihood", "int", minimum=1, maximum=10),
    Field("residual_impact", "Residual impact", "int", minimum=1, maximum=10),
    Field("treatment", "Treatment", "choice", choices=Treatment),
    Field("treatment_justification", "Justification of the treatment", max_len=_LONG),
    Field("acceptance_approver_id", "Acceptance approved by", "int", minimum=1),
    Field("acceptance_expires_on", "Acceptance expires on", "date"),
    Field("review_on", "Next review", "date"),
    Field("status", "Status", "choice", choices=RiskStatus, default=RiskStatus.IDENTIFIED.value),
    Field("quant", "Quantitative inputs", "json", check=_quant_problem),
), links={"assets": "assets", "activities": "processing_activities", "controls": "controls"})

INCIDENT = EntitySpec("incidents", "Incident", (
    Field("title", "Title", required=True),
    Field("description", "Description", max_len=_LONG),
    Field("category", "Category", max_len=60),
    Field("severity", "Severity", "choice", required=True, choices=IncidentSeverity),
    Field("status", "Status", "choice", choices=IncidentStatus, default=IncidentStatus.DETECTED.value),
    Field("occurred_at", "Occurred at", "datetime"),
    Field("detected_at", "Detected at", "datetime", required=True),
    Field("contained_at", "Contained at", "datetime"),
    Field("resolved_at", "Resolved at", "datetime"),
    Field("reporter_id", "Reported by", "int", minimum=1),
    Field("actual_cost", "Actual cost", **_MONEY),
    Field("lessons_learned", "Lessons learned", max_len=_LONG),
), links={"assets": "assets", "services": "business_services",
          "activities": "processing_activities", "risks": "risks"})

TIMELINE_ENTRY = EntitySpec("timeline_entries", "Timeline entry", (
    Field("incident_id", "Incident", "int", required=True, minimum=1),
    Field("at", "Time", "datetime", required=True),
    Field("actor", "Who", max_len=200),
    Field("kind", "Kind", max_len=40, default="note"),
    Field("note", "Note", max_len=_LONG),
    Field("evidence_sha256", "Evidence SHA-256", max_len=64,
          check=lambda v: None if not v or (len(v) == 64 and all(c in "0123456789abcdef" for c in v.lower()))
          else N_("Evidence SHA-256 must be 64 hexadecimal characters.")),
))

BREACH_ASSESSMENT = EntitySpec("breach_assessments", "Breach assessment", (
    Field("incident_id", "Incident", "int", required=True, minimum=1),
    Field("aware_at", "Became aware at", "datetime", required=True),
    Field("nature", "Nature of the breach", max_len=_LONG),
    Field("data_categories", "Categories of personal data", "list", default=list),
    Field("data_subjects", "Categories of data subjects", "list", default=list),
    Field("approx_subjects", "Approximate number of data subjects", "int", minimum=0, maximum=10**10),
    Field("approx_records", "Approximate number of records", "int", minimum=0, maximum=10**12),
    Field("consequences", "Likely consequences", max_len=_LONG),
    Field("measures", "Measures taken or proposed", max_len=_LONG),
    Field("contact_point", "Contact point", max_len=2000),
    Field("rights_risk", "Risk to people's rights and freedoms", "choice", required=True, choices=RightsRisk),
    Field("deadline_hours", "Notification deadline (hours)", "float", minimum=1, maximum=24 * 30, default=72.0),
    Field("authority_notified_at", "Authority notified at", "datetime"),
    Field("authority_reference", "Authority's reference"),
    Field("subjects_notified_at", "Data subjects notified at", "datetime"),
    Field("subjects_reference", "Reference of the notice to data subjects"),
    # Added in schema 0003 (issue 14): what Art. 33 and 34 ask beyond the Art. 33(3) facts.
    Field("breach_types", "Breach type", "list", default=list, check=breach_types_problem),
    Field("breach_state", "Ongoing or ended", "choice", choices=BreachState),
    Field("breach_started_at", "Breach started at", "datetime"),
    Field("breach_ended_at", "Breach ended at", "datetime"),
    Field("delay_reasons", "Reasons for the delay (Art. 33(1))", max_len=_LONG),
    Field("cross_border", "Cross-border case", "bool", default=False),
    Field("lead_authority", "Lead supervisory authority"),
    Field("phases", "Notification in phases (Art. 33(4))", "json", default=list,
          check=phases_problem),
    Field("subjects_notice_content", "Notice to the people affected (Art. 34(2))",
          max_len=_LONG),
    Field("subjects_channel", "How the people affected were told"),
    Field("subjects_told", "Number of people told", "int", minimum=0, maximum=10**10),
    Field("subjects_exemption", "Exemption relied on (Art. 34(3))", "choice",
          choices=SubjectsExemption),
    Field("subjects_exemption_reason", "Why the exemption applies", max_len=_LONG),
    Field("no_risk_reasoning", "Reasoning for concluding no risk (Art. 33(5))", max_len=_LONG),
))

RESPONSE_OPTION = EntitySpec("response_options", "Response option", (
    Field("risk_id", "Risk", "int", minimum=1),
    Field("incident_id", "Incident", "int", minimum=1),
    Field("name", "Name", required=True),
    Field("description", "Description", max_len=_LONG),
    Field("orientation", "Orientation", "choice", required=True, choices=OptionOrientation),
    Field("cost_one_off", "One-off cost", default=0.0, **_MONEY),
    Field("cost_yearly", "Yearly cost", default=0.0, **_MONEY),
    Field("cost_per_incident", "Cost per incident", default=0.0, **_MONEY),
    Field("time_to_effect_days", "Time to take effect (days)", "float", minimum=0, maximum=3650, default=0.0),
    Field("frequency_factor", "Effect on frequency (multiplier)", "float", minimum=0, maximum=10, default=1.0),
    Field("loss_factors", "Effect on each loss form", "json", default=dict),
    Field("downtime_hours", "Downtime (hours)", "json", check=_range_problem),
    Field("data_loss_hours", "Data lost (hours)", "json", check=_range_problem),
    Field("containment_hours", "Time to contain (hours)", "json", check=_range_problem),
    Field("reinfection_probability", "Probability of re-infection", "float", minimum=0, maximum=1, default=0.0),
    # After a re-infection: a second, usually longer, outage (rebuild from clean media) and
    # when it starts. No estimate: the option's own downtime again, straight after.
    Field("reinfection_downtime_hours", "Downtime after a re-infection (hours)", "json",
          check=_range_problem),
    Field("reinfection_delay_hours", "Hours until the attacker is back", "json",
          check=_range_problem),
    Field("evidence_preserved", "Evidence preserved", "bool", default=True),
    Field("side_risks", "Side risks", max_len=_LONG),
))

DECISION = EntitySpec("decisions", "Decision", (
    Field("risk_id", "Risk", "int", minimum=1),
    Field("incident_id", "Incident", "int", minimum=1),
    Field("option_id", "Chosen option", "int", required=True, minimum=1),
    Field("rationale", "Rationale", required=True, max_len=_LONG),
    Field("figures", "Figures", "json", default=dict),
))

SPECS = {spec.entity: spec for spec in (
    PERSON, BUSINESS_SERVICE, ASSET, PROCESSING_ACTIVITY, PURPOSE, THREAT, CONTROL, RISK,
    INCIDENT, TIMELINE_ENTRY, BREACH_ASSESSMENT, RESPONSE_OPTION, DECISION,
)}
