// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Portico {

class CertificateNamesEdit;
class CertificateWizard;

// A certificate signed by its own key, for tests: names, validity, key type. Next makes it.
class CertificateSelfSignedPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificateSelfSignedPage(CertificateWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    CertificateWizard* m_wizard;
    QLabel* m_intro;
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
