// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/AcmeOutcome.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Portico {

class CertificateWizard;

// Orders the certificate from the ACME CA and shows how it goes; if the CA says no, its problem in plain words.
class CertificateOrderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificateOrderPage(CertificateWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Stops the order if one is running (the wizard closes, or the admin goes back).
    void cancelRunning();
    bool isRunning() const { return m_orderId != 0; }
    const std::optional<AcmeOutcome>& outcome() const { return m_outcome; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void start();
    void refresh();
    void onFinished(quint64 id, const AcmeOutcome& outcome);

    CertificateWizard* m_wizard;
    quint64 m_orderId = 0;
    bool m_started = false; // the CA is working on it (the order is not waiting in line)
    std::optional<AcmeOutcome> m_outcome;
    bool m_requesting = false;
    QList<quint64> m_earlyStarted;
    QList<QPair<quint64, AcmeOutcome>> m_earlyFinished;
    QLabel* m_intro;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_error;
    QPushButton* m_retry;
};

} // namespace Portico
