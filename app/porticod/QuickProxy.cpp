// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickProxy.h"

#include "config/ConfigValidator.h"

#include <QCommandLineParser>

namespace Portico {

QString QuickProxy::usage()
{
    return QStringLiteral("Usage: porticod proxy --from ADDR:PORT --to HOST:PORT [--to HOST:PORT ...] [--workers N]\n"
                          "Proxies every request on ADDR:PORT round robin to the --to backends, with default\n"
                          "settings and no config file. Runs in the foreground until SIGINT or SIGTERM.\n");
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

bool QuickProxy::parse(const QStringList& arguments, Config& config, QString& error)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Listen on <addr:port>."),
                                  QStringLiteral("addr:port"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("A backend at <host:port>."),
                                QStringLiteral("host:port"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     QStringLiteral("Worker threads (default: one per core)."), QStringLiteral("n"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help."));
    parser.addOptions({from, to, workers, help});
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
