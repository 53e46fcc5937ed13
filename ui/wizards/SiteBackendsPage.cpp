// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/SiteBackendsPage.h"

#include "app/EngineSession.h"
#include "controller/BackendProbeRequest.h"
#include "wizards/BackendRowWidget.h"
#include "wizards/SiteWizard.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Portico {

SiteBackendsPage::SiteBackendsPage(SiteWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_rowsLayout(new QVBoxLayout())
    , m_addButton(new QPushButton(this))
    , m_pageError(new QLabel(this))
{
    setObjectName(QStringLiteral("siteBackendsPage"));
    m_intro->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addBackendButton"));
    m_pageError->setObjectName(QStringLiteral("backendsPageErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_pageError);

    auto* rows = new QWidget();
    rows->setObjectName(QStringLiteral("backendRowsWidget"));
    auto* rowsOuter = new QVBoxLayout(rows);
    rowsOuter->setContentsMargins(0, 0, 8, 0);
    m_rowsLayout->setSpacing(6);
    rowsOuter->addLayout(m_rowsLayout);
    auto* addLine = new QHBoxLayout();
    addLine->addWidget(m_addButton);
    addLine->addStretch();
    rowsOuter->addLayout(addLine);
    rowsOuter->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("backendRowsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(rows);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_pageError);

    for (const BackendConfig& backend : wizard->pool().backends)
        addRow(backend);

    connect(m_addButton, &QPushButton::clicked, this, &SiteBackendsPage::addBackend);
    connect(&wizard->session().engine(), &EngineController::probeFinished, this, &SiteBackendsPage::onProbeFinished);
    connect(m_wizard, &SiteWizard::draftChanged, this, &SiteBackendsPage::revalidate);
    m_errors.add(wizard->poolPath() + QStringLiteral(".backends"), m_pageError);
    m_errors.setGeneralLabel(m_pageError);
    retranslate();
}

void SiteBackendsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SiteBackendsPage::retranslate()
{
    setTitle(tr("Servers"));
    setSubTitle(tr("Which servers run the application?"));
    m_intro->setText(tr("Portico passes the site's requests on to these servers. Give each one's host name or IP "
                        "address and the port the application listens on, and press Test to see that it answers."));
    m_addButton->setText(tr("Add server"));
}

void SiteBackendsPage::initializePage()
{
    if (m_rows.isEmpty())
        addBackend();
    revalidate();
}

void SiteBackendsPage::addBackend()
{
    BackendConfig backend;
    backend.port = 80;
    BackendRowWidget* row = addRow(backend);
    pushBackends();
    if (isVisible())
        row->findChild<QWidget*>(QStringLiteral("backendHostLineEdit"))->setFocus();
}

BackendRowWidget* SiteBackendsPage::addRow(const BackendConfig& backend)
{
    auto* row = new BackendRowWidget(backend, this);
    m_rows.append(row);
    m_rowsLayout->addWidget(row);
    // At once, not on the next turn of the event loop, so the new row can take focus and typing.
    row->show();
    connect(row, &BackendRowWidget::changed, this, &SiteBackendsPage::pushBackends);
    connect(row, &BackendRowWidget::testRequested, this, [this, row] { testRow(row); });
    connect(row, &BackendRowWidget::removeRequested, this, [this, row] { removeRow(row); });
    for (BackendRowWidget* each : std::as_const(m_rows))
        each->setRemovable(m_rows.size() > 1);
    return row;
}

void SiteBackendsPage::removeRow(BackendRowWidget* row)
{
    if (m_rows.size() <= 1)
        return;
    m_rows.removeOne(row);
    row->hide();
    row->deleteLater();
    for (BackendRowWidget* each : std::as_const(m_rows))
        each->setRemovable(m_rows.size() > 1);
    pushBackends();
}

void SiteBackendsPage::testRow(BackendRowWidget* row)
{
    const BackendConfig backend = row->backend();
    BackendProbeRequest request;
    request.host = backend.host;
    request.port = backend.port;
    // As the pool's health check would ask, but always over HTTP so the answer shows status and server.
    request.check = m_wizard->pool().healthCheck;
    request.check.enabled = true;
    request.check.type = HealthCheckType::Http;
    row->setTesting(request.check.timeoutMs);
    const quint64 id = m_wizard->session().engine().probeBackend(request);
    m_probes.insert(id, row);
}

void SiteBackendsPage::onProbeFinished(quint64 id, const HealthCheckResult& result)
{
    const QPointer<BackendRowWidget> row = m_probes.take(id);
    if (row)
        row->setTestResult(result);
}

void SiteBackendsPage::pushBackends()
{
    QList<BackendConfig> backends;
    for (BackendRowWidget* row : std::as_const(m_rows))
        backends << row->backend();
    m_wizard->setBackends(backends);
}

void SiteBackendsPage::revalidate()
{
    m_errors.clear();
    m_errors.setGeneralLabel(m_pageError);
    const QString backendsPath = m_wizard->poolPath() + QStringLiteral(".backends");
    m_errors.addScope(backendsPath);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_errors.add(QStringLiteral("%1[%2]").arg(backendsPath).arg(i), m_rows.at(i)->errorLabel());
    int shown = m_errors.show(m_wizard->candidateErrors());
    bool anyBlank = false;
    for (BackendRowWidget* row : std::as_const(m_rows)) {
        if (!row->backend().host.isEmpty())
            continue;
        anyBlank = true;
        // Next stays off, but a row nobody has typed in yet is not scolded.
        if (!row->hostEdited())
            FieldErrorMap::setError(row->errorLabel(), QString());
    }
    const bool valid = shown == 0 && !m_rows.isEmpty() && !anyBlank;
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool SiteBackendsPage::isComplete() const
{
    return m_valid;
}

} // namespace Portico
