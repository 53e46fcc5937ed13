// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/BackendRowWidget.h"

#include "text/HealthText.h"
#include "widgets/UiStyle.h"
#include "wizards/FieldErrorMap.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace Portico {

namespace {

// Beyond the check's own timeout: the engine answers every probe, so silence means it cannot probe.
constexpr int probeGraceMs = 5000;

} // namespace

BackendRowWidget::BackendRowWidget(const BackendConfig& backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_weightLabel(new QLabel(this))
    , m_weight(new QSpinBox(this))
    , m_test(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_error(new QLabel(this))
    , m_testTimeout(new QTimer(this))
{
    setObjectName(QStringLiteral("backendRowWidget"));
    m_host->setObjectName(QStringLiteral("backendHostLineEdit"));
    m_host->setText(backend.host);
    m_port->setObjectName(QStringLiteral("backendPortSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(backend.port == 0 ? 80 : backend.port);
    m_weight->setObjectName(QStringLiteral("backendWeightSpinBox"));
    m_weight->setRange(1, 1000);
    m_weight->setValue(backend.weight);
    m_test->setObjectName(QStringLiteral("testBackendButton"));
    m_remove->setObjectName(QStringLiteral("removeBackendButton"));
    m_result->setObjectName(QStringLiteral("backendTestResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_error->setObjectName(QStringLiteral("backendErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_error);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_weightLabel->setBuddy(m_weight);
    m_testTimeout->setSingleShot(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_hostLabel, 0, 0);
    layout->addWidget(m_host, 0, 1);
    layout->addWidget(m_portLabel, 0, 2);
    layout->addWidget(m_port, 0, 3);
    layout->addWidget(m_weightLabel, 0, 4);
    layout->addWidget(m_weight, 0, 5);
    layout->addWidget(m_test, 0, 6);
    layout->addWidget(m_remove, 0, 7);
    layout->addWidget(m_result, 1, 1, 1, 7);
    layout->addWidget(m_error, 2, 1, 1, 7);
    layout->setColumnStretch(1, 1);

    connect(m_host, &QLineEdit::textEdited, this, [this] { m_hostEdited = true; });
    connect(m_host, &QLineEdit::textChanged, this, &BackendRowWidget::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &BackendRowWidget::changed);
    connect(m_weight, &QSpinBox::valueChanged, this, &BackendRowWidget::changed);
    // A changed address makes the last answer stale.
    connect(m_host, &QLineEdit::textChanged, m_result, &QLabel::hide);
    connect(m_port, &QSpinBox::valueChanged, m_result, &QLabel::hide);
    connect(m_test, &QPushButton::clicked, this, &BackendRowWidget::testRequested);
    connect(m_remove, &QPushButton::clicked, this, &BackendRowWidget::removeRequested);
    connect(m_testTimeout, &QTimer::timeout, this, &BackendRowWidget::onTestTimedOut);
    retranslate();
}

void BackendRowWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BackendRowWidget::retranslate()
{
    m_hostLabel->setText(tr("Server:"));
    m_host->setPlaceholderText(tr("Host name or IP address"));
    m_portLabel->setText(tr("Port:"));
    m_weightLabel->setText(tr("Weight:"));
    m_weight->setToolTip(tr("How large a share of the requests this server gets, relative to the others"));
    m_test->setText(tr("Test"));
    m_test->setToolTip(tr("Connect to the server and ask it for a page, as a health check would"));
    m_remove->setText(tr("Remove"));
}

BackendConfig BackendRowWidget::backend() const
{
    BackendConfig backend = m_backend;
    backend.host = m_host->text().trimmed();
    backend.port = static_cast<quint16>(m_port->value());
    backend.weight = m_weight->value();
    return backend;
}

void BackendRowWidget::setRemovable(bool removable)
{
    m_remove->setEnabled(removable);
}

void BackendRowWidget::setTesting(int timeoutMs)
{
    m_test->setEnabled(false);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, UiStyle::secondaryText(palette));
    m_result->setPalette(palette);
    m_result->setText(tr("Testing %1…").arg(backend().host));
    m_result->show();
    m_testTimeout->start(timeoutMs + probeGraceMs);
}

void BackendRowWidget::setTestResult(const HealthCheckResult& result)
{
    m_testTimeout->stop();
    m_test->setEnabled(true);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, result.ok ? UiStyle::successColor() : UiStyle::errorColor());
    m_result->setPalette(palette);
    //: The answer of the Test button: a mark (✓ or ✗) and what happened.
    m_result->setText(
        tr("%1 %2").arg(result.ok ? QStringLiteral("✓") : QStringLiteral("✗"), HealthText::probeAnswer(result)));
    m_result->show();
}

void BackendRowWidget::setTestUnavailable(const QString& reason)
{
    m_testTimeout->stop();
    m_test->setEnabled(true);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, UiStyle::warningColor());
    m_result->setPalette(palette);
    m_result->setText(reason);
    m_result->show();
}

void BackendRowWidget::onTestTimedOut()
{
    setTestUnavailable(tr("Portico's engine did not report a result, so nothing is known about this server yet. "
                          "Try again; you can also go on without a test."));
}

} // namespace Portico
