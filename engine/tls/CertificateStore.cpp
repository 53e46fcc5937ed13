// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/CertificateStore.h"

#include "core/Logging.h"
#include "io/FileModes.h"
#include "tls/CertificateFactory.h"
#include "tls/CertificateNames.h"
#include "tls/ChainBuilder.h"
#include "tls/PemParser.h"
#include "tls/Pkcs12Reader.h"
#include "tls/X509Reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

namespace Portico {

using namespace OpenSsl;

namespace {

const QString certificateFileName = QStringLiteral("certificate.pem");
const QString keyFileName = QStringLiteral("key.pem");
const QString requestFileName = QStringLiteral("request.csr");
const QString metadataFileName = QStringLiteral("entry.json");
constexpr int metadataFormat = 1;
constexpr qsizetype idLength = 16;

constexpr QFileDevice::Permissions readable =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// Certificates made here start an hour early, so a client whose clock is a little behind still accepts them.
constexpr qint64 backdateSeconds = 3600;

// Everything one entry folder holds.
struct EntryContent
{
    QString name;
    CertificateEntryKind kind = CertificateEntryKind::Certificate;
    CertificateSource source = CertificateSource::Imported;
    QDateTime created;
    QStringList requestedNames;
    QStringList permittedDomains; // local CA only
    QByteArray certificatePem;
    QByteArray keyPem;
    QByteArray requestPem;

    EntryContent() = default;
    EntryContent(const EntryContent&) = delete;
    EntryContent& operator=(const EntryContent&) = delete;
    ~EntryContent() { keyPem.fill('\0'); }
};

bool isValidId(const QString& id)
{
    return id.size() == idLength && std::all_of(id.begin(), id.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QString newId()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), idLength, 16, QLatin1Char('0'));
}

bool readBytes(const QString& path, QByteArray& bytes, QString& reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reason = file.errorString();
        return false;
    }
    bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        reason = file.errorString();
        return false;
    }
    return true;
}

std::optional<CertificateError> readFile(const QString& path, QByteArray& bytes)
{
    QString reason;
    if (!readBytes(path, bytes, reason))
        return CertificateError{CertificateErrorCode::ReadFailed, {path, reason}};
    return std::nullopt;
}

// QSaveFile's temporary file takes the umask's mode; it is narrowed before the first byte goes in.
std::optional<CertificateError> writeFile(const QString& path, const QByteArray& bytes,
                                          QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return CertificateError{CertificateErrorCode::WriteFailed, {path, reason}};
    }
    return std::nullopt;
}

// mkdir's mode is narrowed by the umask; the explicit chmod makes it exactly owner-only either way.
std::optional<CertificateError> makeFolder(const QString& path)
{
    if (!QDir().mkdir(path, FileModes::ownerOnlyFolder) || !QFile::setPermissions(path, FileModes::ownerOnlyFolder))
        return CertificateError{CertificateErrorCode::WriteFailed, {path, QStringLiteral("cannot create the folder")}};
    return std::nullopt;
}

QByteArray metadataJson(const EntryContent& content)
{
    QJsonObject object{
        {QStringLiteral("format"), metadataFormat},
        {QStringLiteral("name"), content.name},
        {QStringLiteral("kind"), CertificateEntry::kindName(content.kind)},
        {QStringLiteral("source"), CertificateEntry::sourceName(content.source)},
        {QStringLiteral("created"), content.created.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (!content.requestedNames.isEmpty())
        object.insert(QStringLiteral("requestedNames"), QJsonArray::fromStringList(content.requestedNames));
    if (!content.permittedDomains.isEmpty())
        object.insert(QStringLiteral("permittedDomains"), QJsonArray::fromStringList(content.permittedDomains));
    return QJsonDocument(object).toJson();
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

QByteArray chainPem(const X509List& certificates)
{
    QByteArray pem;
    for (const X509Ptr& certificate : certificates)
        pem += toPem(certificate.get());
    return pem;
}

X509List copies(const X509List& certificates)
{
    X509List list;
    for (const X509Ptr& certificate : certificates)
        list.push_back(share(certificate.get()));
    return list;
}

// The one private key in a PEM file the store wrote.
EvpPkeyPtr readStoredKey(const QByteArray& pem)
{
    PemParser::Material material;
    if (PemParser::parse(pem, QString(), material) || material.keys.size() != 1)
        return EvpPkeyPtr();
    return std::move(material.keys.front());
}

// The common name of a certificate made here: its first host name, else its first address. A CA restricted to
// domains would read an address in the common name as a host name outside them, so then there is none.
QString commonNameFor(const QStringList& dnsNames, const QStringList& ipAddresses, bool constrained)
{
    if (!dnsNames.isEmpty())
        return dnsNames.first();
    return constrained ? QString() : ipAddresses.value(0);
}

std::optional<CertificateError> checkDays(int days, int maximum)
{
    if (days < 1 || days > maximum)
        return CertificateError{CertificateErrorCode::InvalidValidity,
                                {QString::number(days), QStringLiteral("1"), QString::number(maximum)}};
    return std::nullopt;
}

bool withinDomains(const QString& dnsName, const QStringList& domains)
{
    const QString name = dnsName.startsWith(QLatin1String("*.")) ? dnsName.mid(2) : dnsName;
    return std::any_of(domains.begin(), domains.end(), [&name](const QString& domain) {
        return name == domain || name.endsWith(QLatin1Char('.') + domain);
    });
}

CertificateError cryptoFailed(const char* operation)
{
    return CertificateError{CertificateErrorCode::CryptoFailed, {QString::fromLatin1(operation), takeErrors()}};
}

// Checks a certificate the local CA just signed the way a client will, so a fault shows here, not in a browser.
std::optional<CertificateError> verifyIssued(X509* leaf, X509* ca, const QDateTime& now)
{
    Ptr<X509_STORE, X509_STORE_free> trust(X509_STORE_new());
    Ptr<X509_STORE_CTX, X509_STORE_CTX_free> context(X509_STORE_CTX_new());
    if (!trust || !context || X509_STORE_add_cert(trust.get(), ca) != 1 ||
        X509_STORE_CTX_init(context.get(), trust.get(), leaf, nullptr) != 1)
        return cryptoFailed("verify");
    X509_VERIFY_PARAM* parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, static_cast<time_t>(now.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_SSL_SERVER);
    if (X509_verify_cert(context.get()) == 1)
        return std::nullopt;
    const int error = X509_STORE_CTX_get_error(context.get());
    clearErrors();
    return CertificateError{CertificateErrorCode::CryptoFailed,
                            {QStringLiteral("verify"), QString::fromLatin1(X509_verify_cert_error_string(error))}};
}

} // namespace

CertificateStore::CertificateStore(QString directory, const Clock& clock)
    : m_directory(std::move(directory))
    , m_clock(clock)
{}

QString CertificateStore::entryPath(const QString& id) const
{
    return QDir(m_directory).filePath(id);
}

CertificateResult CertificateStore::failed(const char* operation, CertificateError error) const
{
    qCWarning(lcTls).noquote() << operation << "refused:" << error.toString();
    CertificateResult result;
    result.error = std::move(error);
    return result;
}

std::optional<CertificateEntry> CertificateStore::readEntry(const QString& id) const
{
    if (!isValidId(id))
        return std::nullopt;
    const QDir folder(entryPath(id));
    QByteArray json;
    QString reason;
    if (!readBytes(folder.filePath(metadataFileName), json, reason))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const auto kind = CertificateEntry::kindFromName(object.value(QStringLiteral("kind")).toString());
    const auto source = CertificateEntry::sourceFromName(object.value(QStringLiteral("source")).toString());
    if (!kind || !source) {
        qCWarning(lcTls).noquote() << "Certificate entry" << id << "has damaged metadata; skipped";
        return std::nullopt;
    }
    CertificateEntry entry;
    entry.id = id;
    entry.name = object.value(QStringLiteral("name")).toString();
    entry.kind = *kind;
    entry.source = *source;
    entry.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    entry.requestedNames = stringList(object.value(QStringLiteral("requestedNames")));
    if (entry.kind == CertificateEntryKind::PendingRequest)
        return entry;
    QByteArray pem;
    if (!readBytes(folder.filePath(certificateFileName), pem, reason) ||
        (entry.info = CertificateInfo::fromPem(pem)).isNull()) {
        qCWarning(lcTls).noquote() << "Certificate entry" << id << "has no readable certificate; skipped";
        return std::nullopt;
    }
    return entry;
}

QList<CertificateEntry> CertificateStore::list() const
{
    QList<CertificateEntry> entries;
    const QStringList names = QDir(m_directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        if (auto entry = readEntry(name))
            entries.append(std::move(*entry));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const CertificateEntry& a, const CertificateEntry& b) { return a.created < b.created; });
    return entries;
}

std::optional<CertificateEntry> CertificateStore::entry(const QString& id) const
{
    return readEntry(id);
}

CertificateInfo CertificateStore::info(const QString& id) const
{
    const std::optional<CertificateEntry> found = readEntry(id);
    return found ? found->info : CertificateInfo();
}

CertificateResult CertificateStore::remove(const QString& id)
{
    if (!readEntry(id) && !(isValidId(id) && QFileInfo(entryPath(id)).isDir()))
        return failed("remove", {CertificateErrorCode::NotFound, {id}});
    // Renamed away first, so a removal cut short leaves no half entry behind under the id.
    const QString doomed = QDir(m_directory).filePath(QStringLiteral(".removed-") + id + QLatin1Char('-') + newId());
    if (!QDir().rename(entryPath(id), doomed))
        return failed("remove", {CertificateErrorCode::WriteFailed, {entryPath(id), QStringLiteral("cannot rename")}});
    QDir(doomed).removeRecursively();
    qCInfo(lcTls).noquote() << "Removed certificate entry" << id;
    CertificateResult result;
    result.id = id;
    return result;
}

QString CertificateStore::certificateFile(const QString& id) const
{
    const std::optional<CertificateEntry> found = readEntry(id);
    if (!found || found->kind == CertificateEntryKind::PendingRequest)
        return QString();
    return QDir(entryPath(id)).filePath(certificateFileName);
}

QString CertificateStore::keyFile(const QString& id) const
{
    const std::optional<CertificateEntry> found = readEntry(id);
    if (!found || found->kind == CertificateEntryKind::PendingRequest)
        return QString();
    return QDir(entryPath(id)).filePath(keyFileName);
}

QString CertificateStore::findFor(const QString& hostname) const
{
    const QDateTime now = m_clock.now();
    const QList<CertificateEntry> entries = list();
    for (const bool wildcard : {false, true}) {
        const CertificateEntry* best = nullptr;
        for (const CertificateEntry& candidate : entries) {
            if (candidate.kind != CertificateEntryKind::Certificate || !candidate.info.isValidAt(now))
                continue;
            const bool matches =
                wildcard ? candidate.info.matchesWildcard(hostname) : candidate.info.matchesExactly(hostname);
            if (matches && (!best || candidate.info.notAfter > best->info.notAfter))
                best = &candidate;
        }
        if (best)
            return best->id;
    }
    return QString();
}

namespace {

// Writes the entry into a fresh owner-only staging folder beside the entries and returns that folder.
std::optional<CertificateError> stage(const QString& directory, const EntryContent& content, QString& staging)
{
    if (!QFileInfo::exists(directory)) {
        if (!QDir().mkpath(directory) || !QFile::setPermissions(directory, FileModes::ownerOnlyFolder))
            return CertificateError{CertificateErrorCode::WriteFailed,
                                    {directory, QStringLiteral("cannot create the folder")}};
    }
    staging = QDir(directory).filePath(QStringLiteral(".staging-") + newId());
    std::optional<CertificateError> error = makeFolder(staging);
    const QDir folder(staging);
    if (!error && !content.certificatePem.isEmpty())
        error = writeFile(folder.filePath(certificateFileName), content.certificatePem, readable);
    if (!error && !content.requestPem.isEmpty())
        error = writeFile(folder.filePath(requestFileName), content.requestPem, readable);
    if (!error)
        error = writeFile(folder.filePath(keyFileName), content.keyPem, FileModes::ownerOnly);
    if (!error)
        error = writeFile(folder.filePath(metadataFileName), metadataJson(content), readable);
    if (error)
        QDir(staging).removeRecursively();
    return error;
}

// Moves a staged entry under its id. A replaced entry is renamed aside first and removed only once the new one
// is in place; if the new one cannot be moved in, the old one goes back.
std::optional<CertificateError> install(const QString& directory, const QString& staging, const QString& id,
                                        bool replacing)
{
    const QDir root(directory);
    const QString target = root.filePath(id);
    QString old;
    if (replacing) {
        old = root.filePath(QStringLiteral(".replaced-") + id + QLatin1Char('-') + newId());
        if (!QDir().rename(target, old)) {
            QDir(staging).removeRecursively();
            return CertificateError{CertificateErrorCode::WriteFailed, {target, QStringLiteral("cannot rename")}};
        }
    }
    if (!QDir().rename(staging, target)) {
        QDir(staging).removeRecursively();
        if (replacing)
            QDir().rename(old, target);
        return CertificateError{CertificateErrorCode::WriteFailed, {target, QStringLiteral("cannot rename")}};
    }
    if (replacing)
        QDir(old).removeRecursively();
    return std::nullopt;
}

void fillFromChain(EntryContent& content, const ChainBuilder::Chain& chain)
{
    content.certificatePem = chainPem(chain.certificates);
    content.keyPem = privateKeyToPem(chain.key.get());
}

} // namespace

CertificateResult CertificateStore::importPem(const QByteArray& certificates, const QByteArray& key,
                                              const CertificateImportOptions& options)
{
    PemParser::Material material;
    std::optional<CertificateError> error = PemParser::parse(certificates, options.passphrase, material);
    if (!error && key != certificates)
        error = PemParser::parse(key, options.passphrase, material);
    if (error)
        return failed("import", std::move(*error));
    ChainBuilder::Chain chain;
    if (auto buildError = ChainBuilder::build(std::move(material), chain))
        return failed("import", std::move(*buildError));
    if (!options.allowExpired) {
        if (auto validityError = ChainBuilder::checkValidity(chain.certificates, m_clock.now()))
            return failed("import", std::move(*validityError));
    }

    EntryContent content;
    fillFromChain(content, chain);
    content.name = options.name.isEmpty() ? X509Reader::displayName(chain.certificates.front().get()) : options.name;
    content.source = options.source;
    content.created = m_clock.now();
    const QString id = newId();
    QString staging;
    if (auto writeError = stage(m_directory, content, staging))
        return failed("import", std::move(*writeError));
    if (auto installError = install(m_directory, staging, id, false))
        return failed("import", std::move(*installError));

    const CertificateInfo stored = X509Reader::describe(chain.certificates);
    qCInfo(lcTls).noquote() << "Stored certificate" << id << "for" << stored.commonName << "(" << stored.keyType()
                            << ", valid until" << stored.notAfter.toString(Qt::ISODate) << ", chain of"
                            << chain.certificates.size() << ", source" << CertificateEntry::sourceName(options.source)
                            << ")";
    CertificateResult result;
    result.id = id;
    return result;
}

CertificateResult CertificateStore::importPemFiles(const QString& certificateFile, const QString& keyFile,
                                                   const CertificateImportOptions& options)
{
    QByteArray certificates;
    QByteArray key;
    if (auto error = readFile(certificateFile, certificates))
        return failed("import", std::move(*error));
    if (!keyFile.isEmpty()) {
        if (auto error = readFile(keyFile, key))
            return failed("import", std::move(*error));
    }
    CertificateResult result = importPem(certificates, key, options);
    key.fill('\0');
    return result;
}

CertificateResult CertificateStore::importPkcs12(const QByteArray& data, const QString& password,
                                                 const CertificateImportOptions& options)
{
    PemParser::Material material;
    if (auto error = Pkcs12Reader::read(data, password, material))
        return failed("PKCS#12 import", std::move(*error));
    // Reassembled as PEM so PKCS#12 and PEM imports share one path: matching, ordering, validity, storing.
    QByteArray pem;
    for (const X509Ptr& certificate : material.certificates)
        pem += toPem(certificate.get());
    for (const EvpPkeyPtr& key : material.keys)
        pem += privateKeyToPem(key.get());
    CertificateImportOptions plain = options;
    plain.passphrase.clear();
    CertificateResult result = importPem(pem, QByteArray(), plain);
    pem.fill('\0');
    return result;
}

CertificateResult CertificateStore::importPkcs12File(const QString& file, const QString& password,
                                                     const CertificateImportOptions& options)
{
    QByteArray data;
    if (auto error = readFile(file, data))
        return failed("PKCS#12 import", std::move(*error));
    return importPkcs12(data, password, options);
}

CertificateResult CertificateStore::replacePem(const QString& id, const QByteArray& certificates, const QByteArray& key,
                                               const CertificateImportOptions& options)
{
    const std::optional<CertificateEntry> existing = readEntry(id);
    if (!existing)
        return failed("replace", {CertificateErrorCode::NotFound, {id}});
    if (existing->kind != CertificateEntryKind::Certificate)
        return failed("replace", {CertificateErrorCode::WrongEntryKind,
                                  {id, CertificateEntry::kindName(existing->kind),
                                   CertificateEntry::kindName(CertificateEntryKind::Certificate)}});
    PemParser::Material material;
    std::optional<CertificateError> error = PemParser::parse(certificates, options.passphrase, material);
    if (!error && key != certificates)
        error = PemParser::parse(key, options.passphrase, material);
    if (error)
        return failed("replace", std::move(*error));
    ChainBuilder::Chain chain;
    if (auto buildError = ChainBuilder::build(std::move(material), chain))
        return failed("replace", std::move(*buildError));
    if (!options.allowExpired) {
        if (auto validityError = ChainBuilder::checkValidity(chain.certificates, m_clock.now()))
            return failed("replace", std::move(*validityError));
    }
    EntryContent content;
    fillFromChain(content, chain);
    content.name = options.name.isEmpty() ? existing->name : options.name;
    content.source = existing->source;
    content.created = existing->created;
    QString staging;
    if (auto writeError = stage(m_directory, content, staging))
        return failed("replace", std::move(*writeError));
    if (auto installError = install(m_directory, staging, id, true))
        return failed("replace", std::move(*installError));
    qCInfo(lcTls).noquote()
        << "Replaced the certificate of entry" << id << "; now valid until"
        << X509Reader::toDateTime(X509_get0_notAfter(chain.certificates.front().get())).toString(Qt::ISODate);
    CertificateResult result;
    result.id = id;
    return result;
}

CertificateResult CertificateStore::createSelfSigned(const NewCertificateOptions& options)
{
    CertificateFactory::Subject subject;
    if (auto error = CertificateNames::split(options.names, subject.dnsNames, subject.ipAddresses))
        return failed("self-signed certificate", std::move(*error));
    if (auto error = checkDays(options.validityDays, maxSelfSignedDays))
        return failed("self-signed certificate", std::move(*error));
    subject.commonName = commonNameFor(subject.dnsNames, subject.ipAddresses, false);

    const QDateTime now = m_clock.now();
    ChainBuilder::Chain chain;
    chain.key = CertificateFactory::generateKey(options.keyType);
    if (!chain.key)
        return failed("self-signed certificate", cryptoFailed("key generation"));
    X509Ptr certificate = CertificateFactory::selfSigned(chain.key.get(), subject, now.addSecs(-backdateSeconds),
                                                         now.addDays(options.validityDays));
    if (!certificate)
        return failed("self-signed certificate", cryptoFailed("signing"));
    chain.certificates.push_back(std::move(certificate));

    EntryContent content;
    fillFromChain(content, chain);
    content.name = options.name.isEmpty() ? subject.commonName : options.name;
    content.source = CertificateSource::SelfSigned;
    content.created = now;
    const QString id = newId();
    QString staging;
    if (auto error = stage(m_directory, content, staging))
        return failed("self-signed certificate", std::move(*error));
    if (auto error = install(m_directory, staging, id, false))
        return failed("self-signed certificate", std::move(*error));
    qCInfo(lcTls).noquote() << "Created self-signed certificate" << id << "for"
                            << (subject.dnsNames + subject.ipAddresses).join(QStringLiteral(", ")) << "valid for"
                            << options.validityDays << "days";
    CertificateResult result;
    result.id = id;
    return result;
}

QString CertificateStore::localCaId() const
{
    for (const CertificateEntry& candidate : list()) {
        if (candidate.kind == CertificateEntryKind::LocalCa)
            return candidate.id;
    }
    return QString();
}

CertificateResult CertificateStore::createLocalCa(const QString& officeName, const QStringList& permittedDomains)
{
    const QString existing = localCaId();
    if (!existing.isEmpty())
        return failed("local CA", {CertificateErrorCode::LocalCaExists, {existing}});
    QStringList domains;
    for (const QString& domain : permittedDomains) {
        const QString normalized = CertificateNames::normalizedDnsName(domain);
        if (normalized.isEmpty() || normalized.startsWith(QLatin1String("*.")))
            return failed("local CA", {CertificateErrorCode::InvalidName, {domain}});
        if (!domains.contains(normalized))
            domains.append(normalized);
    }
    const QString office = officeName.simplified();
    const QString commonName =
        office.isEmpty() ? QStringLiteral("Portico Local CA") : QStringLiteral("Portico Local CA \u2013 ") + office;

    const QDateTime now = m_clock.now();
    EvpPkeyPtr key = CertificateFactory::generateKey(CertificateKeyType::EcdsaP256);
    if (!key)
        return failed("local CA", cryptoFailed("key generation"));
    X509Ptr certificate = CertificateFactory::certificateAuthority(key.get(), commonName, now.addSecs(-backdateSeconds),
                                                                   now.addDays(localCaDays), domains);
    if (!certificate)
        return failed("local CA", cryptoFailed("signing"));

    EntryContent content;
    content.certificatePem = toPem(certificate.get());
    content.keyPem = privateKeyToPem(key.get());
    content.name = X509Reader::displayName(certificate.get());
    content.kind = CertificateEntryKind::LocalCa;
    content.source = CertificateSource::LocalCa;
    content.created = now;
    content.permittedDomains = domains;
    const QString id = newId();
    QString staging;
    if (auto error = stage(m_directory, content, staging))
        return failed("local CA", std::move(*error));
    if (auto error = install(m_directory, staging, id, false))
        return failed("local CA", std::move(*error));
    qCInfo(lcTls).noquote() << "Created local CA" << id << content.name
                            << (domains.isEmpty() ? QStringLiteral("without name constraints")
                                                  : QStringLiteral("limited to ") + domains.join(QStringLiteral(", ")));
    CertificateResult result;
    result.id = id;
    return result;
}

CertificateResult CertificateStore::issueFromLocalCa(const NewCertificateOptions& options)
{
    const QString caId = localCaId();
    if (caId.isEmpty())
        return failed("local CA certificate", {CertificateErrorCode::NoLocalCa, {}});
    CertificateFactory::Subject subject;
    if (auto error = CertificateNames::split(options.names, subject.dnsNames, subject.ipAddresses))
        return failed("local CA certificate", std::move(*error));
    if (auto error = checkDays(options.validityDays, maxLocalCaLeafDays))
        return failed("local CA certificate", std::move(*error));

    const QDir caFolder(entryPath(caId));
    QByteArray caJson;
    QByteArray caPem;
    QByteArray caKeyPem;
    if (auto error = readFile(caFolder.filePath(metadataFileName), caJson))
        return failed("local CA certificate", std::move(*error));
    if (auto error = readFile(caFolder.filePath(certificateFileName), caPem))
        return failed("local CA certificate", std::move(*error));
    if (auto error = readFile(caFolder.filePath(keyFileName), caKeyPem))
        return failed("local CA certificate", std::move(*error));
    X509List caCertificates = X509Reader::readCertificates(caPem);
    EvpPkeyPtr caKey = readStoredKey(caKeyPem);
    caKeyPem.fill('\0');
    if (caCertificates.empty() || !caKey)
        return failed("local CA certificate",
                      {CertificateErrorCode::ReadFailed, {caFolder.path(), QStringLiteral("damaged local CA files")}});
    X509* ca = caCertificates.front().get();

    const QStringList domains =
        stringList(QJsonDocument::fromJson(caJson).object().value(QStringLiteral("permittedDomains")));
    if (!domains.isEmpty()) {
        for (const QString& name : std::as_const(subject.dnsNames)) {
            if (!withinDomains(name, domains))
                return failed("local CA certificate",
                              {CertificateErrorCode::NameNotPermitted, {name, domains.join(QStringLiteral(", "))}});
        }
    }
    subject.commonName = commonNameFor(subject.dnsNames, subject.ipAddresses, !domains.isEmpty());

    const QDateTime now = m_clock.now();
    const QDateTime caNotAfter = X509Reader::toDateTime(X509_get0_notAfter(ca));
    if (now > caNotAfter)
        return failed("local CA certificate", {CertificateErrorCode::CertificateExpired,
                                               {X509Reader::displayName(ca), caNotAfter.toString(Qt::ISODate)}});
    ChainBuilder::Chain chain;
    chain.key = CertificateFactory::generateKey(options.keyType);
    if (!chain.key)
        return failed("local CA certificate", cryptoFailed("key generation"));
    // A certificate cannot outlive the CA that vouches for it.
    X509Ptr certificate =
        CertificateFactory::issue(chain.key.get(), subject, ca, caKey.get(), now.addSecs(-backdateSeconds),
                                  std::min(now.addDays(options.validityDays), caNotAfter));
    if (!certificate)
        return failed("local CA certificate", cryptoFailed("signing"));
    if (auto error = verifyIssued(certificate.get(), ca, now))
        return failed("local CA certificate", std::move(*error));
    chain.certificates.push_back(std::move(certificate));

    EntryContent content;
    fillFromChain(content, chain);
    content.name = options.name.isEmpty() ? subject.dnsNames.value(0, subject.ipAddresses.value(0)) : options.name;
    content.source = CertificateSource::LocalCa;
    content.created = now;
    const QString id = newId();
    QString staging;
    if (auto error = stage(m_directory, content, staging))
        return failed("local CA certificate", std::move(*error));
    if (auto error = install(m_directory, staging, id, false))
        return failed("local CA certificate", std::move(*error));
    qCInfo(lcTls).noquote() << "Local CA issued certificate" << id << "for"
                            << (subject.dnsNames + subject.ipAddresses).join(QStringLiteral(", ")) << "valid for"
                            << options.validityDays << "days";
    CertificateResult result;
    result.id = id;
    return result;
}

CertificateResult CertificateStore::exportLocalCa(ExportFormat format) const
{
    const QString caId = localCaId();
    if (caId.isEmpty())
        return failed("local CA export", {CertificateErrorCode::NoLocalCa, {}});
    QByteArray pem;
    if (auto error = readFile(QDir(entryPath(caId)).filePath(certificateFileName), pem))
        return failed("local CA export", std::move(*error));
    const X509List certificates = X509Reader::readCertificates(pem);
    if (certificates.empty())
        return failed("local CA export", {CertificateErrorCode::NoCertificate, {}});
    CertificateResult result;
    result.id = caId;
    result.data = format == ExportFormat::Pem ? toPem(certificates.front().get()) : toDer(certificates.front().get());
    return result;
}

CertificateResult CertificateStore::createRequest(const NewCertificateOptions& options)
{
    CertificateFactory::Subject subject;
    if (auto error = CertificateNames::split(options.names, subject.dnsNames, subject.ipAddresses))
        return failed("certificate request", std::move(*error));
    subject.commonName = commonNameFor(subject.dnsNames, subject.ipAddresses, false);
    EvpPkeyPtr key = CertificateFactory::generateKey(options.keyType);
    if (!key)
        return failed("certificate request", cryptoFailed("key generation"));
    X509ReqPtr request = CertificateFactory::request(key.get(), subject);
    if (!request)
        return failed("certificate request", cryptoFailed("signing"));

    EntryContent content;
    content.requestPem = requestToPem(request.get());
    content.keyPem = privateKeyToPem(key.get());
    content.name = options.name.isEmpty() ? subject.commonName : options.name;
    content.kind = CertificateEntryKind::PendingRequest;
    content.source = CertificateSource::Csr;
    content.created = m_clock.now();
    content.requestedNames = subject.dnsNames + subject.ipAddresses;
    const QString id = newId();
    QString staging;
    if (auto error = stage(m_directory, content, staging))
        return failed("certificate request", std::move(*error));
    if (auto error = install(m_directory, staging, id, false))
        return failed("certificate request", std::move(*error));
    qCInfo(lcTls).noquote() << "Created certificate request" << id << "for"
                            << content.requestedNames.join(QStringLiteral(", "));
    CertificateResult result;
    result.id = id;
    result.data = content.requestPem;
    return result;
}

QByteArray CertificateStore::requestPem(const QString& id) const
{
    const std::optional<CertificateEntry> found = readEntry(id);
    QByteArray pem;
    if (!found || found->kind != CertificateEntryKind::PendingRequest ||
        readFile(QDir(entryPath(id)).filePath(requestFileName), pem))
        return QByteArray();
    return pem;
}

CertificateResult CertificateStore::importRequestAnswer(const QString& id, const QByteArray& certificates,
                                                        const CertificateImportOptions& options)
{
    QList<CertificateEntry> candidates;
    if (!id.isEmpty()) {
        const std::optional<CertificateEntry> found = readEntry(id);
        if (!found)
            return failed("request answer", {CertificateErrorCode::NotFound, {id}});
        if (found->kind != CertificateEntryKind::PendingRequest)
            return failed("request answer", {CertificateErrorCode::WrongEntryKind,
                                             {id, CertificateEntry::kindName(found->kind),
                                              CertificateEntry::kindName(CertificateEntryKind::PendingRequest)}});
        candidates.append(*found);
    } else {
        for (const CertificateEntry& candidate : list()) {
            if (candidate.kind == CertificateEntryKind::PendingRequest)
                candidates.append(candidate);
        }
    }

    // Only the certificates of the answer count; a key in it (there should be none) is ignored.
    PemParser::Material material;
    if (auto error = PemParser::parse(certificates, QString(), material))
        return failed("request answer", std::move(*error));
    if (material.certificates.empty())
        return failed("request answer", {CertificateErrorCode::NoCertificate, {}});

    for (const CertificateEntry& pending : std::as_const(candidates)) {
        QByteArray keyPem;
        if (auto error = readFile(QDir(entryPath(pending.id)).filePath(keyFileName), keyPem))
            return failed("request answer", std::move(*error));
        EvpPkeyPtr key = readStoredKey(keyPem);
        keyPem.fill('\0');
        if (!key)
            continue;
        ChainBuilder::Chain chain;
        const std::optional<CertificateError> error =
            ChainBuilder::buildFor(copies(material.certificates), std::move(key), chain);
        if (error && error->code == CertificateErrorCode::KeyMismatch)
            continue;
        if (error)
            return failed("request answer", *error);
        if (!options.allowExpired) {
            if (auto validityError = ChainBuilder::checkValidity(chain.certificates, m_clock.now()))
                return failed("request answer", std::move(*validityError));
        }
        EntryContent content;
        fillFromChain(content, chain);
        content.name = options.name.isEmpty() ? pending.name : options.name;
        content.source = options.source == CertificateSource::Imported ? CertificateSource::Csr : options.source;
        content.created = pending.created;
        QString staging;
        if (auto writeError = stage(m_directory, content, staging))
            return failed("request answer", std::move(*writeError));
        if (auto installError = install(m_directory, staging, pending.id, true))
            return failed("request answer", std::move(*installError));
        qCInfo(lcTls).noquote() << "Stored the CA's answer to request" << pending.id << ": chain of"
                                << chain.certificates.size();
        CertificateResult result;
        result.id = pending.id;
        return result;
    }
    return failed("request answer", {CertificateErrorCode::KeyMismatch, {}});
}

} // namespace Portico
