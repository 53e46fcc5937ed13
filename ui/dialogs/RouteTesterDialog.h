// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/RouteTestRequest.h"
#include "controller/RouteTestResult.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Portico {

class EngineSession;

// Asks the engine which site, route, pool and server would answer a request, and shows why,
// step by step. Nothing is sent to any server.
class RouteTesterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RouteTesterDialog(EngineSession& session, QWidget* parent = nullptr);

    void setUrl(const QString& url);
    // Runs the test with what the fields hold; returns false (and says why) when a field is malformed.
    bool runTest();
    const RouteTestResult& lastResult() const { return m_result; }

    // "Name: value" per line; nullopt and the first bad line number when one is malformed.
    static std::optional<QList<QPair<QByteArray, QByteArray>>> parseHeaders(const QString& text, int* badLine);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showResult();

    EngineSession& m_session;
    RouteTestResult m_result;
    bool m_hasResult = false;

    QLabel* m_intro;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_methodLabel;
    QComboBox* m_method;
    QLabel* m_clientIpLabel;
    QLineEdit* m_clientIp;
    QLabel* m_headersLabel;
    QPlainTextEdit* m_headers;
    QLabel* m_inputError;
    QPushButton* m_testButton;
    QLabel* m_outcome;
    QLabel* m_siteCaption;
    QLabel* m_site;
    QLabel* m_routeCaption;
    QLabel* m_route;
    QLabel* m_poolCaption;
    QLabel* m_pool;
    QLabel* m_backendCaption;
    QLabel* m_backend;
    QLabel* m_stepsCaption;
    QListWidget* m_steps;
    // Takes the room the result will use, so the empty dialog keeps its fields together at the top.
    QWidget* m_resultSpace = nullptr;
    QPushButton* m_closeButton;
};

} // namespace Portico
