// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizards/CertificateWizard.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace Portico {

// Step 1: how to get the certificate, each way with a line on when it is the right one.
class CertificateMethodPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CertificateMethodPage(CertificateWizard* wizard);

    void setMethod(CertificateWizard::Method method);
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Choice
    {
        CertificateWizard::Method method;
        QRadioButton* button;
        QLabel* description;
    };

    void retranslate();

    CertificateWizard* m_wizard;
    QLabel* m_intro;
    QButtonGroup* m_group;
    QList<Choice> m_choices;
};

} // namespace Portico
