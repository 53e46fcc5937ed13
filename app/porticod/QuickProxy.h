// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"

#include <QStringList>

namespace Portico {

// "porticod proxy --from ADDR:PORT --to HOST:PORT [--to ...] [--workers N] [--tls CERT KEY | --tls-self-signed]
// [--cache SIZE]": a whole config from a command line, for trying Portico out and for benchmarks. Every request goes
// round robin to the
// --to backends; everything else is the default.
class QuickProxy
{
public:
    // Returns false with a message for the user when the arguments do not make a config.
    static bool parse(const QStringList& arguments, Config& config, QString& error);
    static QString usage();

private:
    static bool splitEndpoint(const QString& text, QString& host, quint16& port);
    // "256M", "1G", "512K" or plain bytes (binary units); false when it is none of these.
    static bool parseSize(const QString& text, qint64& bytes);
};

} // namespace Portico
