"""The signature a report carries, checked as a reader without the register would."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from privguard.domain.errors import ValidationError
from privguard.reports import pades


def _pdf(text: str = "Board report") -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def identity():
    return pades.new_identity("Acme Retail S.L.")


@pytest.fixture(scope="module")
def signed(identity):
    return pades.sign(_pdf(), identity, reason="Issued from the PrivGuard register of Acme")


def test_pyhankos_own_validator_trusts_it_with_the_published_certificate(identity, signed):
    from asn1crypto import x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    published = pades.read_certificate(pades.certificate_pem(identity.cert_der).encode(), "c.pem")
    embedded = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    assert len(embedded) == 1
    assert embedded[0].sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    status = validate_pdf_signature(embedded[0], ValidationContext(
        trust_roots=[x509.Certificate.load(published)], allow_fetching=False))
    assert status.bottom_line and status.trusted and status.intact
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE


def test_the_certificate_is_p256_long_lived_and_for_signing(identity):
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec

    cert = x509.load_der_x509_certificate(identity.cert_der)
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    assert cert.public_key().curve.name == "secp256r1"
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365
    assert years >= 25
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert "Acme Retail S.L." in cert.subject.rfc4514_string()


def test_an_intact_file_names_its_signer_to_compare(identity, signed):
    result = pades.check(signed, name="board.pdf")
    assert result.ok
    assert result.fingerprint == identity.fingerprint
    assert str(result.message) == (
        f"board.pdf is intact, signed by {identity.fingerprint} — compare it with the "
        "fingerprint your organisation published.")
    assert len(identity.fingerprint.replace(" ", "")) == 64


def test_one_changed_byte_anywhere_is_refused(signed):
    for where in (len(signed) // 5, len(signed) // 2, len(signed) - 40):
        data = bytearray(signed)
        data[where] ^= 0x01
        result = pades.check(bytes(data), name="b.pdf")
        assert not result.ok, where


def test_bytes_appended_after_signing_are_refused(signed):
    for tail in (b"\n", b"%% a note\n", _pdf("Forged page")):
        result = pades.check(signed + tail, name="b.pdf")
        assert not result.ok
        assert "changed after it was signed" in str(result.message)


def test_a_second_signature_added_later_is_refused(identity, signed):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    other = pades.new_identity("Mallory")
    from asn1crypto import keys, x509

    signer = signers.SimpleSigner(signing_cert=x509.Certificate.load(other.cert_der),
                                  signing_key=keys.PrivateKeyInfo.load(other.key_der),
                                  cert_registry=None)
    twice = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(signed)),
                             signers.PdfSignatureMetadata(field_name="Other"),
                             signer=signer).getvalue()
    result = pades.check(twice, name="b.pdf")
    assert not result.ok and "more than one signature" in str(result.message)


def test_a_report_signed_by_another_key_is_refused_when_pinned(identity):
    forged = pades.sign(_pdf(), pades.new_identity("Acme Retail S.L."))
    assert pades.check(forged, name="f.pdf").ok  # intact, but its fingerprint differs
    result = pades.check(forged, (identity.cert_der,), name="f.pdf")
    assert not result.ok
    assert "not by the one you gave" in str(result.message)
    assert identity.fingerprint in str(result.message)
    assert pades.check(pades.sign(_pdf(), identity), (identity.cert_der,), name="f.pdf").ok


def test_files_that_are_not_signed_reports_say_so_in_one_sentence():
    for data, words in ((_pdf(), "carries no signature"), (b"", "not a readable PDF"),
                        (b"%PDF-1.4\n" + b"\x00" * 500, "not a readable PDF"),
                        (b"[" * 200_000, "not a readable PDF")):
        result = pades.check(data, name="x.pdf")
        assert not result.ok and words in str(result.message)
        assert "\n" not in str(result.message)


def test_certificate_files_are_read_as_pem_or_der_and_anything_else_refused(identity):
    pem = pades.certificate_pem(identity.cert_der)
    assert pem.startswith("-----BEGIN CERTIFICATE-----\n")
    assert "PRIVATE" not in pem
    assert pades.read_certificate(pem.encode(), "c.pem") == identity.cert_der
    assert pades.read_certificate(identity.cert_der, "c.der") == identity.cert_der
    for junk in (b"", b"hello", pem.replace("M", "!").encode(), identity.key_der):
        with pytest.raises(ValidationError, match="is not a certificate"):
            pades.read_certificate(junk, "c.pem")


def test_names_with_control_characters_and_great_length_make_a_valid_certificate():
    from cryptography import x509

    made = pades.new_identity("Acme\n\tS.L. " + "x" * 500)
    cert = x509.load_der_x509_certificate(made.cert_der)
    org = cert.subject.get_attributes_for_oid(x509.oid.NameOID.ORGANIZATION_NAME)[0].value
    assert "\n" not in org and len(org) <= 64
    assert pades.check(pades.sign(_pdf(), made), name="x.pdf").ok
    assert pades.new_identity("").cert_der  # an organisation not yet named
