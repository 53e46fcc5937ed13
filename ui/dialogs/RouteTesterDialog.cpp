// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RouteTesterDialog.h"

#include "app/EngineSession.h"
#include "text/NumberText.h"
#include "text/RouteTestText.h"
#include "widgets/UiStyle.h"
#include "wizards/FieldErrorMap.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portico {

namespace {

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// QHostAddress also takes the old short forms ("10.1" for 10.0.0.1), which would only confuse here.
bool isIpAddress(const QString& text)
{
    const QHostAddress address(text);
    if (address.isNull())
        return false;
    return address.protocol() != QAbstractSocket::IPv4Protocol || text.count(QLatin1Char('.')) == 3;
}

} // namespace

RouteTesterDialog::RouteTesterDialog(EngineSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_methodLabel(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_clientIpLabel(new QLabel(this))
    , m_clientIp(new QLineEdit(this))
    , m_headersLabel(new QLabel(this))
    , m_headers(new QPlainTextEdit(this))
    , m_inputError(new QLabel(this))
    , m_testButton(new QPushButton(this))
    , m_outcome(valueLabel(this, "resultOutcomeLabel"))
    , m_siteCaption(new QLabel(this))
    , m_site(valueLabel(this, "resultSiteLabel"))
    , m_routeCaption(new QLabel(this))
    , m_route(valueLabel(this, "resultRouteLabel"))
    , m_poolCaption(new QLabel(this))
    , m_pool(valueLabel(this, "resultPoolLabel"))
    , m_backendCaption(new QLabel(this))
    , m_backend(valueLabel(this, "resultBackendLabel"))
    , m_stepsCaption(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("routeTesterDialog"));
    setMinimumSize(680, 600);
    m_intro->setWordWrap(true);
    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_url->setText(QStringLiteral("http://"));
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("DELETE"), QStringLiteral("OPTIONS"), QStringLiteral("PATCH")});
    m_clientIp->setObjectName(QStringLiteral("clientIpLineEdit"));
    m_clientIp->setText(QStringLiteral("127.0.0.1"));
    m_headers->setObjectName(QStringLiteral("headersPlainTextEdit"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    m_inputError->setObjectName(QStringLiteral("routeTestInputErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_inputError);
    m_testButton->setObjectName(QStringLiteral("testRouteButton"));
    m_testButton->setDefault(true);
    m_outcome->setObjectName(QStringLiteral("resultOutcomeLabel"));
    UiStyle::makeHeading(m_outcome, 1);
    m_steps->setObjectName(QStringLiteral("routeTestStepsListWidget"));
    m_steps->setWordWrap(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setStyleSheet(QStringLiteral("QListWidget#routeTestStepsListWidget::item { padding: 4px 2px; }"));
    m_urlLabel->setBuddy(m_url);
    m_methodLabel->setBuddy(m_method);
    m_clientIpLabel->setBuddy(m_clientIp);
    m_headersLabel->setBuddy(m_headers);
    for (QLabel* caption : {m_siteCaption, m_routeCaption, m_poolCaption, m_backendCaption, m_stepsCaption})
        UiStyle::makeSecondary(caption);

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_urlLabel, m_url);
    auto* methodRow = new QHBoxLayout();
    methodRow->addWidget(m_method);
    methodRow->addSpacing(12);
    methodRow->addWidget(m_clientIpLabel);
    methodRow->addWidget(m_clientIp, 1);
    form->addRow(m_methodLabel, methodRow);
    form->addRow(m_headersLabel, m_headers);

    auto* testRow = new QHBoxLayout();
    testRow->addWidget(m_inputError, 1);
    testRow->addStretch();
    testRow->addWidget(m_testButton);

    auto* result = new QGridLayout();
    result->setHorizontalSpacing(12);
    result->setColumnStretch(1, 1);
    result->addWidget(m_outcome, 0, 0, 1, 2);
    result->addWidget(m_siteCaption, 1, 0);
    result->addWidget(m_site, 1, 1);
    result->addWidget(m_routeCaption, 2, 0);
    result->addWidget(m_route, 2, 1);
    result->addWidget(m_poolCaption, 3, 0);
    result->addWidget(m_pool, 3, 1);
    result->addWidget(m_backendCaption, 4, 0);
    result->addWidget(m_backend, 4, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeRouteTesterButton"));
    m_closeButton->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addSpacing(6);
    layout->addLayout(result);
    layout->addWidget(m_stepsCaption);
    layout->addWidget(m_steps, 1);
    m_resultSpace = new QWidget(this);
    m_resultSpace->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_resultSpace, 1);
    layout->addWidget(buttons);

    connect(m_testButton, &QPushButton::clicked, this, &RouteTesterDialog::runTest);
    connect(m_url, &QLineEdit::returnPressed, this, &RouteTesterDialog::runTest);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&session.engine(), &EngineController::configChanged, this, [this] {
        if (m_hasResult)
            runTest();
    });
    retranslate();
}

void RouteTesterDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RouteTesterDialog::retranslate()
{
    setWindowTitle(tr("Route tester"));
    m_intro->setText(tr("Which site, route and server would answer a request? Portico works it out with the "
                        "configuration in force and the servers' current health; nothing is sent."));
    m_urlLabel->setText(tr("Address:"));
    m_url->setPlaceholderText(tr("http://intranet.example.com/some/page"));
    m_methodLabel->setText(tr("Method:"));
    m_clientIpLabel->setText(tr("From IP address:"));
    m_headersLabel->setText(tr("Headers:"));
    m_headers->setPlaceholderText(tr("Optional, one per line, e.g.\nCookie: portico_sticky=…"));
    m_testButton->setText(tr("Test"));
    m_siteCaption->setText(tr("Site:"));
    m_routeCaption->setText(tr("Route:"));
    m_poolCaption->setText(tr("Pool:"));
    m_backendCaption->setText(tr("Server:"));
    m_stepsCaption->setText(tr("How Portico decides:"));
    showResult();
}

void RouteTesterDialog::setUrl(const QString& url)
{
    m_url->setText(url);
}

std::optional<QList<QPair<QByteArray, QByteArray>>> RouteTesterDialog::parseHeaders(const QString& text, int* badLine)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(colon).trimmed();
        if (colon <= 0 || name.contains(QLatin1Char(' '))) {
            if (badLine)
                *badLine = static_cast<int>(i) + 1;
            return std::nullopt;
        }
        headers.append({name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return headers;
}

bool RouteTesterDialog::runTest()
{
    int badLine = 0;
    const auto headers = parseHeaders(m_headers->toPlainText(), &badLine);
    QString problem;
    if (!headers)
        problem = tr("Header line %1 is not of the form Name: value.").arg(badLine);
    else if (!isIpAddress(m_clientIp->text().trimmed()))
        problem = tr("\"%1\" is not an IP address.").arg(m_clientIp->text().trimmed());
    else if (m_method->currentText().trimmed().isEmpty() ||
             m_method->currentText().trimmed().contains(QLatin1Char(' ')))
        problem = tr("The method must be one word, such as GET.");
    FieldErrorMap::setError(m_inputError, problem);
    if (!problem.isEmpty())
        return false;

    RouteTestRequest request;
    request.url = m_url->text().trimmed();
    request.method = m_method->currentText().trimmed().toUpper().toLatin1();
    request.clientIp = m_clientIp->text().trimmed();
    request.headers = *headers;
    m_result = m_session.engine().testRoute(request);
    m_hasResult = true;
    showResult();
    return true;
}

void RouteTesterDialog::showResult()
{
    const bool show = m_hasResult;
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_outcome, m_siteCaption, m_site, m_routeCaption, m_route, m_poolCaption,
                                         m_pool, m_backendCaption, m_backend, m_stepsCaption, m_steps})
        widget->setVisible(show);
    if (m_resultSpace)
        m_resultSpace->setVisible(!show);
    if (!show)
        return;
    const QString none = NumberText::none();
    m_outcome->setText(RouteTestText::outcome(m_result));
    m_site->setText(m_result.site.isEmpty() ? none : m_result.site);
    QString route = none;
    if (m_result.routeIndex >= 0) {
        route = m_result.routePath;
        if (!m_result.upstreamTarget.isEmpty())
            //: A route and the path the backend gets: "/app → sent to the server as /index.html".
            route = tr("%1 (the server is asked for %2)").arg(m_result.routePath, m_result.upstreamTarget);
    }
    m_route->setText(route);
    m_pool->setText(m_result.pool.isEmpty() ? none : m_result.pool);
    m_backend->setText(m_result.backend.isEmpty() ? none : m_result.backend);
    m_steps->clear();
    for (const RouteTestStep& step : m_result.steps)
        m_steps->addItem(RouteTestText::step(step));
    if (m_result.steps.isEmpty())
        m_steps->addItem(tr("The engine gave no explanation for this answer."));
}

} // namespace Portico
