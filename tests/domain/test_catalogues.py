"""The built-in catalogues as shipped, and the rules for the user's own entries."""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources

import pytest

from privguard.domain import catalogue
from privguard.domain.catalogue import CatalogueEntry
from privguard.domain.enums import ThreatNature, TransferSafeguard
from privguard.domain.errors import ValidationError

FILES = ("threats.json", "data_categories.json", "data_subjects.json", "legal_bases.json",
         "transfer_safeguards.json", "controls.json")
LOSS_FORMS = {"productivity", "response", "replacement", "fines", "reputation"}
CONTROL_KINDS = {"preventive", "detective", "corrective", "deterrent"}
CONTROL_DOMAINS = {"identity", "network", "endpoint", "data", "backup", "monitoring", "governance",
                   "privacy", "physical", "vendor", "awareness", "resilience"}


def _codes(kind: str) -> list[str]:
    return [e.code for e in catalogue.builtin(kind)]


# --- the files ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_files_are_utf8_json_found_through_importlib_resources(name):
    raw = (resources.files("privguard.resources") / "catalogues" / name).read_bytes()
    data = json.loads(raw.decode("utf-8", errors="strict"))
    assert isinstance(data, dict) and data


@pytest.mark.parametrize("kind", catalogue.CATALOGUE_KINDS)
def test_every_kind_loads_with_unique_codes_and_names(kind):
    entries = catalogue.builtin(kind)
    assert entries
    dupes = [c for c, n in Counter(e.code for e in entries).items() if n > 1]
    assert dupes == []
    for e in entries:
        assert e.kind == kind
        assert e.code.strip() == e.code and e.code
        assert e.name.strip()
        assert e.description.strip(), f"{e.code} has no description"
        assert not {"code", "name", "description"} & set(e.attributes)


def test_catalogue_kinds():
    assert catalogue.CATALOGUE_KINDS == (
        "threat", "data_category", "data_subject", "legal_basis_art6", "legal_basis_art9",
        "transfer_safeguard", "control")


def test_unknown_kind_is_a_value_error():
    with pytest.raises(ValueError, match="Unknown catalogue kind"):
        catalogue.builtin("threats")
    with pytest.raises(ValueError):
        catalogue.find("nonsense", "X")
    with pytest.raises(ValueError):
        catalogue.merged("nonsense", [])


def test_builtin_is_cached():
    assert catalogue.builtin("threat") is catalogue.builtin("threat")


# --- threats --------------------------------------------------------------------------------


def test_threats():
    threats = catalogue.builtin("threat")
    assert len(threats) >= 30
    natures = {n.value for n in ThreatNature}
    for t in threats:
        assert re.fullmatch(r"T-[A-Z0-9-]+", t.code), t.code
        assert t.attributes["nature"] in natures, t.code
        assert t.attributes["family"].strip()
        forms = t.attributes["typical_loss_forms"]
        assert forms and set(forms) <= LOSS_FORMS, t.code
    # every nature is represented
    assert {t.attributes["nature"] for t in threats} == natures


@pytest.mark.parametrize("code, nature", [
    ("T-MALWARE", "deliberate"), ("T-RANSOMWARE", "deliberate"), ("T-PHISHING", "deliberate"),
    ("T-BEC", "deliberate"), ("T-CREDENTIAL-STUFFING", "deliberate"),
    ("T-INSIDER-MISUSE", "deliberate"), ("T-MISDIRECTED-EMAIL", "accidental"),
    ("T-DEVICE-LOSS", "accidental"), ("T-DEVICE-THEFT", "deliberate"),
    ("T-MISCONFIGURATION", "accidental"), ("T-VENDOR-BREACH", "deliberate"),
    ("T-DDOS", "deliberate"), ("T-FIRE", "environmental"), ("T-FLOOD", "environmental"),
    ("T-POWER-OUTAGE", "environmental"), ("T-HARDWARE-FAILURE", "accidental"),
    ("T-SOFTWARE-DEFECT", "accidental"), ("T-WEB-APP-ATTACK", "deliberate"),
    ("T-UNPATCHED-EXPLOIT", "deliberate"), ("T-SUPPLY-CHAIN", "deliberate"),
    ("T-OVER-RETENTION", "accidental"), ("T-UNLAWFUL-PROCESSING", "accidental"),
    ("T-EXCESSIVE-ACCESS", "accidental"), ("T-PAPER-LOSS", "accidental"),
    ("T-VISHING", "deliberate"), ("T-SHOULDER-SURFING", "deliberate"),
])
def test_required_threats_are_present(code, nature):
    entry = catalogue.find("threat", code)
    assert entry is not None
    assert entry.attributes["nature"] == nature


def test_ransomware_carries_every_loss_form():
    assert set(catalogue.find("threat", "T-RANSOMWARE").attributes["typical_loss_forms"]) == LOSS_FORMS


# --- data categories and subjects -----------------------------------------------------------


ART9 = {"DC-RACIAL-ETHNIC", "DC-POLITICAL", "DC-RELIGIOUS", "DC-TRADE-UNION", "DC-GENETIC",
        "DC-BIOMETRIC", "DC-HEALTH", "DC-SEX-LIFE"}


def test_data_categories_flags():
    cats = catalogue.builtin("data_category")
    assert len(cats) >= 25
    for c in cats:
        assert isinstance(c.attributes["special"], bool), c.code
        assert isinstance(c.attributes["criminal"], bool), c.code
    assert {c.code for c in cats if c.attributes["special"]} == ART9
    assert [c.code for c in cats if c.attributes["criminal"]] == ["DC-CRIMINAL"]
    assert not catalogue.find("data_category", "DC-CRIMINAL").attributes["special"]


def test_childrens_data_is_vulnerable_but_not_special():
    children = catalogue.find("data_category", "DC-CHILDREN")
    assert children.attributes["vulnerable"] is True
    assert children.attributes["special"] is False
    assert [c.code for c in catalogue.builtin("data_category")
            if c.attributes.get("vulnerable")] == ["DC-CHILDREN"]


@pytest.mark.parametrize("code", ["DC-IDENTIFICATION", "DC-CONTACT", "DC-FINANCIAL",
                                  "DC-PAYMENT-CARD", "DC-NATIONAL-ID", "DC-LOCATION", "DC-ONLINE-ID",
                                  "DC-EMPLOYMENT", "DC-EDUCATION", "DC-FAMILY", "DC-IMAGES",
                                  "DC-COMMUNICATIONS", "DC-CREDENTIALS"])
def test_common_data_categories_are_ordinary(code):
    entry = catalogue.find("data_category", code)
    assert entry is not None
    assert entry.attributes["special"] is False and entry.attributes["criminal"] is False


def test_data_subjects():
    subjects = catalogue.builtin("data_subject")
    assert len(subjects) >= 12
    assert all(isinstance(s.attributes["vulnerable"], bool) for s in subjects)
    vulnerable = {s.code for s in subjects if s.attributes["vulnerable"]}
    assert {"DS-CHILDREN", "DS-PATIENTS", "DS-EMPLOYEES"} <= vulnerable
    assert not {"DS-CUSTOMERS", "DS-WEBSITE-VISITORS", "DS-SHAREHOLDERS",
                "DS-SUPPLIER-CONTACTS"} & vulnerable
    assert {"DS-APPLICANTS", "DS-PROSPECTS"} <= set(_codes("data_subject"))


# --- legal bases ----------------------------------------------------------------------------


def test_six_art6_bases_and_ten_art9_conditions():
    assert _codes("legal_basis_art6") == [f"6(1)({x})" for x in "abcdef"]
    assert _codes("legal_basis_art9") == [f"9(2)({x})" for x in "abcdefghij"]
    assert catalogue.find("legal_basis_art6", "6(1)(f)").name == "Legitimate interests"
    assert catalogue.find("legal_basis_art9", "9(2)(a)").name == "Explicit consent"


def test_find_ignores_case_but_prefers_exact():
    assert catalogue.find("legal_basis_art6", "6(1)(A)").code == "6(1)(a)"
    assert catalogue.find("threat", "t-ransomware").code == "T-RANSOMWARE"
    assert catalogue.find("threat", "T-NO-SUCH-THREAT") is None


# --- transfers ------------------------------------------------------------------------------


def test_every_transfer_safeguard_enum_value_has_an_entry():
    codes = set(_codes("transfer_safeguard"))
    assert {s.value for s in TransferSafeguard} <= codes
    assert catalogue.find("transfer_safeguard", "adequacy").attributes["article"] == "Art. 45"
    assert catalogue.find("transfer_safeguard", "derogation").attributes["article"] == "Art. 49"
    for e in catalogue.builtin("transfer_safeguard"):
        assert "article" in e.attributes


def test_adequate_countries():
    countries = catalogue.adequate_countries()
    codes = [c for c, _, _ in countries]
    assert len(codes) == len(set(codes)) == 15
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert {c for c, _, partial in countries if partial} == {"CA", "US"}
    assert {"AD", "AR", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB",
            "UY"} <= set(codes)
    # EEA members are not third countries and have no adequacy decision
    assert not {"NO", "IS", "LI", "DE", "FR"} & set(codes)
    assert dict((c, n) for c, n, _ in countries)["KR"] == "Republic of Korea"


# --- controls -------------------------------------------------------------------------------


def test_controls():
    controls = catalogue.builtin("control")
    assert len(controls) >= 40
    threat_codes = set(_codes("threat"))
    for c in controls:
        assert re.fullmatch(r"C-[A-Z0-9-]+", c.code), c.code
        assert c.attributes["kind"] in CONTROL_KINDS, c.code
        assert c.attributes["domain"] in CONTROL_DOMAINS, c.code
        mitigates = c.attributes["mitigates"]
        assert mitigates, f"{c.code} mitigates nothing"
        assert set(mitigates) <= threat_codes, f"{c.code}: {set(mitigates) - threat_codes}"
        assert len(mitigates) == len(set(mitigates)), c.code
        cost = c.attributes["typical_cost"]
        assert set(cost) == {"one_off", "yearly"}
        assert all(isinstance(v, int | float) and 0 <= v <= 500_000 for v in cost.values())
        assert cost["one_off"] + cost["yearly"] > 0, c.code


def test_every_threat_has_at_least_one_control():
    covered = {t for c in catalogue.builtin("control") for t in c.attributes["mitigates"]}
    assert set(_codes("threat")) - covered == set()


@pytest.mark.parametrize("code, threat", [
    ("C-MFA", "T-PHISHING"), ("C-EDR", "T-RANSOMWARE"), ("C-BACKUP-IMMUTABLE", "T-RANSOMWARE"),
    ("C-EMAIL-FILTER", "T-PHISHING"), ("C-SEGMENTATION", "T-RANSOMWARE"),
    ("C-PATCH", "T-UNPATCHED-EXPLOIT"), ("C-DLP", "T-MISDIRECTED-EMAIL"),
    ("C-ENCRYPT-REST", "T-VENDOR-BREACH"), ("C-FDE", "T-DEVICE-LOSS"),
    ("C-ACCESS-REVIEW", "T-EXCESSIVE-ACCESS"), ("C-PAM", "T-INSIDER-SABOTAGE"),
    ("C-AWARENESS", "T-PHISHING"), ("C-PHISHING-SIMULATION", "T-PHISHING"),
    ("C-INCIDENT-RESPONSE", "T-RANSOMWARE"), ("C-DPIA", "T-UNLAWFUL-PROCESSING"),
    ("C-ROPA", "T-UNLAWFUL-PROCESSING"), ("C-MINIMISATION", "T-OVER-RETENTION"),
    ("C-RETENTION", "T-OVER-RETENTION"), ("C-VENDOR-DD", "T-VENDOR-BREACH"),
    ("C-DPA", "T-VENDOR-BREACH"), ("C-PSEUDONYMISATION", "T-VENDOR-BREACH"),
    ("C-SIEM", "T-TARGETED-INTRUSION"), ("C-VULN-SCAN", "T-UNPATCHED-EXPLOIT"),
    ("C-PENTEST", "T-WEB-APP-ATTACK"), ("C-WAF", "T-WEB-APP-ATTACK"), ("C-DDOS-PROTECTION", "T-DDOS"),
    ("C-UPS", "T-POWER-OUTAGE"), ("C-FIRE-SUPPRESSION", "T-FIRE"), ("C-DR-SITE", "T-FLOOD"),
    ("C-CYBER-INSURANCE", "T-RANSOMWARE"), ("C-BREACH-PROCEDURE", "T-MISDIRECTED-EMAIL"),
    ("C-PRIVACY-NOTICES", "T-UNLAWFUL-PROCESSING"), ("C-CONSENT-MGMT", "T-UNLAWFUL-PROCESSING"),
    ("C-DSAR", "T-RIGHTS-FAILURE"), ("C-SECURE-DISPOSAL", "T-INSECURE-DISPOSAL"),
    ("C-CLEAN-DESK", "T-SHOULDER-SURFING"),
])
def test_required_controls_mitigate_what_they_should(code, threat):
    entry = catalogue.find("control", code)
    assert entry is not None
    assert threat in entry.attributes["mitigates"]


def test_cyber_insurance_is_marked_as_transfer():
    assert catalogue.find("control", "C-CYBER-INSURANCE").attributes["treatment"] == "transfer"


# --- entries --------------------------------------------------------------------------------


def test_entries_are_immutable_and_hashable():
    entry = catalogue.find("control", "C-MFA")
    with pytest.raises(TypeError):
        entry.attributes["kind"] = "detective"  # type: ignore[index]
    with pytest.raises(TypeError):
        entry.attributes["typical_cost"]["yearly"] = 0  # type: ignore[index]
    assert isinstance(entry.attributes["mitigates"], tuple)
    assert hash(entry) == hash(catalogue.find("control", "C-MFA"))
    assert len({entry, catalogue.find("control", "C-MFA")}) == 1


def test_entry_from_plain_dict_and_to_dict_round_trip():
    raw = {"nature": "deliberate", "family": "fraud", "typical_loss_forms": ["response"],
           "extra": {"a": [1, 2]}}
    entry = CatalogueEntry("threat", "X-FRAUD", "Invoice fraud", "Fake invoices.", raw)
    raw["nature"] = "accidental"  # the entry does not share the caller's dict
    assert entry.attributes["nature"] == "deliberate"
    plain = entry.to_dict()
    assert plain == {"code": "X-FRAUD", "name": "Invoice fraud", "description": "Fake invoices.",
                     "nature": "deliberate", "family": "fraud",
                     "typical_loss_forms": ["response"], "extra": {"a": [1, 2]}}
    json.dumps(plain)
    assert entry == CatalogueEntry("threat", "X-FRAUD", "Invoice fraud", "Fake invoices.",
                                   entry.attributes)
    assert entry != CatalogueEntry("threat", "X-FRAUD", "Invoice fraud", "Fake invoices.", {})


# --- user entries ---------------------------------------------------------------------------


def test_validate_user_entry_accepts_a_good_entry():
    catalogue.validate_user_entry("threat", "x-invoice-fraud", "Invoice fraud")
    catalogue.validate_user_entry("legal_basis_art6", "NAT-LAW(3)", "National law basis")


def _invalid(kind, code, name):
    with pytest.raises(ValidationError) as info:
        catalogue.validate_user_entry(kind, code, name)
    return info.value


def test_validate_user_entry_messages():
    err = _invalid("threat", "X-OK", "   ")
    assert err.field == "name" and "needs a name" in str(err)

    for bad in ("", "X", "-LEADING", "HAS SPACE", "ÜMLAUT", "A" * 41, "SEMI;COLON"):
        err = _invalid("threat", bad, "Something")
        assert err.field == "code", bad
        assert "not a valid code" in str(err) and "2 to 40 characters" in str(err)

    err = _invalid("threats", "X-OK", "Something")
    assert err.field == "kind" and "not a catalogue" in str(err)

    err = _invalid("threat", "t-ransomware", "My ransomware")
    assert err.field == "code"
    assert "T-RANSOMWARE" in str(err) and "built-in threat" in str(err)

    err = _invalid("transfer_safeguard", "SCCS", "Our clauses")
    assert err.field == "code" and "built-in transfer safeguard" in str(err)


def test_same_code_in_another_kind_is_allowed():
    catalogue.validate_user_entry("control", "T-RANSOMWARE", "Odd but not a clash")


def test_merged_appends_user_entries_after_builtins():
    mine = [CatalogueEntry("threat", "X-INVOICE-FRAUD", "Invoice fraud", "",
                           {"nature": "deliberate"}),
            CatalogueEntry("threat", "X-DRONE", "Drone over the data centre")]
    result = catalogue.merged("threat", mine)
    builtins = catalogue.builtin("threat")
    assert result[:len(builtins)] == builtins
    assert result[len(builtins):] == tuple(mine)
    assert catalogue.merged("threat", []) == builtins
    assert catalogue.builtin("threat") == builtins  # the cache is not changed
    assert catalogue.find("threat", "X-DRONE") is None  # find sees built-ins only


def test_merged_refuses_builtin_codes_duplicates_and_other_kinds():
    with pytest.raises(ValidationError, match="built-in codes cannot be overridden") as info:
        catalogue.merged("control", [CatalogueEntry("control", "C-MFA", "Our MFA")])
    assert info.value.field == "code"
    with pytest.raises(ValidationError, match="reuses the code"):
        catalogue.merged("control", [CatalogueEntry("control", "c-mfa", "Our MFA")])
    with pytest.raises(ValidationError, match="more than once") as info:
        catalogue.merged("control", [CatalogueEntry("control", "C-OWN", "A"),
                                     CatalogueEntry("control", "C-OWN", "B")])
    assert info.value.field == "code"
    with pytest.raises(ValidationError, match="not a control entry"):
        catalogue.merged("control", [CatalogueEntry("threat", "X-OWN", "A")])
