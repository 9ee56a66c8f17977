"""baseline: every entity of the register

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-23 11:02:11.040908
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("prev_mac", sa.String(length=64), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "catalogue_items",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_items")),
        sa.UniqueConstraint("kind", "code", name=op.f("uq_catalogue_items_kind")),
    )
    op.create_table(
        "persons",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    op.create_table(
        "report_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("filename", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_records")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_settings_key")),
    )
    op.create_table(
        "threats",
        sa.Column("code", sa.String(length=40), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("nature", sa.String(length=20), nullable=False),
        sa.Column("family", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("custom", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_threats")),
        sa.UniqueConstraint("code", name=op.f("uq_threats_code")),
    )
    op.create_table(
        "assets",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("hosting_country", sa.String(length=2), nullable=False),
        sa.Column("vendor", sa.String(length=300), nullable=False),
        sa.Column("confidentiality", sa.Integer(), nullable=False),
        sa.Column("integrity", sa.Integer(), nullable=False),
        sa.Column("availability", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["persons.id"],
            name=op.f("fk_assets_owner_id_persons"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assets")),
    )
    op.create_table(
        "business_services",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("impact_curve", sa.JSON(), nullable=False),
        sa.Column("mtd_hours", sa.Float(), nullable=True),
        sa.Column("rto_hours", sa.Float(), nullable=True),
        sa.Column("rpo_hours", sa.Float(), nullable=True),
        sa.Column("data_loss_cost_per_hour", sa.Float(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["persons.id"],
            name=op.f("fk_business_services_owner_id_persons"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_services")),
        sa.UniqueConstraint("name", name=op.f("uq_business_services_name")),
    )
    op.create_table(
        "controls",
        sa.Column("code", sa.String(length=40), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("cost_one_off", sa.Float(), nullable=False),
        sa.Column("cost_yearly", sa.Float(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["persons.id"],
            name=op.f("fk_controls_owner_id_persons"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_controls")),
    )
    op.create_table(
        "incidents",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("contained_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("reporter_id", sa.Integer(), nullable=True),
        sa.Column("actual_cost", sa.Float(), nullable=True),
        sa.Column("lessons_learned", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["reporter_id"],
            ["persons.id"],
            name=op.f("fk_incidents_reporter_id_persons"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_table(
        "processing_activities",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("controller_name", sa.String(length=300), nullable=False),
        sa.Column("controller_contact", sa.Text(), nullable=False),
        sa.Column("joint_controllers", sa.Text(), nullable=False),
        sa.Column("representative", sa.Text(), nullable=False),
        sa.Column("dpo_contact", sa.Text(), nullable=False),
        sa.Column("data_subjects", sa.JSON(), nullable=False),
        sa.Column("data_categories", sa.JSON(), nullable=False),
        sa.Column("special_categories", sa.Boolean(), nullable=False),
        sa.Column("approx_subjects", sa.Integer(), nullable=True),
        sa.Column("approx_records", sa.Integer(), nullable=True),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("transfers", sa.JSON(), nullable=False),
        sa.Column("retention", sa.Text(), nullable=False),
        sa.Column("retention_days", sa.Integer(), nullable=True),
        sa.Column("security_measures", sa.Text(), nullable=False),
        sa.Column("dpia_criteria", sa.JSON(), nullable=False),
        sa.Column("dpia_status", sa.String(length=30), nullable=False),
        sa.Column("dpia_reference", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["persons.id"],
            name=op.f("fk_processing_activities_owner_id_persons"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processing_activities")),
    )
    op.create_table(
        "risks",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("threat_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("inherent_likelihood", sa.Integer(), nullable=False),
        sa.Column("inherent_impact", sa.Integer(), nullable=False),
        sa.Column("current_likelihood", sa.Integer(), nullable=True),
        sa.Column("current_impact", sa.Integer(), nullable=True),
        sa.Column("residual_likelihood", sa.Integer(), nullable=True),
        sa.Column("residual_impact", sa.Integer(), nullable=True),
        sa.Column("treatment", sa.String(length=20), nullable=True),
        sa.Column("treatment_justification", sa.Text(), nullable=False),
        sa.Column("acceptance_approver_id", sa.Integer(), nullable=True),
        sa.Column("acceptance_expires_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("quant", sa.JSON(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["acceptance_approver_id"],
            ["persons.id"],
            name=op.f("fk_risks_acceptance_approver_id_persons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["persons.id"],
            name=op.f("fk_risks_owner_id_persons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["threat_id"],
            ["threats.id"],
            name=op.f("fk_risks_threat_id_threats"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risks")),
    )
    with op.batch_alter_table("risks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risks_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            "ix_risks_residual", ["residual_likelihood", "residual_impact"], unique=False
        )
        batch_op.create_index("ix_risks_status_review", ["status", "review_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_risks_threat_id"), ["threat_id"], unique=False)

    op.create_table(
        "activity_assets",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["processing_activities.id"],
            name=op.f("fk_activity_assets_activity_id_processing_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["assets.id"],
            name=op.f("fk_activity_assets_asset_id_assets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "asset_id", name=op.f("pk_activity_assets")),
    )
    with op.batch_alter_table("activity_assets", schema=None) as batch_op:
        batch_op.create_index("ix_activity_assets_asset_id", ["asset_id"], unique=False)

    op.create_table(
        "asset_services",
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["assets.id"],
            name=op.f("fk_asset_services_asset_id_assets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["business_services.id"],
            name=op.f("fk_asset_services_service_id_business_services"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("asset_id", "service_id", name=op.f("pk_asset_services")),
    )
    with op.batch_alter_table("asset_services", schema=None) as batch_op:
        batch_op.create_index("ix_asset_services_service_id", ["service_id"], unique=False)

    op.create_table(
        "breach_assessments",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("aware_at", sa.DateTime(), nullable=False),
        sa.Column("nature", sa.Text(), nullable=False),
        sa.Column("data_categories", sa.JSON(), nullable=False),
        sa.Column("data_subjects", sa.JSON(), nullable=False),
        sa.Column("approx_subjects", sa.Integer(), nullable=True),
        sa.Column("approx_records", sa.Integer(), nullable=True),
        sa.Column("consequences", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("contact_point", sa.Text(), nullable=False),
        sa.Column("rights_risk", sa.String(length=10), nullable=False),
        sa.Column("deadline_hours", sa.Float(), nullable=False),
        sa.Column("authority_notified_at", sa.DateTime(), nullable=True),
        sa.Column("authority_reference", sa.String(length=300), nullable=False),
        sa.Column("subjects_notified_at", sa.DateTime(), nullable=True),
        sa.Column("subjects_reference", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_breach_assessments_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_assessments")),
        sa.UniqueConstraint("incident_id", name=op.f("uq_breach_assessments_incident_id")),
    )
    op.create_table(
        "incident_activities",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["processing_activities.id"],
            name=op.f("fk_incident_activities_activity_id_processing_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_activities_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "activity_id", name=op.f("pk_incident_activities")),
    )
    with op.batch_alter_table("incident_activities", schema=None) as batch_op:
        batch_op.create_index("ix_incident_activities_activity_id", ["activity_id"], unique=False)

    op.create_table(
        "incident_assets",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["assets.id"],
            name=op.f("fk_incident_assets_asset_id_assets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_assets_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "asset_id", name=op.f("pk_incident_assets")),
    )
    with op.batch_alter_table("incident_assets", schema=None) as batch_op:
        batch_op.create_index("ix_incident_assets_asset_id", ["asset_id"], unique=False)

    op.create_table(
        "incident_risks",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_risks_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"],
            ["risks.id"],
            name=op.f("fk_incident_risks_risk_id_risks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "risk_id", name=op.f("pk_incident_risks")),
    )
    with op.batch_alter_table("incident_risks", schema=None) as batch_op:
        batch_op.create_index("ix_incident_risks_risk_id", ["risk_id"], unique=False)

    op.create_table(
        "incident_services",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_services_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["business_services.id"],
            name=op.f("fk_incident_services_service_id_business_services"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "service_id", name=op.f("pk_incident_services")),
    )
    with op.batch_alter_table("incident_services", schema=None) as batch_op:
        batch_op.create_index("ix_incident_services_service_id", ["service_id"], unique=False)

    op.create_table(
        "purposes",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("art6_basis", sa.String(length=20), nullable=False),
        sa.Column("art9_condition", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["processing_activities.id"],
            name=op.f("fk_purposes_activity_id_processing_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purposes")),
    )
    with op.batch_alter_table("purposes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purposes_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "response_options",
        sa.Column("risk_id", sa.Integer(), nullable=True),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("orientation", sa.String(length=20), nullable=False),
        sa.Column("cost_one_off", sa.Float(), nullable=False),
        sa.Column("cost_yearly", sa.Float(), nullable=False),
        sa.Column("cost_per_incident", sa.Float(), nullable=False),
        sa.Column("time_to_effect_days", sa.Float(), nullable=False),
        sa.Column("frequency_factor", sa.Float(), nullable=False),
        sa.Column("loss_factors", sa.JSON(), nullable=False),
        sa.Column("downtime_hours", sa.JSON(), nullable=True),
        sa.Column("data_loss_hours", sa.Float(), nullable=False),
        sa.Column("containment_hours", sa.JSON(), nullable=True),
        sa.Column("reinfection_probability", sa.Float(), nullable=False),
        sa.Column("evidence_preserved", sa.Boolean(), nullable=False),
        sa.Column("side_risks", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "(risk_id IS NULL) <> (incident_id IS NULL)",
            name=op.f("ck_response_options_one_subject"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_response_options_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"],
            ["risks.id"],
            name=op.f("fk_response_options_risk_id_risks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response_options")),
    )
    with op.batch_alter_table("response_options", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_response_options_incident_id"), ["incident_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_response_options_risk_id"), ["risk_id"], unique=False)

    op.create_table(
        "risk_activities",
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["processing_activities.id"],
            name=op.f("fk_risk_activities_activity_id_processing_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"],
            ["risks.id"],
            name=op.f("fk_risk_activities_risk_id_risks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("risk_id", "activity_id", name=op.f("pk_risk_activities")),
    )
    with op.batch_alter_table("risk_activities", schema=None) as batch_op:
        batch_op.create_index("ix_risk_activities_activity_id", ["activity_id"], unique=False)

    op.create_table(
        "risk_assets",
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["assets.id"],
            name=op.f("fk_risk_assets_asset_id_assets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"], ["risks.id"], name=op.f("fk_risk_assets_risk_id_risks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("risk_id", "asset_id", name=op.f("pk_risk_assets")),
    )
    with op.batch_alter_table("risk_assets", schema=None) as batch_op:
        batch_op.create_index("ix_risk_assets_asset_id", ["asset_id"], unique=False)

    op.create_table(
        "risk_controls",
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("control_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["control_id"],
            ["controls.id"],
            name=op.f("fk_risk_controls_control_id_controls"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"],
            ["risks.id"],
            name=op.f("fk_risk_controls_risk_id_risks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("risk_id", "control_id", name=op.f("pk_risk_controls")),
    )
    with op.batch_alter_table("risk_controls", schema=None) as batch_op:
        batch_op.create_index("ix_risk_controls_control_id", ["control_id"], unique=False)

    op.create_table(
        "risk_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["risk_id"], ["risks.id"], name=op.f("fk_risk_scores_risk_id_risks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_scores")),
    )
    with op.batch_alter_table("risk_scores", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_scores_risk_id"), ["risk_id"], unique=False)

    op.create_table(
        "timeline_entries",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_timeline_entries_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline_entries")),
    )
    with op.batch_alter_table("timeline_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_timeline_entries_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "decisions",
        sa.Column("risk_id", sa.Integer(), nullable=True),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("option_id", sa.Integer(), nullable=True),
        sa.Column("option_name", sa.String(length=300), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_decisions_incident_id_incidents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["option_id"],
            ["response_options.id"],
            name=op.f("fk_decisions_option_id_response_options"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"], ["risks.id"], name=op.f("fk_decisions_risk_id_risks"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )


def downgrade() -> None:

    op.drop_table("decisions")
    with op.batch_alter_table("timeline_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timeline_entries_incident_id"))

    op.drop_table("timeline_entries")
    with op.batch_alter_table("risk_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_scores_risk_id"))

    op.drop_table("risk_scores")
    with op.batch_alter_table("risk_controls", schema=None) as batch_op:
        batch_op.drop_index("ix_risk_controls_control_id")

    op.drop_table("risk_controls")
    with op.batch_alter_table("risk_assets", schema=None) as batch_op:
        batch_op.drop_index("ix_risk_assets_asset_id")

    op.drop_table("risk_assets")
    with op.batch_alter_table("risk_activities", schema=None) as batch_op:
        batch_op.drop_index("ix_risk_activities_activity_id")

    op.drop_table("risk_activities")
    with op.batch_alter_table("response_options", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_response_options_risk_id"))
        batch_op.drop_index(batch_op.f("ix_response_options_incident_id"))

    op.drop_table("response_options")
    with op.batch_alter_table("purposes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purposes_activity_id"))

    op.drop_table("purposes")
    with op.batch_alter_table("incident_services", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_services_service_id")

    op.drop_table("incident_services")
    with op.batch_alter_table("incident_risks", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_risks_risk_id")

    op.drop_table("incident_risks")
    with op.batch_alter_table("incident_assets", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_assets_asset_id")

    op.drop_table("incident_assets")
    with op.batch_alter_table("incident_activities", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_activities_activity_id")

    op.drop_table("incident_activities")
    op.drop_table("breach_assessments")
    with op.batch_alter_table("asset_services", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_services_service_id")

    op.drop_table("asset_services")
    with op.batch_alter_table("activity_assets", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_assets_asset_id")

    op.drop_table("activity_assets")
    with op.batch_alter_table("risks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risks_threat_id"))
        batch_op.drop_index("ix_risks_status_review")
        batch_op.drop_index("ix_risks_residual")
        batch_op.drop_index(batch_op.f("ix_risks_owner_id"))

    op.drop_table("risks")
    op.drop_table("processing_activities")
    op.drop_table("incidents")
    op.drop_table("controls")
    op.drop_table("business_services")
    op.drop_table("assets")
    op.drop_table("threats")
    op.drop_table("settings")
    op.drop_table("report_records")
    op.drop_table("persons")
    op.drop_table("catalogue_items")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("audit_entries")
