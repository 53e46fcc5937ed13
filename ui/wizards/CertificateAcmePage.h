// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;

namespace Portico {

class CertificateNamesEdit;
class CertificateWizard;

// Let's Encrypt (or the ACME CA of settings.acme): the names, an e-mail address for the CA's notices and the
// CA's terms of service. Next saves the e-mail and the acceptance in settings.acme (through the session, like
// every config change) and goes on to the pre-flight checks.
class CertificateAcmePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificateAcmePage(CertificateWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // The terms link shown: the CA's own (from its directory) once known, a known page for Let's Encrypt before.
    QUrl termsUrl() const { return m_termsUrl; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshTerms();
    void fetchTerms();
    bool emailValid() const;

    CertificateWizard* m_wizard;
    QNetworkAccessManager* m_network = nullptr;
    QUrl m_directoryUrl;
    QUrl m_termsUrl;
    QLabel* m_intro;
    QLabel* m_caLabel;
    QLabel* m_ca;
    QLabel* m_namesLabel;
    CertificateNamesEdit* m_names;
    QLabel* m_namesHint;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_emailHint;
    QLabel* m_emailError;
    QCheckBox* m_terms;
    QLabel* m_termsLink;
    QLabel* m_error;
};

} // namespace Portico
