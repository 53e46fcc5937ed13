// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/PreflightReport.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace Portico {

class CertificateWizard;

// Checks, before anything is ordered, what would make the CA refuse: terms, Portico on port 80, the engine, each
// name's DNS and a test challenge, and the current certificate. Each check shows a pass, warning or fail mark and
// a sentence; Next (Order) is possible only when none failed.
class CertificatePreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificatePreflightPage(CertificateWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    const std::optional<PreflightReport>& report() const { return m_report; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void run();
    void onFinished(quint64 id, const PreflightReport& report);
    void showReport();
    void clearRows();

    CertificateWizard* m_wizard;
    quint64 m_runId = 0;
    std::optional<PreflightReport> m_report;
    bool m_requesting = false;
    QList<QPair<quint64, PreflightReport>> m_early;
    QLabel* m_intro;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QWidget* m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_retry;
};

} // namespace Portico
