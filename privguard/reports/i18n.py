"""Report wording in English and Spanish, and numbers, money and dates per language.

The reports hold their own small tables rather than Qt's translations: they
are built off the GUI, in the CLI too, and an auditor's copy must read the
same whichever front end produced it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from privguard.domain import wording

LANGUAGES = ("en", "es")

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        # shared
        "classification": "Confidential",
        "page_of": "Page {n} of {total}",
        "generated": "Generated {when} by {who}",
        "organisation": "Organisation",
        "period": "Period",
        "author": "Author",
        "generated_at": "Generated at",
        "fingerprint": "Register fingerprint",
        "classification_label": "Classification",
        "language": "Language",
        "leaves_register": "This document was exported from an encrypted PrivGuard register. "
                           "It is no longer protected by the register's encryption: keep it "
                           "and share it as confidential.",
        "none": "None.",
        "dash": "—",
        "yes": "Yes",
        "no": "No",
        "not_scored": "not scored",
        "unknown": "unknown",
        "utc": "UTC",
        # report titles
        "title_board": "Board report",
        "title_ropa": "Record of processing activities",
        "title_risks": "Risk register",
        "title_incident": "Incident report",
        "title_decision": "Decision record",
        "subtitle_board": "Privacy and security risk: where we stand and what we ask of the board",
        "subtitle_ropa": "GDPR Article 30",
        "subtitle_risks": "All risks with their scores, treatments, controls and owners",
        # board
        "sec_summary": "Executive summary",
        "sec_heat": "Heat map: inherent and residual risk",
        "sec_top": "Top risks",
        "sec_trend": "Risk trend",
        "sec_options": "Response options and decisions",
        "sec_incidents": "Incidents of the period",
        "sec_breaches": "Personal-data breaches and notification deadlines",
        "sec_overdue": "Reviews and acceptances overdue",
        "sum_standing": "Where risk stands",
        "sum_changes": "What changed since {since}",
        "sum_changes_first": "What changed in the period",
        "sum_asks": "Decisions the board is asked for",
        "standing_text": "{open} open risks are on the register. Today {above_now} of them "
                         "score above the risk appetite (score {appetite} of {max}); once the "
                         "agreed treatments are in place, {above_after} will remain above it.",
        "standing_none": "There are no open risks on the register.",
        "standing_worst": "The highest-scored risk is “{title}” ({level}, score {score}).",
        "change_new_risks": "{n} new risk(s) were registered.",
        "change_rescored": "{up} risk score(s) went up and {down} went down.",
        "change_new_incidents": "{n} incident(s) were detected; {open} are still open.",
        "change_decisions": "{n} response decision(s) were recorded.",
        "change_breaches": "{n} personal-data breach(es) were assessed.",
        "change_nothing": "Nothing material changed.",
        "ask_above": "Accept formally, or fund further treatment for, {n} risk(s) that stay "
                     "above appetite after treatment",
        "ask_incident": "Choose a response for {n} open incident(s) that have options but "
                        "no decision",
        "ask_expired": "Renew or withdraw {n} risk acceptance(s) that have expired",
        "ask_nothing": "nothing to decide",
        "ask_more": "and {n} more",
        "heat_inherent": "Inherent (before controls)",
        "heat_residual": "Residual (after treatment)",
        "heat_axis_l": "Likelihood",
        "heat_axis_i": "Impact",
        "heat_key": "Cells show the number of open risks. The dark line is the risk "
                    "appetite: cells above and to the right of it exceed the appetite.",
        "heat_impact_key": "Impact columns",
        "trend_above": "Above appetite",
        "trend_open": "Open risks scored",
        "trend_note": "Month-end counts from the score history of each risk (current score, "
                      "or inherent where no current score was given).",
        "trend_short": "The trend appears once scores have been recorded in more than one month.",
        "lec_title": "Loss exceedance: {subject}",
        "lec_x": "Loss",
        "lec_y": "Probability of exceeding",
        "cost_title": "Cost of the options",
        "cost_one_off": "One-off",
        "cost_yearly": "Yearly",
        "no_risks": "No open risks.",
        "no_options": "No response options have been recorded.",
        "no_incidents": "No incidents were detected in the period.",
        "no_breaches": "No personal-data breaches are on the register.",
        "no_overdue": "No reviews or acceptances are overdue.",
        # columns
        "col_no": "No.",
        "col_id": "ID",
        "col_risk": "Risk",
        "col_threat": "Threat",
        "col_owner": "Owner",
        "col_treatment": "Treatment",
        "col_status": "Status",
        "col_inherent": "Inherent",
        "col_current": "Current",
        "col_residual": "Residual",
        "col_level": "Level",
        "col_score": "Score",
        "col_controls": "Controls",
        "col_review": "Review",
        "col_option": "Option",
        "col_subject": "For",
        "col_orientation": "Orientation",
        "col_one_off": "One-off cost",
        "col_yearly": "Yearly cost",
        "col_per_incident": "Per incident",
        "col_benefit": "Benefit (ΔALE)",
        "col_decision": "Decision",
        "col_incident": "Incident",
        "col_severity": "Severity",
        "col_detected": "Detected",
        "col_cost": "Cost",
        "col_aware": "Aware",
        "col_due": "Authority deadline",
        "col_notified": "Authority notified",
        "col_deadline": "Deadline",
        "col_subjects_notice": "People told (Art. 34)",
        "col_acceptance_expires": "Acceptance expires",
        "col_when": "When",
        "col_actor": "Who",
        "col_kind": "Kind",
        "col_note": "Note",
        "col_evidence": "Evidence (SHA-256)",
        "col_name": "Name",
        "col_role": "Role",
        "col_field": "Field",
        "col_rights": "Risk to people",
        "kpi_open": "Open risks",
        "kpi_above": "Above appetite today",
        "kpi_incidents": "Open incidents",
        "kpi_clocks": "Breach clocks running",
        "downtime": "Downtime {low}–{high} h",
        "reinfection": "Re-infection {p}",
        "evidence_lost": "Evidence lost",
        "no_transfers": "None.",
        "dec_metrics": "Results by option",
        "dec_reasons": "What the engine weighed",
        "dec_recommendation": "Engine's recommendation",
        "dec_baseline": "As is",
        "col_metric": "Metric",
        "decided": "decided",
        "decided_on": "decided {when}",
        # risk register
        "risks_filter": "Filter",
        "field_status": "Status", "field_treatment": "Treatment", "field_owner": "Owner",
        "field_inherent_likelihood": "Inherent likelihood", "field_inherent_impact": "Inherent impact",
        "field_current_likelihood": "Current likelihood", "field_current_impact": "Current impact",
        "field_residual_likelihood": "Residual likelihood", "field_residual_impact": "Residual impact",
        "risks_all": "All risks",
        "risks_count": "{n} risk(s)",
        "risks_search": "search “{text}”",
        "risks_scores_note": "Scores are likelihood × impact on the register's {rows} × {cols} "
                             "matrix; the appetite is {appetite}.",
        # ropa
        "ropa_index": "Index",
        "ropa_controller": "Activities where we are controller — Art. 30(1)",
        "ropa_joint": "Activities where we are joint controller — Art. 30(1)",
        "ropa_processor": "Activities where we are processor — Art. 30(2)",
        "ropa_count": "{n} processing activities.",
        "ropa_intro": "This record lists every processing activity of {org} with the "
                      "information Article 30 of the GDPR requires. It can be made available "
                      "to the supervisory authority on request.",
        "ropa_none": "No processing activities are on the register.",
        "f_controller": "Controller and contact details (30(1)(a))",
        "f_joint": "Joint controllers",
        "f_representative": "Representative",
        "f_dpo": "Data protection officer",
        "f_purposes": "Purposes and legal bases (30(1)(b))",
        "f_subjects": "Categories of data subjects (30(1)(c))",
        "f_data": "Categories of personal data (30(1)(c))",
        "f_special": "Special categories (Art. 9)",
        "f_volume": "Approximate number of subjects / records",
        "f_recipients": "Categories of recipients (30(1)(d))",
        "f_transfers": "Transfers to third countries and safeguards (30(1)(e))",
        "f_retention": "Time limits for erasure (30(1)(f))",
        "f_security": "Technical and organisational security measures (30(1)(g))",
        "f_assets": "Systems and assets used",
        "f_dpia": "DPIA screening and status",
        "f_owner": "Owner",
        "f_description": "Description",
        "f_processor": "Processor and contact details (30(2)(a))",
        "f_on_behalf": "Controller(s) on whose behalf we act (30(2)(a))",
        "f_categories_processing": "Categories of processing for each controller (30(2)(b))",
        "f_transfers_p": "Transfers to third countries and safeguards (30(2)(c))",
        "f_security_p": "Technical and organisational security measures (30(2)(d))",
        "f_updated": "Last updated",
        "dpia_criteria_met": "{n} EDPB criteria met",
        "special_yes": "Yes: special categories are processed",
        # incident
        "inc_summary": "Summary",
        "inc_timeline": "Timeline",
        "inc_affected": "Affected assets, services and processing activities",
        "inc_breach": "Personal-data breach assessment (Art. 33(3))",
        "inc_options": "Response options considered",
        "inc_decision": "Decision",
        "inc_lessons": "Lessons learned",
        "inc_no_breach": "No personal-data breach has been assessed for this incident.",
        "inc_no_timeline": "No timeline entries.",
        "inc_no_decision": "No decision has been recorded.",
        "f_title": "Title",
        "f_category": "Category",
        "f_severity": "Severity",
        "f_status": "Status",
        "f_occurred": "Occurred",
        "f_detected": "Detected",
        "f_contained": "Contained",
        "f_resolved": "Resolved",
        "f_reporter": "Reported by",
        "f_actual_cost": "Actual cost",
        "f_linked_risks": "Linked risks",
        "f_assets_aff": "Assets",
        "f_services_aff": "Business services",
        "f_activities_aff": "Processing activities",
        "f_nature": "Nature of the breach",
        "f_breach_subjects": "Categories and approximate number of data subjects",
        "f_breach_records": "Categories and approximate number of records",
        "f_contact": "Contact point",
        "f_consequences": "Likely consequences",
        "f_measures": "Measures taken or proposed",
        "f_rights_risk": "Risk to people's rights and freedoms",
        "f_aware": "Aware of the breach",
        "f_deadline": "Notification deadline (Art. 33)",
        "f_authority": "Supervisory authority notified",
        "f_subjects_notice": "People concerned (Art. 34)",
        "f_clock": "Deadline",
        "f_reference": "reference {ref}",
        # decision
        "dec_what": "What was decided",
        "dec_compared": "Options compared",
        "dec_figures": "Figures frozen at decision time",
        "dec_lec": "Loss exceedance curve",
        "dec_rationale": "Rationale",
        "dec_subject_risk": "Risk",
        "dec_subject_incident": "Incident",
        "dec_chosen": "Option chosen",
        "dec_by": "Decided by",
        "dec_at": "Decided at",
        "dec_recommended": "recommended",
        "dec_chosen_mark": "chosen",
        "dec_no_figures": "No quantitative figures were frozen with this decision: it was "
                          "taken on the qualitative assessment and the rationale below.",
        "dec_mode": "Analysis mode",
        "dec_mode_annual": "annual (risk and treatments)",
        "dec_mode_incident": "incident (live response)",
        "dec_seed": "Random seed",
        "dec_trials": "Trials",
        "dec_engine": "Engine / numpy",
        "dec_option_deleted": "(option since deleted)",
        "dec_subject_none": "(subject since deleted)",
    },
    "es": {
        "classification": "Confidencial",
        "page_of": "Página {n} de {total}",
        "generated": "Generado el {when} por {who}",
        "organisation": "Organización",
        "period": "Periodo",
        "author": "Autor",
        "generated_at": "Generado el",
        "fingerprint": "Huella del registro",
        "classification_label": "Clasificación",
        "language": "Idioma",
        "leaves_register": "Este documento se ha exportado de un registro cifrado de PrivGuard. "
                           "Ya no lo protege el cifrado del registro: consérvelo y compártalo "
                           "como confidencial.",
        "none": "Ninguno.",
        "dash": "—",
        "yes": "Sí",
        "no": "No",
        "not_scored": "sin puntuar",
        "unknown": "desconocido",
        "utc": "UTC",
        "title_board": "Informe para el consejo",
        "title_ropa": "Registro de actividades de tratamiento",
        "title_risks": "Registro de riesgos",
        "title_incident": "Informe de incidente",
        "title_decision": "Acta de decisión",
        "subtitle_board": "Riesgo de privacidad y seguridad: situación y decisiones que se "
                          "piden al consejo",
        "subtitle_ropa": "Artículo 30 del RGPD",
        "subtitle_risks": "Todos los riesgos con sus puntuaciones, tratamientos, controles y "
                          "responsables",
        "sec_summary": "Resumen ejecutivo",
        "sec_heat": "Mapa de calor: riesgo inherente y residual",
        "sec_top": "Riesgos principales",
        "sec_trend": "Evolución del riesgo",
        "sec_options": "Opciones de respuesta y decisiones",
        "sec_incidents": "Incidentes del periodo",
        "sec_breaches": "Brechas de datos personales y plazos de notificación",
        "sec_overdue": "Revisiones y aceptaciones vencidas",
        "sum_standing": "Situación del riesgo",
        "sum_changes": "Cambios desde el {since}",
        "sum_changes_first": "Cambios en el periodo",
        "sum_asks": "Decisiones que se piden al consejo",
        "standing_text": "Hay {open} riesgos abiertos en el registro. Hoy {above_now} superan "
                         "el apetito de riesgo (puntuación {appetite} de {max}); cuando se "
                         "apliquen los tratamientos acordados, {above_after} seguirán por "
                         "encima.",
        "standing_none": "No hay riesgos abiertos en el registro.",
        "standing_worst": "El riesgo con mayor puntuación es «{title}» ({level}, puntuación "
                          "{score}).",
        "change_new_risks": "Se registraron {n} riesgo(s) nuevo(s).",
        "change_rescored": "{up} puntuación(es) subieron y {down} bajaron.",
        "change_new_incidents": "Se detectaron {n} incidente(s); {open} siguen abiertos.",
        "change_decisions": "Se registraron {n} decisión(es) de respuesta.",
        "change_breaches": "Se evaluaron {n} brecha(s) de datos personales.",
        "change_nothing": "No hubo cambios relevantes.",
        "ask_above": "Aceptar formalmente, o financiar más tratamiento para, {n} riesgo(s) que "
                     "siguen por encima del apetito tras el tratamiento",
        "ask_incident": "Elegir una respuesta para {n} incidente(s) abierto(s) con opciones "
                        "pero sin decisión",
        "ask_expired": "Renovar o retirar {n} aceptación(es) de riesgo vencidas",
        "ask_nothing": "nada que decidir",
        "ask_more": "y {n} más",
        "heat_inherent": "Inherente (antes de controles)",
        "heat_residual": "Residual (tras el tratamiento)",
        "heat_axis_l": "Probabilidad",
        "heat_axis_i": "Impacto",
        "heat_key": "Las celdas muestran el número de riesgos abiertos. La línea oscura es el "
                    "apetito de riesgo: las celdas por encima y a la derecha lo superan.",
        "heat_impact_key": "Columnas de impacto",
        "trend_above": "Por encima del apetito",
        "trend_open": "Riesgos abiertos puntuados",
        "trend_note": "Recuentos a fin de mes según el historial de puntuaciones de cada "
                      "riesgo (puntuación actual, o inherente si no hay actual).",
        "trend_short": "La evolución aparecerá cuando haya puntuaciones de más de un mes.",
        "lec_title": "Curva de excedencia de pérdidas: {subject}",
        "lec_x": "Pérdida",
        "lec_y": "Probabilidad de superarla",
        "cost_title": "Coste de las opciones",
        "cost_one_off": "Único",
        "cost_yearly": "Anual",
        "no_risks": "No hay riesgos abiertos.",
        "no_options": "No se han registrado opciones de respuesta.",
        "no_incidents": "No se detectaron incidentes en el periodo.",
        "no_breaches": "No hay brechas de datos personales en el registro.",
        "no_overdue": "No hay revisiones ni aceptaciones vencidas.",
        "col_no": "N.º",
        "col_id": "ID",
        "col_risk": "Riesgo",
        "col_threat": "Amenaza",
        "col_owner": "Responsable",
        "col_treatment": "Tratamiento",
        "col_status": "Estado",
        "col_inherent": "Inherente",
        "col_current": "Actual",
        "col_residual": "Residual",
        "col_level": "Nivel",
        "col_score": "Puntuación",
        "col_controls": "Controles",
        "col_review": "Revisión",
        "col_option": "Opción",
        "col_subject": "Para",
        "col_orientation": "Orientación",
        "col_one_off": "Coste único",
        "col_yearly": "Coste anual",
        "col_per_incident": "Por incidente",
        "col_benefit": "Beneficio (ΔALE)",
        "col_decision": "Decisión",
        "col_incident": "Incidente",
        "col_severity": "Gravedad",
        "col_detected": "Detectado",
        "col_cost": "Coste",
        "col_aware": "Conocimiento",
        "col_due": "Plazo autoridad",
        "col_notified": "Autoridad notificada",
        "col_deadline": "Plazo",
        "col_subjects_notice": "Interesados informados (art. 34)",
        "col_acceptance_expires": "Vence la aceptación",
        "col_when": "Cuándo",
        "col_actor": "Quién",
        "col_kind": "Tipo",
        "col_note": "Nota",
        "col_evidence": "Evidencia (SHA-256)",
        "col_name": "Nombre",
        "col_role": "Papel",
        "col_field": "Campo",
        "col_rights": "Riesgo personas",
        "kpi_open": "Riesgos abiertos",
        "kpi_above": "Por encima del apetito hoy",
        "kpi_incidents": "Incidentes abiertos",
        "kpi_clocks": "Plazos de notificación en curso",
        "downtime": "Interrupción {low}–{high} h",
        "reinfection": "Reinfección {p}",
        "evidence_lost": "Se pierden evidencias",
        "no_transfers": "Ninguna.",
        "dec_metrics": "Resultados por opción",
        "dec_reasons": "Lo que sopesó el motor",
        "dec_recommendation": "Recomendación del motor",
        "dec_baseline": "Situación actual",
        "col_metric": "Métrica",
        "decided": "decidida",
        "decided_on": "decidida el {when}",
        "risks_filter": "Filtro",
        "field_status": "Estado", "field_treatment": "Tratamiento", "field_owner": "Responsable",
        "field_inherent_likelihood": "Probabilidad inherente", "field_inherent_impact": "Impacto inherente",
        "field_current_likelihood": "Probabilidad actual", "field_current_impact": "Impacto actual",
        "field_residual_likelihood": "Probabilidad residual", "field_residual_impact": "Impacto residual",
        "risks_all": "Todos los riesgos",
        "risks_count": "{n} riesgo(s)",
        "risks_search": "búsqueda «{text}»",
        "risks_scores_note": "Las puntuaciones son probabilidad × impacto en la matriz "
                             "{rows} × {cols} del registro; el apetito es {appetite}.",
        "ropa_index": "Índice",
        "ropa_controller": "Actividades como responsable del tratamiento — art. 30.1",
        "ropa_joint": "Actividades como corresponsable del tratamiento — art. 30.1",
        "ropa_processor": "Actividades como encargado del tratamiento — art. 30.2",
        "ropa_count": "{n} actividades de tratamiento.",
        "ropa_intro": "Este registro recoge todas las actividades de tratamiento de {org} con "
                      "la información que exige el artículo 30 del RGPD. Puede ponerse a "
                      "disposición de la autoridad de control si lo solicita.",
        "ropa_none": "No hay actividades de tratamiento en el registro.",
        "f_controller": "Responsable y datos de contacto (30.1.a)",
        "f_joint": "Corresponsables",
        "f_representative": "Representante",
        "f_dpo": "Delegado de protección de datos",
        "f_purposes": "Fines y bases jurídicas (30.1.b)",
        "f_subjects": "Categorías de interesados (30.1.c)",
        "f_data": "Categorías de datos personales (30.1.c)",
        "f_special": "Categorías especiales (art. 9)",
        "f_volume": "Número aproximado de interesados / registros",
        "f_recipients": "Categorías de destinatarios (30.1.d)",
        "f_transfers": "Transferencias a terceros países y garantías (30.1.e)",
        "f_retention": "Plazos de supresión (30.1.f)",
        "f_security": "Medidas técnicas y organizativas de seguridad (30.1.g)",
        "f_assets": "Sistemas y activos utilizados",
        "f_dpia": "Evaluación de impacto (EIPD): cribado y estado",
        "f_owner": "Responsable interno",
        "f_description": "Descripción",
        "f_processor": "Encargado y datos de contacto (30.2.a)",
        "f_on_behalf": "Responsable(s) por cuenta de quien tratamos (30.2.a)",
        "f_categories_processing": "Categorías de tratamientos por cuenta de cada "
                                   "responsable (30.2.b)",
        "f_transfers_p": "Transferencias a terceros países y garantías (30.2.c)",
        "f_security_p": "Medidas técnicas y organizativas de seguridad (30.2.d)",
        "f_updated": "Última actualización",
        "dpia_criteria_met": "{n} criterios del CEPD cumplidos",
        "special_yes": "Sí: se tratan categorías especiales",
        "inc_summary": "Resumen",
        "inc_timeline": "Cronología",
        "inc_affected": "Activos, servicios y actividades de tratamiento afectados",
        "inc_breach": "Evaluación de la brecha de datos personales (art. 33.3)",
        "inc_options": "Opciones de respuesta consideradas",
        "inc_decision": "Decisión",
        "inc_lessons": "Lecciones aprendidas",
        "inc_no_breach": "No se ha evaluado ninguna brecha de datos personales para este "
                         "incidente.",
        "inc_no_timeline": "No hay entradas en la cronología.",
        "inc_no_decision": "No se ha registrado ninguna decisión.",
        "f_title": "Título",
        "f_category": "Categoría",
        "f_severity": "Gravedad",
        "f_status": "Estado",
        "f_occurred": "Ocurrido",
        "f_detected": "Detectado",
        "f_contained": "Contenido",
        "f_resolved": "Resuelto",
        "f_reporter": "Notificado por",
        "f_actual_cost": "Coste real",
        "f_linked_risks": "Riesgos vinculados",
        "f_assets_aff": "Activos",
        "f_services_aff": "Servicios de negocio",
        "f_activities_aff": "Actividades de tratamiento",
        "f_nature": "Naturaleza de la brecha",
        "f_breach_subjects": "Categorías y número aproximado de interesados",
        "f_breach_records": "Categorías y número aproximado de registros",
        "f_contact": "Punto de contacto",
        "f_consequences": "Consecuencias probables",
        "f_measures": "Medidas adoptadas o propuestas",
        "f_rights_risk": "Riesgo para los derechos y libertades",
        "f_aware": "Conocimiento de la brecha",
        "f_deadline": "Plazo de notificación (art. 33)",
        "f_authority": "Notificada a la autoridad de control",
        "f_subjects_notice": "Interesados (art. 34)",
        "f_clock": "Plazo",
        "f_reference": "referencia {ref}",
        "dec_what": "Qué se decidió",
        "dec_compared": "Opciones comparadas",
        "dec_figures": "Cifras congeladas en el momento de la decisión",
        "dec_lec": "Curva de excedencia de pérdidas",
        "dec_rationale": "Justificación",
        "dec_subject_risk": "Riesgo",
        "dec_subject_incident": "Incidente",
        "dec_chosen": "Opción elegida",
        "dec_by": "Decidido por",
        "dec_at": "Decidido el",
        "dec_recommended": "recomendada",
        "dec_chosen_mark": "elegida",
        "dec_no_figures": "No se congelaron cifras cuantitativas con esta decisión: se tomó "
                          "con la valoración cualitativa y la justificación que sigue.",
        "dec_mode": "Modo de análisis",
        "dec_mode_annual": "anual (riesgo y tratamientos)",
        "dec_mode_incident": "incidente (respuesta en curso)",
        "dec_seed": "Semilla aleatoria",
        "dec_trials": "Simulaciones",
        "dec_engine": "Motor / numpy",
        "dec_option_deleted": "(opción eliminada después)",
        "dec_subject_none": "(asunto eliminado después)",
    },
}

# Stored vocabulary values (enums) as each language prints them.
VALUES: dict[str, dict[str, str]] = {
    "en": {
        "mitigate": "Mitigate", "accept": "Accept", "transfer": "Transfer", "avoid": "Avoid",
        "identified": "Identified", "assessed": "Assessed", "treating": "Treating",
        "monitored": "Monitored", "closed": "Closed",
        "low": "Low", "medium": "Medium", "high": "High", "critical": "Critical",
        "detected": "Detected", "triaged": "Triaged", "contained": "Contained",
        "eradicated": "Eradicated", "recovered": "Recovered",
        "controller": "Controller", "joint_controller": "Joint controller",
        "processor": "Processor",
        "it_centric": "IT-centric", "business_centric": "Business-centric",
        "rights_none": "No risk", "rights_risk": "Risk", "rights_high": "High risk",
        "not_required": "Not required", "running": "Running", "amber": "Under 24 h left",
        "red": "Under 12 h left", "overdue": "Overdue", "met": "Met", "late": "Late",
        "pending": "Pending", "sent": "Sent",
        "planned": "Planned", "in_progress": "In progress", "done": "Done",
        "adequacy": "Adequacy decision", "sccs": "Standard contractual clauses",
        "bcrs": "Binding corporate rules", "derogation": "Derogation (Art. 49)",
        "code_of_conduct": "Code of conduct", "certification": "Certification",
        "ad_hoc_clauses": "Ad hoc clauses", "safeguard_none": "No safeguard",
        "internal": "Internal", "third_party": "Third party", "authority": "Authority",
        "6(1)(a)": "Consent", "6(1)(b)": "Contract", "6(1)(c)": "Legal obligation",
        "6(1)(d)": "Vital interests", "6(1)(e)": "Public task",
        "6(1)(f)": "Legitimate interests",
    },
    "es": {
        "mitigate": "Mitigar", "accept": "Aceptar", "transfer": "Transferir", "avoid": "Evitar",
        "identified": "Identificado", "assessed": "Evaluado", "treating": "En tratamiento",
        "monitored": "En seguimiento", "closed": "Cerrado",
        "low": "Baja", "medium": "Media", "high": "Alta", "critical": "Crítica",
        "detected": "Detectado", "triaged": "Clasificado", "contained": "Contenido",
        "eradicated": "Erradicado", "recovered": "Recuperado",
        "controller": "Responsable", "joint_controller": "Corresponsable",
        "processor": "Encargado",
        "it_centric": "Centrado en TI", "business_centric": "Centrado en el negocio",
        "rights_none": "Sin riesgo", "rights_risk": "Riesgo", "rights_high": "Riesgo alto",
        "not_required": "No requerida", "running": "En curso",
        "amber": "Quedan menos de 24 h", "red": "Quedan menos de 12 h",
        "overdue": "Vencido", "met": "Cumplido", "late": "Fuera de plazo",
        "pending": "Pendiente", "sent": "Enviada",
        "planned": "Prevista", "in_progress": "En curso", "done": "Hecha",
        "adequacy": "Decisión de adecuación", "sccs": "Cláusulas contractuales tipo",
        "bcrs": "Normas corporativas vinculantes", "derogation": "Excepción (art. 49)",
        "code_of_conduct": "Código de conducta", "certification": "Certificación",
        "ad_hoc_clauses": "Cláusulas ad hoc", "safeguard_none": "Sin garantía",
        "internal": "Interno", "third_party": "Tercero", "authority": "Autoridad",
        "6(1)(a)": "Consentimiento", "6(1)(b)": "Contrato", "6(1)(c)": "Obligación legal",
        "6(1)(d)": "Intereses vitales", "6(1)(e)": "Misión de interés público",
        "6(1)(f)": "Interés legítimo",
    },
}

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}


class Translator:
    """Wording and number formats for one language and currency."""

    def __init__(self, lang: str = "en", currency: str = "EUR"):
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported report language {lang!r}")
        self.lang = lang
        self.currency = currency.upper()

    def __call__(self, key: str, **values: Any) -> str:
        text = STRINGS[self.lang].get(key) or STRINGS["en"][key]
        return text.format(**values) if values else text

    def matrix(self, label: str) -> str:
        """A risk-matrix label (likelihood, impact, level); the user's own stay as written."""
        return wording.matrix_label(label, self.lang)

    def field(self, name: str) -> str:
        """A column's name as words; one without wording prints with spaces for underscores."""
        return STRINGS[self.lang].get("field_" + name) or STRINGS["en"].get("field_" + name) \
            or name.replace("_", " ")

    def value(self, code: Any) -> str:
        """A stored vocabulary value as words; unknown codes (user's own) print as they are."""
        if code is None or code == "":
            return STRINGS[self.lang]["dash"]
        return VALUES[self.lang].get(str(code), str(code))

    # -- numbers -----------------------------------------------------------------

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        if value is None:
            return self("dash")
        text = f"{value:,.{decimals}f}"
        if self.lang == "es":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text

    def money(self, value: float | int | None, decimals: int = 0) -> str:
        """"€1,234.56" in English, "1.234,56 €" in Spanish."""
        if value is None:
            return self("dash")
        symbol = _SYMBOLS.get(self.currency, self.currency)
        amount = self.number(abs(value), decimals)
        sign = "-" if value < 0 else ""
        if self.lang == "es":
            return f"{sign}{amount}\u00a0{symbol}"
        spacer = "\u00a0" if len(symbol) > 1 else ""
        return f"{sign}{symbol}{spacer}{amount}"

    def money_short(self, value: float) -> str:
        """Axis labels: €1.2M, 1,2 M€."""
        symbol = _SYMBOLS.get(self.currency, self.currency)
        for div, suffix in ((1e9, "G" if self.lang == "en" else "mil M"), (1e6, "M"), (1e3, "k")):
            if abs(value) >= div:
                amount = self.number(value / div, 1 if abs(value) < 10 * div else 0)
                return f"{symbol}{amount}{suffix}" if self.lang == "en" else f"{amount} {suffix}{symbol}"
        return self.money(value)

    def percent(self, value: float | None, decimals: int = 0) -> str:
        if value is None:
            return self("dash")
        text = self.number(value * 100, decimals)
        return f"{text}\u00a0%" if self.lang == "es" else f"{text}%"

    # -- dates -------------------------------------------------------------------

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return self("dash")
        if isinstance(value, datetime):
            value = value.astimezone(UTC).date() if value.tzinfo else value.date()
        return f"{value.day} {_MONTHS[self.lang][value.month - 1]} {value.year}"

    def datetime(self, value: datetime | None) -> str:
        """Always in UTC and labelled so: a report is read far from where it was made."""
        if value is None:
            return self("dash")
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return f"{self.date(value)} {value:%H:%M} {self('utc')}"

    def month(self, value: date) -> str:
        return f"{_MONTHS[self.lang][value.month - 1]} {value:%y}"
