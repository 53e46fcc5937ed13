// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickProxy.h"

#include "config/ConfigValidator.h"

#include "tls/CertificateStore.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

#include <limits>

namespace Portico {

QString QuickProxy::usage()
{
    return QStringLiteral(
        "Usage: porticod proxy --from ADDR:PORT --to HOST:PORT [--to HOST:PORT ...] [--workers N]\n"
        "                     [--tls CERT KEY | --tls-self-signed] [--no-tls-resumption] [--cache SIZE]\n"
        "                     [--print-config]\n"
        "Proxies every request on ADDR:PORT round robin to the --to backends, with default\n"
        "settings and no config file. Runs in the foreground until SIGINT or SIGTERM.\n"
        "--tls serves HTTPS with the PEM certificate (chain) and key files; --tls-self-signed\n"
        "with a throwaway certificate for localhost. --no-tls-resumption turns session tickets\n"
        "and the session cache off (every handshake a full one, as in handshake benchmarks).\n"
        "--cache SIZE caches responses in SIZE of memory (K, M, G or plain bytes, like 256M or 1G;\n"
        "from 1M to 64G): what the backend allows, and static files (css, js, images, fonts) for\n"
        "an hour when the backend says nothing.\n"
        "--print-config prints the config as JSON (for portico --config) instead of running it.\n");
}

bool QuickProxy::splitEndpoint(const QString& text, QString& host, quint16& port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    port = static_cast<quint16>(value);
    return true;
}

bool QuickProxy::parseSize(const QString& text, qint64& bytes)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    if (!digits.isEmpty()) {
        switch (digits.back().toUpper().unicode()) {
        case u'K':
            unit = qint64(1) << 10;
            break;
        case u'M':
            unit = qint64(1) << 20;
            break;
        case u'G':
            unit = qint64(1) << 30;
            break;
        default:
            break;
        }
        if (unit != 1)
            digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    // Digits only: toLongLong would also take "+5" or " 5".
    for (const QChar c : digits)
        ok = ok && c.isDigit();
    if (!ok || digits.isEmpty() || value > std::numeric_limits<qint64>::max() / unit)
        return false;
    bytes = value * unit;
    return true;
}

bool QuickProxy::parse(const QStringList& givenArguments, Config& config, QString& error)
{
    // "--tls CERT KEY" takes two values, which QCommandLineParser cannot express.
    QStringList arguments = givenArguments;
    QString certificateFile;
    QString keyFile;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--tls")); at >= 0) {
        if (at + 2 >= arguments.size() || arguments.at(at + 1).startsWith(QLatin1Char('-')) ||
            arguments.at(at + 2).startsWith(QLatin1Char('-'))) {
            error = QStringLiteral("--tls takes a certificate file and a key file");
            return false;
        }
        certificateFile = arguments.at(at + 1);
        keyFile = arguments.at(at + 2);
        arguments.remove(at, 3);
    }
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Listen on <addr:port>."),
                                  QStringLiteral("addr:port"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("A backend at <host:port>."),
                                QStringLiteral("host:port"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("n"));
    const QCommandLineOption selfSigned(QStringLiteral("tls-self-signed"),
                                        QStringLiteral("Serve HTTPS with a throwaway certificate."));
    const QCommandLineOption noResumption(QStringLiteral("no-tls-resumption"),
                                          QStringLiteral("No session tickets or session cache."));
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("Cache responses in <size> of memory."),
                                   QStringLiteral("size"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOptions({from, to, workers, selfSigned, noResumption, cache, help});
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    if (parser.isSet(help) || !parser.isSet(from) || !parser.isSet(to)) {
        error = parser.isSet(help) ? QString() : QStringLiteral("--from and at least one --to are required");
        return false;
    }

    config = Config();
    ListenerConfig listener;
    if (!splitEndpoint(parser.value(from), listener.address, listener.port)) {
        error = QStringLiteral("--from %1 is not ADDR:PORT").arg(parser.value(from));
        return false;
    }
    if (parser.isSet(selfSigned)) {
        if (!certificateFile.isEmpty()) {
            error = QStringLiteral("--tls and --tls-self-signed exclude each other");
            return false;
        }
        // Lives until the process ends, like the listener that uses it.
        static QTemporaryDir directory;
        CertificateStore store(directory.path());
        NewCertificateOptions options;
        options.names = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        options.validityDays = 365;
        const CertificateResult made = directory.isValid() ? store.createSelfSigned(options) : CertificateResult();
        if (!directory.isValid() || !made.ok()) {
            error = QStringLiteral("cannot make a self-signed certificate: %1")
                        .arg(made.error ? made.error->message() : directory.errorString());
            return false;
        }
        certificateFile = store.certificateFile(made.id);
        keyFile = store.keyFile(made.id);
    }
    if (!certificateFile.isEmpty()) {
        listener.protocol = ListenerProtocol::Https;
        listener.certificateFile = certificateFile;
        listener.keyFile = keyFile;
    }
    if (parser.isSet(noResumption)) {
        config.settings.tlsSessionTickets = false;
        config.settings.tlsSessionCache = false;
    }
    config.listeners = {listener};
    PoolConfig pool;
    pool.name = QStringLiteral("backends");
    for (const QString& target : parser.values(to)) {
        BackendConfig backend;
        if (!splitEndpoint(target, backend.host, backend.port)) {
            error = QStringLiteral("--to %1 is not HOST:PORT").arg(target);
            return false;
        }
        pool.backends.append(backend);
    }
    config.pools = {pool};
    SiteConfig site;
    site.name = QStringLiteral("proxy");
    site.isDefault = true;
    RouteConfig route;
    route.pool = pool.name;
    site.routes = {route};
    config.sites = {site};
    config.settings.accessLog = false;
    if (parser.isSet(workers)) {
        bool ok = false;
        config.settings.workers = parser.value(workers).toInt(&ok);
        if (!ok || config.settings.workers < 1) {
            error = QStringLiteral("--workers takes a number of at least 1");
            return false;
        }
    }
    if (parser.isSet(cache)) {
        constexpr qint64 mebibyte = qint64(1) << 20;
        constexpr qint64 largest = qint64(65'536) * mebibyte;
        qint64 bytes = 0;
        if (!parseSize(parser.value(cache), bytes) || bytes < mebibyte || bytes > largest) {
            error = QStringLiteral("--cache %1 is not a size from 1M to 64G (write it like 256M or 1G)")
                        .arg(parser.value(cache));
            return false;
        }
        config.settings.cache.memoryMb = static_cast<int>(bytes / mebibyte);
        config.sites[0].cache = SiteCacheConfig::defaults();
    }
    const ConfigValidation validation = ConfigValidator::validate(config);
    if (!validation.ok()) {
        QStringList messages;
        for (const ConfigError& e : validation.errors)
            messages << e.toString();
        error = messages.join(QLatin1Char('\n'));
        return false;
    }
    config = *validation.config;
    return true;
}

} // namespace Portico
