// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Portico {

class CertificateFileField;
class CertificateNamesEdit;
class CertificateWizard;

// A certificate request (CSR) for a commercial CA: the names and the key type. Next makes the key (it stays in
// Portico's store) and saves the request where the admin said; the CA's answer is imported later on the page.
class CertificateRequestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificateRequestPage(CertificateWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void followNames();

    CertificateWizard* m_wizard;
    bool m_fileEdited = false;
    QLabel* m_intro;
    QLabel* m_namesLabel;
    CertificateNamesEdit* m_names;
    QLabel* m_namesHint;
    QLabel* m_keyTypeLabel;
    QComboBox* m_keyType;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_fileLabel;
    CertificateFileField* m_file;
    QLabel* m_error;
};

} // namespace Portico
