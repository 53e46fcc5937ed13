// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateError.h"

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Portico {

class CertificateFileField;
class CertificateWizard;

// Imports a certificate the admin already has: PEM files (certificate and chain, and the key, or one file with
// both) or a PKCS#12 file with its password. Next imports; a refusal is shown beside the file it is about.
class CertificateImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificateImportPage(CertificateWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshMode();
    void clearErrors();
    void showError(const CertificateError& error);
    bool isPkcs12() const;

    CertificateWizard* m_wizard;
    QLabel* m_intro;
    QRadioButton* m_pem;
    QRadioButton* m_pkcs12;
    QFormLayout* m_form;
    QLabel* m_certificateLabel;
    CertificateFileField* m_certificate;
    QLabel* m_keyLabel;
    CertificateFileField* m_key;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_passphraseError;
    QLabel* m_pkcs12Label;
    CertificateFileField* m_pkcs12File;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_passwordError;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_nameHint;
    QLabel* m_error;
};

} // namespace Portico
