// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QFrame;
class QLabel;
class QPushButton;

namespace Portico {

class CertificateWizard;
class LocalCaInstructionsDialog;

// The last step: what was made, and what to do next (choose it for a site, install the local CA, send the
// request to the CA).
class CertificateDonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificateDonePage(CertificateWizard* wizard);

    void initializePage() override;
    LocalCaInstructionsDialog* openLocalCaInstructions();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    CertificateWizard* m_wizard;
    QFrame* m_card;
    QLabel* m_summary;
    QLabel* m_nextSteps;
    QFrame* m_localCa;
    QLabel* m_localCaText;
    QPushButton* m_localCaButton;
};

} // namespace Portico
