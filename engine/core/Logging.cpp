// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcEngine, "portico.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "portico.engine.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcListener, "portico.engine.listener", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "portico.engine.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStats, "portico.engine.stats", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "portico.engine.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAcme, "portico.engine.acme", QtInfoMsg)
