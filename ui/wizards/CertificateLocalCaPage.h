// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace Portico {

class CertificateNamesEdit;
class CertificateWizard;

// A certificate from the office's local CA, for internal names and IP addresses. Without a CA yet, the page
// first asks for the office's name and creates the CA when the admin presses Next, then issues the certificate.
class CertificateLocalCaPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificateLocalCaPage(CertificateWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshCa();
    QStringList permittedDomains() const;
    void revalidateDomains();

    CertificateWizard* m_wizard;
    bool m_hasCa = false;
    QLabel* m_intro;
    QFrame* m_caFrame;
    QLabel* m_caTitle;
    QLabel* m_caStatus;
    QWidget* m_createCa;
    QLabel* m_officeLabel;
    QLineEdit* m_office;
    QLabel* m_officeError;
    QLabel* m_domainsLabel;
    QLineEdit* m_domains;
    QLabel* m_domainsHint;
    QLabel* m_domainsError;
    QLabel* m_namesLabel;
    CertificateNamesEdit* m_names;
    QLabel* m_namesHint;
    QLabel* m_validityLabel;
    QSpinBox* m_validity;
    QLabel* m_validityError;
    QLabel* m_keyTypeLabel;
    QComboBox* m_keyType;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_error;
};

} // namespace Portico
