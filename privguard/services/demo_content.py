"""The demo register's content: Alder & Finch Retail, a fictional 800-person retailer.

Times are offsets from "now" so the demo always has a running breach clock and
reviews falling due.
"""

from __future__ import annotations

ORGANISATION = "Alder & Finch Retail S.L."
# The controller block of the record of processing (Settings), and the last board meeting
# (days before the demo is made).
CONTROLLER = {
    "controller_address": "Calle de Alcalá 123, 28009 Madrid, Spain",
    "controller_email": "privacy@alderfinch.example",
    "controller_phone": "+34 910 000 100",
    "dpo_name": "Lucía Fernández",
    "dpo_contact": "dpo@alderfinch.example · +34 910 000 199",
    "eu_representative": "Not applicable: the controller is established in the EU (Spain).",
}
LAST_BOARD_MEETING_DAYS = 42
# Where each transfer's safeguard is documented (Art. 30(1)(e)), by recipient.
TRANSFER_DOCUMENTATION = {
    "MailRocket": "SCCs (module 2) signed 2025-03-04 and transfer impact assessment TIA-007: "
                  "Legal › Contracts › MailRocket",
    "TicketNest": "EU-US Data Privacy Framework certification checked 2025-09-01: Legal › "
                  "Transfers › TicketNest",
    "HireLoop": "UK adequacy decision (2021); data processing agreement: Legal › Contracts › "
                "HireLoop",
    "Analytics provider": "EU-US Data Privacy Framework certification checked 2025-06-12: "
                          "Legal › Transfers › Analytics",
}
# The processor activity's controllers: their contact, representative and DPO (Art. 30(2)(a)).
PROCESSOR_CONTROLLER = {
    "controller_contact": "Each partner store's address and e-mail are listed in Annex 1 of "
                          "the gift-list service agreement (Legal › Contracts › Gift lists).",
    "representative": "None",
    "dpo_contact": "Each partner store's data protection officer, as listed in Annex 1 of "
                   "the gift-list service agreement.",
}

PEOPLE = [
    ("Marta Vidal", "CPO", "marta.vidal@alderfinch.example"),
    ("Daniel Okafor", "CSO", "daniel.okafor@alderfinch.example"),
    ("Lucía Fernández", "DPO", "dpo@alderfinch.example"),
    ("Pablo Ortega", "IT", "pablo.ortega@alderfinch.example"),
    ("Sofia Rossi", "Legal", "sofia.rossi@alderfinch.example"),
    ("Jonas Weber", "Business", "jonas.weber@alderfinch.example"),
    ("Aisha Khan", "Executive", "aisha.khan@alderfinch.example"),
    ("Tom Becker", "IT", "tom.becker@alderfinch.example"),
]

# name, owner, curve [(hours, EUR)], MTD, RTO, RPO, EUR per hour of lost data
SERVICES = [
    ("E-mail and calendar", "Pablo Ortega", [(0, 0), (4, 12_000), (24, 95_000), (72, 410_000), (168, 1_100_000)], 72, 8, 4, 1_500),
    ("Web shop", "Jonas Weber", [(0, 0), (1, 9_000), (8, 85_000), (24, 300_000), (72, 1_050_000)], 24, 4, 1, 6_000),
    ("Payroll", "Sofia Rossi", [(0, 0), (24, 5_000), (72, 60_000), (120, 240_000)], 120, 48, 24, 800),
    ("Customer support desk", "Jonas Weber", [(0, 0), (4, 6_000), (24, 40_000), (72, 160_000)], 48, 8, 4, 900),
    ("Warehouse management", "Jonas Weber", [(0, 0), (2, 15_000), (12, 140_000), (48, 700_000)], 24, 4, 1, 4_000),
    ("ERP and invoicing", "Pablo Ortega", [(0, 0), (8, 20_000), (48, 180_000), (120, 600_000)], 72, 24, 4, 2_500),
    ("HR portal", "Lucía Fernández", [(0, 0), (24, 4_000), (96, 30_000), (240, 90_000)], 168, 72, 24, 300),
    ("Marketing campaigns", "Jonas Weber", [(0, 0), (24, 8_000), (168, 70_000)], 336, 120, 24, 200),
    ("Single sign-on and identity", "Daniel Okafor", [(0, 0), (1, 5_000), (8, 90_000), (24, 320_000)], 12, 2, 1, 1_000),
]

# name, kind, owner, country, vendor, (C, I, A), services
ASSETS = [
    ("Mail servers (Exchange cluster)", "system", "Pablo Ortega", "ES", "", (4, 4, 5), ["E-mail and calendar"]),
    ("Mail gateway and spam filter", "vendor_service", "Pablo Ortega", "IE", "FilterCloud", (3, 4, 4), ["E-mail and calendar"]),
    ("Web shop platform", "application", "Jonas Weber", "DE", "ShopForge", (4, 4, 5), ["Web shop"]),
    ("Customer database", "database", "Jonas Weber", "ES", "", (5, 5, 4), ["Web shop", "Customer support desk", "Marketing campaigns"]),
    ("Payment gateway", "vendor_service", "Sofia Rossi", "NL", "PayStream", (5, 5, 5), ["Web shop"]),
    ("Payroll service", "vendor_service", "Sofia Rossi", "ES", "Nómina Plus", (5, 5, 3), ["Payroll"]),
    ("HR information system", "application", "Lucía Fernández", "FR", "PeopleHub", (5, 4, 3), ["HR portal", "Payroll"]),
    ("Occupational health files", "paper_file", "Lucía Fernández", "ES", "", (5, 4, 2), ["HR portal"]),
    ("Helpdesk ticketing", "vendor_service", "Jonas Weber", "US", "TicketNest", (4, 3, 4), ["Customer support desk"]),
    ("Call recording system", "system", "Jonas Weber", "ES", "", (4, 3, 3), ["Customer support desk"]),
    ("Warehouse management system", "application", "Jonas Weber", "ES", "", (3, 5, 5), ["Warehouse management"]),
    ("Handheld scanners", "device", "Tom Becker", "ES", "", (2, 4, 4), ["Warehouse management"]),
    ("ERP", "application", "Pablo Ortega", "ES", "", (4, 5, 4), ["ERP and invoicing"]),
    ("Backup appliance", "system", "Pablo Ortega", "ES", "", (5, 5, 5), ["E-mail and calendar", "ERP and invoicing", "Web shop"]),
    ("Offsite immutable backup", "vendor_service", "Pablo Ortega", "PT", "VaultStore", (5, 5, 4), ["E-mail and calendar", "ERP and invoicing"]),
    ("Identity provider (SSO)", "vendor_service", "Daniel Okafor", "IE", "IdentiCloud", (5, 5, 5), ["Single sign-on and identity"]),
    ("Active Directory", "system", "Daniel Okafor", "ES", "", (5, 5, 5), ["Single sign-on and identity", "E-mail and calendar"]),
    ("Marketing automation", "vendor_service", "Jonas Weber", "US", "MailRocket", (3, 3, 2), ["Marketing campaigns"]),
    ("CCTV recorders", "device", "Tom Becker", "ES", "", (4, 3, 3), []),
    ("Staff laptops", "device", "Tom Becker", "ES", "", (4, 3, 3), ["E-mail and calendar"]),
    ("Mobile phones", "device", "Tom Becker", "ES", "", (4, 3, 3), ["E-mail and calendar"]),
    ("File server", "system", "Pablo Ortega", "ES", "", (4, 4, 4), ["ERP and invoicing", "HR portal"]),
    ("Data centre Madrid", "site", "Pablo Ortega", "ES", "", (3, 4, 5), ["E-mail and calendar", "ERP and invoicing", "Warehouse management"]),
    ("Distribution centre Zaragoza", "site", "Jonas Weber", "ES", "", (2, 3, 5), ["Warehouse management"]),
    ("Loyalty app", "application", "Jonas Weber", "ES", "AppWorks", (4, 4, 3), ["Marketing campaigns", "Web shop"]),
    ("Recruitment platform", "vendor_service", "Lucía Fernández", "GB", "HireLoop", (4, 3, 2), ["HR portal"]),
    ("Finance archive (paper)", "paper_file", "Sofia Rossi", "ES", "", (4, 4, 2), []),
    ("Firewall cluster", "system", "Daniel Okafor", "ES", "", (3, 5, 5), ["Web shop", "E-mail and calendar"]),
    ("SIEM", "vendor_service", "Daniel Okafor", "ES", "WatchTower", (4, 4, 3), []),
]

# name, role, subjects, categories, approx subjects, retention, DPIA criteria,
# purposes [(description, art6, art9)], assets, recipients, transfers
ACTIVITIES = [
    ("Online orders and delivery", "controller", ["DS-CUSTOMERS"], ["DC-IDENTIFICATION", "DC-CONTACT", "DC-TRANSACTIONS", "DC-PAYMENT-CARD"], 420_000, "6 years after the order (tax law)", ["large_scale"],
     [("Take, deliver and invoice orders", "6(1)(b)", None), ("Keep invoices for the tax authority", "6(1)(c)", None)], ["Web shop platform", "Customer database", "Payment gateway"], [("PayStream", "processor", "NL"), ("Parcel carriers", "third_party", "ES")], []),
    ("Customer accounts", "controller", ["DS-CUSTOMERS"], ["DC-IDENTIFICATION", "DC-CONTACT", "DC-CREDENTIALS", "DC-ONLINE-ID"], 310_000, "Until the account is closed, then 1 year", [],
     [("Let customers log in and see their orders", "6(1)(b)", None)], ["Web shop platform", "Customer database"], [("ShopForge", "processor", "DE")], []),
    ("Loyalty programme", "controller", ["DS-CUSTOMERS"], ["DC-IDENTIFICATION", "DC-CONTACT", "DC-TRANSACTIONS", "DC-USAGE", "DC-LOCATION"], 180_000, "While a member, then 2 years", ["evaluation_scoring", "large_scale", "matching_combining"],
     [("Reward points and personalised offers", "6(1)(a)", None)], ["Loyalty app", "Customer database"], [("AppWorks", "processor", "ES")], []),
    ("E-mail marketing", "controller", ["DS-CUSTOMERS", "DS-PROSPECTS"], ["DC-CONTACT", "DC-USAGE"], 250_000, "Until consent is withdrawn", ["evaluation_scoring", "large_scale"],
     [("Newsletters and campaigns", "6(1)(a)", None), ("Offers to existing customers", "6(1)(f)", None)], ["Marketing automation", "Customer database"], [("MailRocket", "processor", "US")], [("US", "MailRocket", "sccs")]),
    ("Customer support", "controller", ["DS-CUSTOMERS"], ["DC-IDENTIFICATION", "DC-CONTACT", "DC-COMMUNICATIONS", "DC-VOICE"], 90_000, "3 years after the ticket closes", [],
     [("Answer questions and complaints", "6(1)(b)", None), ("Record calls for quality", "6(1)(f)", None)], ["Helpdesk ticketing", "Call recording system"], [("TicketNest", "processor", "US")], [("US", "TicketNest", "adequacy")]),
    ("Payment processing", "controller", ["DS-CUSTOMERS"], ["DC-PAYMENT-CARD", "DC-FINANCIAL"], 420_000, "18 months (chargebacks)", ["large_scale"],
     [("Take card payments and handle refunds", "6(1)(b)", None)], ["Payment gateway"], [("PayStream", "processor", "NL")], []),
    ("Fraud prevention", "controller", ["DS-CUSTOMERS"], ["DC-TRANSACTIONS", "DC-ONLINE-ID", "DC-LOCATION"], 420_000, "2 years", ["evaluation_scoring", "automated_decision", "large_scale"],
     [("Block fraudulent orders", "6(1)(f)", None)], ["Web shop platform", "Payment gateway"], [("PayStream", "processor", "NL")], []),
    ("Payroll", "controller", ["DS-EMPLOYEES"], ["DC-IDENTIFICATION", "DC-FINANCIAL", "DC-NATIONAL-ID", "DC-EMPLOYMENT", "DC-TRADE-UNION"], 820, "6 years after employment ends", ["sensitive_data"],
     [("Pay salaries and social security", "6(1)(c)", None), ("Deduct union dues", "6(1)(b)", "9(2)(b)")], ["Payroll service", "HR information system"], [("Nómina Plus", "processor", "ES"), ("Social security", "authority", "ES")], []),
    ("Recruitment", "controller", ["DS-APPLICANTS"], ["DC-IDENTIFICATION", "DC-CONTACT", "DC-EDUCATION", "DC-EMPLOYMENT"], 6_000, "12 months after the vacancy closes", [],
     [("Select candidates", "6(1)(b)", None)], ["Recruitment platform"], [("HireLoop", "processor", "GB")], [("GB", "HireLoop", "adequacy")]),
    ("Occupational health", "controller", ["DS-EMPLOYEES"], ["DC-HEALTH", "DC-IDENTIFICATION"], 820, "Duration of employment plus 5 years", ["sensitive_data", "vulnerable_subjects"],
     [("Fitness-for-work checks and adaptations", "6(1)(c)", "9(2)(h)")], ["Occupational health files", "HR information system"], [("External occupational physician", "processor", "ES")], []),
    ("Staff administration", "controller", ["DS-EMPLOYEES", "DS-FORMER-EMPLOYEES"], ["DC-IDENTIFICATION", "DC-CONTACT", "DC-EMPLOYMENT", "DC-FAMILY"], 1_400, "Employment plus 6 years", [],
     [("Manage employment contracts", "6(1)(b)", None)], ["HR information system", "File server"], [("PeopleHub", "processor", "FR")], []),
    ("Time and attendance", "controller", ["DS-EMPLOYEES"], ["DC-IDENTIFICATION", "DC-EMPLOYMENT", "DC-LOCATION"], 820, "4 years (labour law)", ["systematic_monitoring", "vulnerable_subjects"],
     [("Record working time as the law requires", "6(1)(c)", None)], ["HR information system", "Handheld scanners"], [], []),
    ("CCTV in stores and warehouse", "controller", ["DS-EMPLOYEES", "DS-SITE-VISITORS", "DS-CUSTOMERS"], ["DC-IMAGES"], 60_000, "30 days", ["systematic_monitoring", "vulnerable_subjects"],
     [("Security of people and goods", "6(1)(f)", None)], ["CCTV recorders"], [("Security company", "processor", "ES"), ("Police on request", "authority", "ES")], []),
    ("Whistleblowing channel", "controller", ["DS-WHISTLEBLOWERS", "DS-EMPLOYEES"], ["DC-IDENTIFICATION", "DC-COMMUNICATIONS", "DC-CRIMINAL"], 200, "3 months unless investigated", ["sensitive_data", "vulnerable_subjects"],
     [("Receive and investigate reports", "6(1)(c)", None)], ["File server"], [("External investigator", "processor", "ES")], []),
    ("Supplier management", "controller", ["DS-SUPPLIER-CONTACTS"], ["DC-CONTACT", "DC-IDENTIFICATION"], 1_200, "Contract plus 6 years", [],
     [("Manage suppliers and orders", "6(1)(b)", None)], ["ERP"], [], []),
    ("Accounts receivable and invoicing", "controller", ["DS-CUSTOMERS"], ["DC-IDENTIFICATION", "DC-FINANCIAL", "DC-TRANSACTIONS"], 40_000, "6 years (commercial code)", [],
     [("Invoice business customers and collect", "6(1)(b)", None)], ["ERP"], [("Tax authority", "authority", "ES")], []),
    ("IT security monitoring", "controller", ["DS-EMPLOYEES", "DS-CONTRACTORS"], ["DC-ONLINE-ID", "DC-USAGE", "DC-CREDENTIALS"], 1_000, "12 months", ["systematic_monitoring"],
     [("Detect attacks and misuse", "6(1)(f)", None)], ["SIEM", "Firewall cluster", "Active Directory"], [("WatchTower", "processor", "ES")], []),
    ("Website analytics", "controller", ["DS-WEBSITE-VISITORS"], ["DC-ONLINE-ID", "DC-USAGE"], 2_000_000, "13 months", ["large_scale"],
     [("Measure and improve the web shop", "6(1)(a)", None)], ["Web shop platform"], [("Analytics provider", "processor", "US")], [("US", "Analytics provider", "adequacy")]),
    ("Product reviews", "controller", ["DS-CUSTOMERS"], ["DC-IDENTIFICATION", "DC-COMMUNICATIONS"], 35_000, "Until removed by the customer", [],
     [("Publish reviews", "6(1)(a)", None)], ["Web shop platform"], [], []),
    ("Gift list service for partner stores", "processor", ["DS-CUSTOMERS"], ["DC-IDENTIFICATION", "DC-CONTACT", "DC-TRANSACTIONS"], 15_000, "As instructed by the controller", [],
     [("Run gift lists for partner stores", "6(1)(b)", None)], ["Web shop platform", "Customer database"], [], []),
    ("Returns and warranty", "controller", ["DS-CUSTOMERS"], ["DC-IDENTIFICATION", "DC-CONTACT", "DC-TRANSACTIONS"], 60_000, "Warranty period plus 1 year", [],
     [("Handle returns and warranty claims", "6(1)(b)", None)], ["ERP", "Helpdesk ticketing"], [], []),
    ("Visitor log at headquarters", "controller", ["DS-SITE-VISITORS"], ["DC-IDENTIFICATION", "DC-CONTACT"], 3_000, "1 year", [],
     [("Building security and fire evacuation", "6(1)(f)", None)], [], [], []),
]

# threat, title, owner, inherent, current, residual, treatment, review in days, assets, activities, quant
_F = "frequency"
RISKS = [
    ("T-RANSOMWARE", "Ransomware encrypts mail and file servers", "Daniel Okafor", (4, 5), (3, 5), (2, 4), "mitigate", 30, ["Mail servers (Exchange cluster)", "File server", "Backup appliance"], ["Staff administration"],
     {_F: {"low": 0.05, "mode": 0.2, "high": 0.6}, "losses": {"productivity": [40_000, 900_000], "response": [30_000, 250_000], "replacement": [5_000, 80_000]}, "secondary": {"probability": 0.3, "range": [20_000, 600_000]}}),
    ("T-PHISHING", "Credential phishing against office staff", "Daniel Okafor", (5, 3), (4, 3), (3, 2), "mitigate", 45, ["Identity provider (SSO)", "Mail gateway and spam filter"], [],
     {_F: {"low": 1, "mode": 4, "high": 12}, "losses": {"response": [2_000, 30_000], "productivity": [500, 20_000]}}),
    ("T-BEC", "Business e-mail compromise diverts a supplier payment", "Sofia Rossi", (3, 4), (3, 4), (2, 3), "mitigate", 60, ["ERP", "Mail servers (Exchange cluster)"], ["Supplier management"],
     {_F: {"low": 0.1, "mode": 0.5, "high": 2}, "losses": {"replacement": [20_000, 400_000], "response": [3_000, 25_000]}}),
    ("T-WEB-APP-ATTACK", "Injection attack on the web shop steals customer data", "Jonas Weber", (3, 5), (2, 5), (2, 4), "mitigate", 20, ["Web shop platform", "Customer database"], ["Online orders and delivery", "Customer accounts"],
     {_F: {"low": 0.02, "mode": 0.1, "high": 0.4}, "losses": {"response": [50_000, 400_000], "fines": [100_000, 4_000_000]}, "secondary": {"probability": 0.5, "range": [100_000, 2_000_000]}}),
    ("T-DDOS", "DDoS takes the web shop offline in peak season", "Jonas Weber", (3, 4), (2, 4), (2, 3), "mitigate", 90, ["Web shop platform", "Firewall cluster"], [],
     {_F: {"low": 0.2, "mode": 1, "high": 3}, "losses": {"productivity": [10_000, 300_000], "response": [2_000, 20_000]}}),
    ("T-VENDOR-BREACH", "Payroll provider is breached", "Sofia Rossi", (2, 5), (2, 5), (2, 4), "transfer", 120, ["Payroll service"], ["Payroll"],
     {_F: {"low": 0.02, "mode": 0.08, "high": 0.25}, "losses": {"response": [20_000, 150_000], "fines": [50_000, 1_500_000]}, "secondary": {"probability": 0.4, "range": [50_000, 800_000]}}),
    ("T-DEVICE-THEFT", "Laptop stolen with customer exports", "Tom Becker", (4, 3), (3, 2), (2, 2), "mitigate", -10, ["Staff laptops"], ["Customer support"],
     {_F: {"low": 2, "mode": 6, "high": 15}, "losses": {"replacement": [1_200, 2_500], "response": [500, 10_000]}}),
    ("T-MISDIRECTED-EMAIL", "HR data e-mailed to the wrong recipient", "Lucía Fernández", (4, 3), (4, 3), (3, 3), "mitigate", 15, ["Mail servers (Exchange cluster)", "HR information system"], ["Occupational health", "Staff administration"],
     {_F: {"low": 1, "mode": 3, "high": 8}, "losses": {"response": [1_000, 15_000]}, "secondary": {"probability": 0.05, "range": [10_000, 200_000]}}),
    ("T-MISCONFIGURATION", "Public cloud storage bucket left open", "Pablo Ortega", (3, 4), (2, 4), (1, 4), "mitigate", 75, ["Loyalty app"], ["Loyalty programme"],
     {_F: {"low": 0.05, "mode": 0.3, "high": 1}, "losses": {"response": [10_000, 120_000], "fines": [10_000, 900_000]}}),
    ("T-POWER-OUTAGE", "Power outage stops the distribution centre", "Jonas Weber", (3, 4), (2, 4), (2, 3), "mitigate", 180, ["Distribution centre Zaragoza", "Warehouse management system"], [],
     {_F: {"low": 0.3, "mode": 1, "high": 2}, "losses": {"productivity": [5_000, 250_000]}}),
    ("T-FIRE", "Fire in the Madrid data centre", "Pablo Ortega", (1, 5), (1, 5), (1, 4), "transfer", 365, ["Data centre Madrid"], [],
     {_F: {"low": 0.005, "mode": 0.01, "high": 0.03}, "losses": {"replacement": [300_000, 3_000_000], "productivity": [200_000, 2_500_000]}}),
    ("T-INSIDER-MISUSE", "Support agent browses customer records", "Jonas Weber", (3, 3), (3, 3), (2, 3), "mitigate", 50, ["Customer database", "Helpdesk ticketing"], ["Customer support"],
     {_F: {"low": 0.5, "mode": 2, "high": 5}, "losses": {"response": [2_000, 40_000]}, "secondary": {"probability": 0.05, "range": [10_000, 150_000]}}),
    ("T-OVER-RETENTION", "Applicant CVs kept beyond 12 months", "Lucía Fernández", (4, 2), (3, 2), (2, 2), "mitigate", 40, ["Recruitment platform"], ["Recruitment"], None),
    ("T-ILLEGAL-TRANSFER", "Transfers to US marketing tool lack a valid safeguard", "Sofia Rossi", (3, 3), (2, 3), (2, 2), "mitigate", 100, ["Marketing automation"], ["E-mail marketing"], None),
    ("T-UNLAWFUL-PROCESSING", "Loyalty profiling without valid consent", "Marta Vidal", (3, 4), (3, 4), (2, 3), "mitigate", 25, ["Loyalty app"], ["Loyalty programme"], None),
    ("T-RIGHTS-FAILURE", "Access requests answered after the one-month deadline", "Lucía Fernández", (3, 2), (2, 2), (2, 2), "mitigate", -5, ["Customer database"], ["Customer accounts"], None),
    ("T-UNPATCHED-EXPLOIT", "Exploited VPN vulnerability", "Daniel Okafor", (4, 5), (2, 5), (2, 4), "mitigate", 14, ["Firewall cluster", "Active Directory"], [], None),
    ("T-CREDENTIAL-STUFFING", "Credential stuffing on customer accounts", "Jonas Weber", (4, 3), (3, 3), (2, 2), "mitigate", 35, ["Web shop platform"], ["Customer accounts"],
     {_F: {"low": 1, "mode": 4, "high": 10}, "losses": {"response": [1_000, 20_000], "replacement": [500, 30_000]}}),
    ("T-HARDWARE-FAILURE", "Backup appliance fails when needed", "Pablo Ortega", (2, 5), (2, 5), (1, 4), "mitigate", 60, ["Backup appliance"], [], None),
    ("T-SUPPLY-CHAIN", "Compromised update of the web shop platform", "Daniel Okafor", (2, 5), (2, 5), (2, 4), "accept", 200, ["Web shop platform"], ["Online orders and delivery"], None),
    ("T-CLOUD-OUTAGE", "Identity provider outage locks everyone out", "Daniel Okafor", (2, 4), (2, 4), (2, 3), "accept", 150, ["Identity provider (SSO)"], [], None),
    ("T-PAPER-LOSS", "Occupational health files lost in an office move", "Lucía Fernández", (2, 4), (2, 4), (1, 3), "mitigate", 80, ["Occupational health files"], ["Occupational health"], None),
    ("T-INSECURE-DISPOSAL", "Old scanners disposed of with data on them", "Tom Becker", (3, 2), (2, 2), (1, 2), "mitigate", 110, ["Handheld scanners"], [], None),
    ("T-EXCESSIVE-ACCESS", "Leavers keep access to the HR system", "Lucía Fernández", (3, 3), (3, 3), (2, 2), "mitigate", 5, ["HR information system", "Active Directory"], ["Staff administration"], None),
    ("T-SHADOW-IT", "Teams share customer lists in unsanctioned tools", "Marta Vidal", (4, 2), (4, 2), (3, 2), "mitigate", 70, ["Customer database"], ["E-mail marketing"], None),
    ("T-GENAI-LEAK", "Staff paste personal data into public AI chatbots", "Marta Vidal", (4, 3), (4, 3), (2, 3), "mitigate", 30, ["Staff laptops"], ["Customer support"], None),
    ("T-FLOOD", "Flood at the Zaragoza distribution centre", "Jonas Weber", (1, 4), (1, 4), (1, 3), "transfer", 365, ["Distribution centre Zaragoza"], [], None),
    ("T-INTERCEPTION", "Unencrypted scanner traffic intercepted in the warehouse", "Tom Becker", (2, 2), (2, 2), (1, 2), "accept", 240, ["Handheld scanners"], [], None),
    ("T-PURPOSE-CREEP", "Fraud data reused for marketing", "Marta Vidal", (2, 3), (2, 3), (1, 3), "avoid", 90, ["Customer database"], ["Fraud prevention"], None),
    ("T-ADMIN-ERROR", "Administrator deletes the wrong mailbox database", "Pablo Ortega", (2, 3), (2, 3), (1, 3), "mitigate", 130, ["Mail servers (Exchange cluster)"], [], None),
    ("T-TELECOM-OUTAGE", "Carrier outage cuts stores from the ERP", "Pablo Ortega", (3, 3), (3, 3), (2, 3), "mitigate", 160, ["ERP"], [], None),
    ("T-KEY-LOSS", "Encryption keys of the backup vault lost", "Pablo Ortega", (1, 5), (1, 5), (1, 5), "accept", -20, ["Offsite immutable backup"], [], None),
    ("T-MALWARE", "Info-stealer on a finance workstation", "Daniel Okafor", (4, 4), (3, 4), (2, 3), "mitigate", 21, ["Staff laptops", "ERP"], ["Accounts receivable and invoicing"], None),
]

CONTROLS = [
    ("C-MFA", "implemented"), ("C-EDR", "implemented"), ("C-BACKUP-IMMUTABLE", "implemented"),
    ("C-RESTORE-TEST", "planned"), ("C-EMAIL-FILTER", "implemented"), ("C-PATCH", "implemented"),
    ("C-FDE", "implemented"), ("C-WAF", "implementing"), ("C-DDOS-PROTECTION", "planned"),
    ("C-SEGMENTATION", "implementing"), ("C-SIEM", "implemented"), ("C-AWARENESS", "implemented"),
    ("C-PHISHING-SIMULATION", "planned"), ("C-DLP", "planned"), ("C-INCIDENT-RESPONSE", "implemented"),
    ("C-BREACH-PROCEDURE", "implemented"), ("C-RETENTION", "implementing"), ("C-VENDOR-DD", "implemented"),
    ("C-DPA", "implemented"), ("C-CYBER-INSURANCE", "implemented"), ("C-ACCESS-REVIEW", "planned"),
    ("C-UPS", "implemented"), ("C-DR-SITE", "planned"), ("C-DPIA", "implemented"),
]
# Which controls each risk (by threat code) relies on.
RISK_CONTROLS = {
    "T-RANSOMWARE": ["C-EDR", "C-BACKUP-IMMUTABLE", "C-RESTORE-TEST", "C-SEGMENTATION"],
    "T-PHISHING": ["C-MFA", "C-EMAIL-FILTER", "C-AWARENESS", "C-PHISHING-SIMULATION"],
    "T-WEB-APP-ATTACK": ["C-WAF", "C-PATCH"], "T-DDOS": ["C-DDOS-PROTECTION"],
    "T-DEVICE-THEFT": ["C-FDE"], "T-MISDIRECTED-EMAIL": ["C-DLP", "C-AWARENESS"],
    "T-VENDOR-BREACH": ["C-VENDOR-DD", "C-DPA", "C-CYBER-INSURANCE"],
    "T-POWER-OUTAGE": ["C-UPS"], "T-FIRE": ["C-DR-SITE", "C-CYBER-INSURANCE"],
    "T-OVER-RETENTION": ["C-RETENTION"], "T-EXCESSIVE-ACCESS": ["C-ACCESS-REVIEW"],
}
