// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/CertificateText.h"

#include <QLocale>
#include <QRegularExpression>

namespace Portico {

namespace {

QString arg(const QStringList& args, qsizetype index)
{
    return args.value(index);
}

QString isoDate(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? CertificateText::date(time) : iso;
}

QString joined(const QString& commaSeparated)
{
    return commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QStringLiteral(", "));
}

// The probe's URL without its random token, which says nothing to a person.
QString challengeUrl(const QString& url)
{
    static const QString path = QStringLiteral("/.well-known/acme-challenge/");
    const qsizetype at = url.indexOf(path);
    return at < 0 ? url : url.left(at + path.size()) + QStringLiteral("…");
}

} // namespace

QString CertificateText::error(const CertificateError& error)
{
    const QStringList& a = error.args;
    switch (error.code) {
    case CertificateErrorCode::InvalidData: {
        const QString what = arg(a, 0);
        if (what == QLatin1String("certificate"))
            return tr("Certificate number %1 in the file is damaged or is not a certificate.").arg(arg(a, 1));
        if (what == QLatin1String("private-key"))
            return tr("Private key number %1 in the file is damaged or is not a private key.").arg(arg(a, 1));
        if (what == QLatin1String("pem-block"))
            return tr("Part %1 of the file is damaged (bad characters or a missing END line). Copy the file again "
                      "from where it came from.")
                .arg(arg(a, 1));
        if (what == QLatin1String("pkcs12"))
            return tr("This is not a PKCS#12 file (.p12 or .pfx).");
        return tr("This file holds no certificate or key: it should contain lines like -----BEGIN "
                  "CERTIFICATE-----.");
    }
    case CertificateErrorCode::NoCertificate:
        return tr("No certificate was found. Choose the file your certificate authority sent (often .crt, .cer or "
                  ".pem).");
    case CertificateErrorCode::NoPrivateKey:
        return tr("No private key was found. Choose the key file that was made together with the certificate (often "
                  ".key), or a file that holds both.");
    case CertificateErrorCode::KeyMismatch:
        return tr("The private key does not belong to this certificate. Choose the key that was made together with "
                  "the certificate request.");
    case CertificateErrorCode::CertificateExpired:
        return tr("The certificate \"%1\" expired on %2. Ask its issuer for a new one.")
            .arg(arg(a, 0), isoDate(arg(a, 1)));
    case CertificateErrorCode::CertificateNotYetValid:
        return tr("The certificate \"%1\" is not valid before %2. Check this computer's date, or wait until then.")
            .arg(arg(a, 0), isoDate(arg(a, 1)));
    case CertificateErrorCode::ChainBroken:
        return tr("The certificate \"%1\" in the file does not belong to the chain of the server certificate. "
                  "Remove it, or use the chain file your certificate authority sent.")
            .arg(arg(a, 0));
    case CertificateErrorCode::UnsupportedKeyType:
        return tr("Keys of the type %1 cannot be used. Use RSA, ECDSA (P-256, P-384, P-521) or Ed25519.")
            .arg(arg(a, 0));
    case CertificateErrorCode::KeyTooWeak:
        return tr("The key has %1 bits, which browsers no longer accept; at least %2 are needed.")
            .arg(arg(a, 0), arg(a, 1));
    case CertificateErrorCode::PassphraseRequired:
        return tr("The private key is protected by a passphrase. Enter it below.");
    case CertificateErrorCode::WrongPassphrase:
        return tr("The passphrase for the private key is wrong.");
    case CertificateErrorCode::WrongPkcs12Password:
        return tr("The password for this file is wrong.");
    case CertificateErrorCode::UnsupportedPkcs12:
        return tr("The file is encrypted in a way this computer cannot read (%1). Export it again with AES "
                  "encryption.")
            .arg(arg(a, 0));
    case CertificateErrorCode::InvalidName:
        return tr("\"%1\" is not a valid host name or IP address.").arg(arg(a, 0));
    case CertificateErrorCode::NoNames:
        return tr("Enter at least one host name or IP address.");
    case CertificateErrorCode::NameNotPermitted:
        return tr("The local CA may only vouch for names within %2, not for \"%1\".").arg(arg(a, 0), joined(arg(a, 1)));
    case CertificateErrorCode::InvalidValidity:
        return tr("A certificate cannot be valid for %1 days here; choose between %2 and %3 days.")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case CertificateErrorCode::NotFound:
        return tr("This certificate no longer exists (it may have been removed meanwhile).");
    case CertificateErrorCode::WrongEntryKind:
        return tr("This entry cannot be used for that: it is a %1.")
            .arg(CertificateEntry::kindFromName(arg(a, 1)) ? kindName(*CertificateEntry::kindFromName(arg(a, 1)))
                                                           : arg(a, 1));
    case CertificateErrorCode::LocalCaExists:
        return tr("There already is a local certificate authority.");
    case CertificateErrorCode::NoLocalCa:
        return tr("There is no local certificate authority yet; create it first.");
    case CertificateErrorCode::ReadFailed:
        return tr("Cannot read %1: %2").arg(arg(a, 0), arg(a, 1));
    case CertificateErrorCode::WriteFailed:
        return tr("Cannot save %1: %2").arg(arg(a, 0), arg(a, 1));
    case CertificateErrorCode::CryptoFailed:
        return tr("The encryption library failed (%1: %2).").arg(arg(a, 0), arg(a, 1));
    case CertificateErrorCode::InUse:
        return tr("It is still used by %1. Choose another certificate there first.").arg(usedByList(a));
    }
    return tr("Unknown problem (%1)").arg(CertificateError::codeName(error.code));
}

QString CertificateText::acmeProblem(AcmeErrorCode code)
{
    switch (code) {
    case AcmeErrorCode::DnsFailure:
        return tr("The certificate authority could not find the name in DNS. Check the spelling, and that the name's "
                  "DNS record points to your office's public address.");
    case AcmeErrorCode::RateLimited:
        return tr("The certificate authority refused because too many certificates were asked for recently. Wait a "
                  "few hours (Let's Encrypt allows five identical certificates a week) and try again.");
    case AcmeErrorCode::Unauthorized:
        return tr("The certificate authority could not confirm that this computer answers for the name. The name "
                  "must point to your office's public address, and port 80 there must reach Portico.");
    case AcmeErrorCode::ConnectionRefused:
        return tr("The certificate authority could not connect to this computer on port 80. Forward port 80 of your "
                  "router or firewall to this computer, and keep the engine running.");
    case AcmeErrorCode::IncorrectResponse:
        return tr("The certificate authority reached a server under the name, but it gave the wrong answer: the name "
                  "may point to another computer, or another program answers port 80.");
    case AcmeErrorCode::TlsFailure:
        return tr("A secure connection to the name failed while the certificate authority checked it.");
    case AcmeErrorCode::CaaForbidden:
        return tr("A CAA record in the domain's DNS does not allow this certificate authority to issue for the name.");
    case AcmeErrorCode::RejectedIdentifier:
        return tr("The certificate authority does not issue certificates for this name. Internal names (such as "
                  ".lan or .local) and IP addresses cannot get public certificates: use the local CA for them.");
    case AcmeErrorCode::BadCsr:
        return tr("The certificate authority refused the certificate request Portico made.");
    case AcmeErrorCode::AccountProblem:
        return tr("The certificate authority has a problem with the account: its terms must be accepted, or it "
                  "needs an account arranged with it beforehand.");
    case AcmeErrorCode::Malformed:
        return tr("The certificate authority refused a request as malformed.");
    case AcmeErrorCode::BadNonce:
        return tr("The certificate authority kept rejecting Portico's requests. Try again later.");
    case AcmeErrorCode::ServerInternal:
        return tr("The certificate authority had an internal error. Try again later.");
    case AcmeErrorCode::OtherProblem:
        return tr("The certificate authority refused the order.");
    case AcmeErrorCode::NetworkError:
        return tr("Portico could not reach the certificate authority. Check this computer's internet connection.");
    case AcmeErrorCode::InvalidResponse:
        return tr("The certificate authority answered something Portico does not understand.");
    case AcmeErrorCode::ChallengeUnavailable:
        return tr("The certificate authority offered no check over HTTP, the only one Portico can answer.");
    case AcmeErrorCode::OrderInvalid:
        return tr("The certificate authority declined the order without saying why.");
    case AcmeErrorCode::Timeout:
        return tr("The certificate authority took too long to decide. Try again later.");
    case AcmeErrorCode::KeyFailure:
        return tr("Portico could not make the keys or the certificate request.");
    case AcmeErrorCode::Cancelled:
        return tr("The order was cancelled.");
    }
    return tr("The certificate authority refused the order.");
}

QString CertificateText::acmeError(const AcmeError& error)
{
    QString text = acmeProblem(error.code);
    const QString detail = error.detail.trimmed();
    if (!detail.isEmpty() && error.code != AcmeErrorCode::Cancelled)
        //: The certificate authority's (or the network's, or Portico's) own words, usually English.
        text += QLatin1Char('\n') + tr("Details: %1").arg(detail);
    return text;
}

QString CertificateText::acmeProblemByName(const QString& codeName)
{
    for (int code = 0; code <= static_cast<int>(AcmeErrorCode::Cancelled); ++code) {
        const auto value = static_cast<AcmeErrorCode>(code);
        if (AcmeError::codeName(value) == codeName)
            return acmeProblem(value);
    }
    return QString();
}

QString CertificateText::acmeOutcome(const AcmeOutcome& outcome)
{
    if (outcome.acmeError)
        return acmeError(*outcome.acmeError);
    if (outcome.storeError)
        return tr("The certificate arrived but could not be stored: %1").arg(error(*outcome.storeError));
    const QString names = outcome.names.join(QStringLiteral(", "));
    return outcome.renewal ? tr("The certificate for %1 was renewed.").arg(names)
                           : tr("The certificate for %1 was issued.").arg(names);
}

QString CertificateText::preflightTitle(const PreflightCheck& check)
{
    switch (check.kind) {
    case PreflightCheckKind::TermsAgreed:
        return tr("Terms of service");
    case PreflightCheckKind::HttpListener:
        return tr("Port %1 answered by Portico").arg(arg(check.args, 0));
    case PreflightCheckKind::EngineRunning:
        return tr("Engine running");
    case PreflightCheckKind::WildcardName:
        return tr("No wildcard name");
    case PreflightCheckKind::NameResolves:
        return tr("%1 found in DNS").arg(check.name);
    case PreflightCheckKind::ChallengeReachable:
        return tr("%1 reaches Portico").arg(check.name);
    case PreflightCheckKind::CurrentCertificate:
        return tr("Current certificate for %1").arg(check.name);
    }
    return PreflightCheck::kindName(check.kind);
}

QString CertificateText::preflightMessage(const PreflightCheck& check)
{
    const bool passed = check.status == PreflightStatus::Passed;
    QStringList a = check.args;
    switch (check.kind) {
    case PreflightCheckKind::TermsAgreed:
        return passed ? tr("You accepted the certificate authority's terms of service.")
                      : tr("The certificate authority's terms of service have not been accepted; it creates no "
                           "account without that.");
    case PreflightCheckKind::HttpListener:
        if (passed)
            return tr("Portico listens for http:// on port %1 (%2), where the certificate authority comes to check.")
                .arg(arg(a, 0), joined(arg(a, 1)));
        return tr("Portico does not listen for http:// on port %1, where the certificate authority comes to check. "
                  "Add an HTTP listener on 0.0.0.0 port %1 in the configuration.")
            .arg(arg(a, 0));
    case PreflightCheckKind::EngineRunning:
        return passed ? tr("The engine is running, so Portico can answer the certificate authority's check.")
                      : tr("The engine is stopped, so nothing answers the certificate authority's check. Press Start "
                           "first.");
    case PreflightCheckKind::WildcardName:
        return passed ? tr("Every name can be checked over HTTP.")
                      : tr("%1 is a wildcard name. Certificate authorities prove those only through DNS records, "
                           "which Portico cannot do: list the exact names instead, or use the local CA.")
                            .arg(arg(a, 0).isEmpty() ? check.name : arg(a, 0));
    case PreflightCheckKind::NameResolves:
        if (passed)
            return tr("%1 points to %2.").arg(check.name, joined(arg(a, 0)));
        if (check.status == PreflightStatus::Warning)
            return tr("%1 points to %2; make sure that address leads to this computer.")
                .arg(check.name, joined(arg(a, 0)));
        return tr("%1 is not in DNS (%2). Create a DNS record that points it to your office's public address.")
            .arg(check.name, arg(a, 0));
    case PreflightCheckKind::ChallengeReachable:
        if (!a.isEmpty())
            a[0] = challengeUrl(a.at(0));
        if (passed)
            return tr("A test check at %1 was answered by Portico.").arg(arg(a, 0));
        if (check.status == PreflightStatus::Warning)
            return tr("A test check at %1 could not be made (%2). The certificate authority may still reach Portico "
                      "from the internet.")
                .arg(arg(a, 0), arg(a, 1));
        return tr("A test check at %1 did not reach Portico (%2). The certificate authority would fail the same way: "
                  "check the DNS record and that port 80 is forwarded to this computer.")
            .arg(arg(a, 0), arg(a, 1));
    case PreflightCheckKind::CurrentCertificate: {
        if (arg(a, 0).isEmpty())
            return tr("There is no certificate for this name yet.");
        const int days = arg(a, 1).toInt();
        if (days < 0)
            return tr("The current certificate expired on %1; the new one replaces it.").arg(isoDate(arg(a, 2)));
        return passed
                   ? tr("The current certificate is valid for %n more day(s), until %1.", nullptr, days)
                         .arg(isoDate(arg(a, 2)))
                   : tr("The current certificate expires in %n day(s), on %1; the new one replaces it.", nullptr, days)
                         .arg(isoDate(arg(a, 2)));
    }
    }
    return check.message();
}

QString CertificateText::preflightStatusName(PreflightStatus status)
{
    switch (status) {
    case PreflightStatus::Passed:
        return tr("Passed");
    case PreflightStatus::Warning:
        return tr("Warning");
    case PreflightStatus::Failed:
        return tr("Failed");
    }
    return QString();
}

QString CertificateText::sourceName(CertificateSource source)
{
    switch (source) {
    case CertificateSource::Imported:
        return tr("Imported");
    case CertificateSource::SelfSigned:
        return tr("Self-signed");
    case CertificateSource::LocalCa:
        return tr("Local CA");
    case CertificateSource::Acme:
        return tr("Automatic (ACME)");
    case CertificateSource::Csr:
        return tr("Commercial CA");
    }
    return QString();
}

QString CertificateText::kindName(CertificateEntryKind kind)
{
    switch (kind) {
    case CertificateEntryKind::Certificate:
        return tr("server certificate");
    case CertificateEntryKind::LocalCa:
        return tr("local certificate authority");
    case CertificateEntryKind::PendingRequest:
        return tr("request waiting for its answer");
    }
    return QString();
}

QString CertificateText::keyTypeName(CertificateKeyType type)
{
    switch (type) {
    case CertificateKeyType::EcdsaP256:
        return tr("ECDSA P-256 (recommended)");
    case CertificateKeyType::EcdsaP384:
        return tr("ECDSA P-384");
    case CertificateKeyType::Rsa2048:
        return tr("RSA 2048 (for old devices)");
    case CertificateKeyType::Rsa3072:
        return tr("RSA 3072");
    case CertificateKeyType::Rsa4096:
        return tr("RSA 4096 (slow)");
    }
    return QString();
}

QString CertificateText::keyDescription(const CertificateInfo& info)
{
    if (info.isNull() || info.keyAlgorithm == KeyAlgorithm::Unknown)
        return tr("unknown");
    return info.keyType();
}

QString CertificateText::expiryRelative(const CertificateInfo& info, const QDateTime& now)
{
    if (info.isNull())
        return QString();
    if (info.notAfter <= now) {
        const int ago = static_cast<int>(info.notAfter.daysTo(now));
        return ago == 0 ? tr("expired today") : tr("expired %n day(s) ago", nullptr, ago);
    }
    const int days = static_cast<int>(info.daysLeft(now));
    return days == 0 ? tr("expires today") : tr("in %n day(s)", nullptr, days);
}

QString CertificateText::date(const QDateTime& time)
{
    if (!time.isValid())
        return QString();
    // The short format with the full year: "1/1/25" could be 2025 or 2125, and certificates reach that far.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(time.toLocalTime().date(), format);
}

QString CertificateText::dateTime(const QDateTime& time)
{
    if (!time.isValid())
        return QString();
    //: A date and a time of day, e.g. "1/1/2027 9:00 AM".
    return tr("%1 %2").arg(date(time), QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat));
}

QString CertificateText::usedBy(const QString& place)
{
    static const QRegularExpression pattern(QStringLiteral("^(sites|listeners)\\[\\d+\\]\\s*(?:\\((.*)\\))?$"));
    const QRegularExpressionMatch match = pattern.match(place);
    if (!match.hasMatch())
        return place;
    const QString what = match.captured(2);
    if (match.captured(1) == QLatin1String("sites"))
        return tr("site \"%1\"").arg(what);
    return tr("listener %1").arg(what);
}

QString CertificateText::usedByList(const QStringList& places)
{
    QStringList worded;
    for (const QString& place : places)
        worded << usedBy(place);
    return worded.join(QStringLiteral(", "));
}

} // namespace Portico
