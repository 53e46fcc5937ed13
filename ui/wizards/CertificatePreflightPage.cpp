// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificatePreflightPage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "widgets/UiStyle.h"
#include "wizards/CertificateWizard.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Portico {

namespace {

constexpr int iconSize = 20;

// A coloured disc with a tick, an exclamation mark or a cross: drawn, so it looks the same in every style.
QPixmap statusIcon(PreflightStatus status, qreal ratio)
{
    QPixmap pixmap(QSize(iconSize, iconSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = status == PreflightStatus::Passed    ? UiStyle::successColor()
                          : status == PreflightStatus::Warning ? UiStyle::warningColor()
                                                               : UiStyle::errorColor();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, iconSize - 2, iconSize - 2));
    QPen pen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (status) {
    case PreflightStatus::Passed: {
        QPainterPath tick;
        tick.moveTo(5.5, 10.5);
        tick.lineTo(8.5, 13.5);
        tick.lineTo(14.5, 6.5);
        painter.drawPath(tick);
        break;
    }
    case PreflightStatus::Warning:
        painter.drawLine(QPointF(10, 5), QPointF(10, 11.5));
        painter.drawPoint(QPointF(10, 15));
        break;
    case PreflightStatus::Failed:
        painter.drawLine(QPointF(6.5, 6.5), QPointF(13.5, 13.5));
        painter.drawLine(QPointF(13.5, 6.5), QPointF(6.5, 13.5));
        break;
    }
    return pixmap;
}

} // namespace

CertificatePreflightPage::CertificatePreflightPage(CertificateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_rows(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rows))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("certificatePreflightPage"));
    m_intro->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("preflightProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("preflightSummaryLabel"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_rows->setObjectName(QStringLiteral("preflightChecksWidget"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(10);
    m_rowsLayout->addStretch();
    m_retry->setObjectName(QStringLiteral("preflightRetryButton"));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_rows);

    auto* retryRow = new QHBoxLayout();
    retryRow->addWidget(m_summary, 1);
    retryRow->addWidget(m_retry, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addLayout(retryRow);
    layout->addWidget(scroll, 1);

    connect(m_retry, &QPushButton::clicked, this, &CertificatePreflightPage::run);
    connect(&wizard->certificates(), &CertificateCenter::preflightFinished, this,
            [this](quint64 id, const PreflightReport& report) {
                if (m_requesting)
                    m_early.append({id, report});
                else
                    onFinished(id, report);
            });
    retranslate();
}

void CertificatePreflightPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CertificatePreflightPage::retranslate()
{
    setTitle(tr("Checks before ordering"));
    setSubTitle(tr("What the certificate authority will check, tried here first."));
    m_intro->setText(tr("A failed order counts against the certificate authority's limits, so Portico first checks "
                        "what it can from here."));
    m_retry->setText(tr("Check again"));
    setButtonText(QWizard::NextButton, tr("Order certificate"));
    showReport();
}

void CertificatePreflightPage::initializePage()
{
    run();
}

void CertificatePreflightPage::cleanupPage()
{
    // A report arriving after the admin went back belongs to names that may have changed.
    m_runId = 0;
    m_report.reset();
}

void CertificatePreflightPage::run()
{
    m_report.reset();
    m_runId = 0;
    const QStringList names = m_wizard->acmeNames();
    if (!names.isEmpty()) {
        // The report may come before runPreflight() returns its id.
        m_requesting = true;
        m_early.clear();
        m_runId = m_wizard->certificates().runPreflight(names);
        m_requesting = false;
        for (const auto& [id, report] : std::as_const(m_early))
            onFinished(id, report);
        m_early.clear();
    }
    showReport();
    Q_EMIT completeChanged();
}

void CertificatePreflightPage::onFinished(quint64 id, const PreflightReport& report)
{
    if (id == 0 || id != m_runId)
        return;
    m_runId = 0;
    m_report = report;
    showReport();
    Q_EMIT completeChanged();
}

void CertificatePreflightPage::clearRows()
{
    while (m_rowsLayout->count() > 1) {
        QLayoutItem* item = m_rowsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void CertificatePreflightPage::showReport()
{
    clearRows();
    m_summary->setPalette(palette());
    m_progress->setVisible(m_runId != 0);
    m_retry->setEnabled(m_runId == 0 && !m_wizard->acmeNames().isEmpty());
    if (m_wizard->acmeNames().isEmpty()) {
        m_summary->setText(tr("Enter the names on the previous step first."));
        return;
    }
    if (!m_report) {
        m_summary->setText(tr("Checking %1…").arg(m_wizard->acmeNames().join(QStringLiteral(", "))));
        return;
    }
    int failed = 0;
    int warnings = 0;
    const qreal ratio = devicePixelRatioF();
    for (const PreflightCheck& check : m_report->checks) {
        failed += check.status == PreflightStatus::Failed ? 1 : 0;
        warnings += check.status == PreflightStatus::Warning ? 1 : 0;
        auto* row = new QWidget(m_rows);
        row->setObjectName(QStringLiteral("preflightCheckRow"));
        row->setProperty("status", PreflightCheck::statusName(check.status));
        row->setProperty("kind", PreflightCheck::kindName(check.kind));
        auto* icon = new QLabel(row);
        icon->setObjectName(QStringLiteral("preflightCheckIconLabel"));
        icon->setPixmap(statusIcon(check.status, ratio));
        icon->setToolTip(CertificateText::preflightStatusName(check.status));
        icon->setAccessibleName(CertificateText::preflightStatusName(check.status));
        auto* title = new QLabel(CertificateText::preflightTitle(check), row);
        title->setObjectName(QStringLiteral("preflightCheckTitleLabel"));
        title->setWordWrap(true);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        auto* message = new QLabel(CertificateText::preflightMessage(check), row);
        message->setObjectName(QStringLiteral("preflightCheckMessageLabel"));
        message->setWordWrap(true);
        message->setTextFormat(Qt::PlainText);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* grid = new QGridLayout(row);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(2);
        grid->addWidget(icon, 0, 0, 2, 1, Qt::AlignTop);
        grid->addWidget(title, 0, 1);
        grid->addWidget(message, 1, 1);
        grid->setColumnStretch(1, 1);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
    }
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText, failed > 0     ? UiStyle::errorColor()
                                           : warnings > 0 ? UiStyle::warningColor()
                                                          : UiStyle::successColor());
    m_summary->setPalette(palette);
    if (failed > 0)
        m_summary->setText(tr("%n check(s) failed. The certificate authority would refuse: fix what is marked and "
                              "check again.",
                              nullptr, failed));
    else if (warnings > 0)
        m_summary->setText(tr("No check failed, but read the %n warning(s) before you order.", nullptr, warnings));
    else
        m_summary->setText(tr("Everything looks right: you can order the certificate."));
}

bool CertificatePreflightPage::isComplete() const
{
    return m_report && m_report->canProceed();
}

int CertificatePreflightPage::nextId() const
{
    return CertificateWizard::OrderPageId;
}

} // namespace Portico
