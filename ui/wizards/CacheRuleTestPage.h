// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Portico {

class CacheRuleWizard;

// Step 4: try a URL. The verdict comes from the engine's own rule matcher (CacheRuleSet) and router on the
// candidate config, so it says what the running engine would do once the rule is applied.
class CacheRuleTestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CacheRuleTestPage(CacheRuleWizard* wizard);

    void initializePage() override;

    // The verdict and the key for what the fields hold now.
    void runTest();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    CacheRuleWizard* m_wizard;

    QLabel* m_intro;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_methodLabel;
    QComboBox* m_method;
    QLabel* m_cookieLabel;
    QLineEdit* m_cookie;
    QLabel* m_headerLabel;
    QLineEdit* m_header;
    QLabel* m_contentTypeLabel;
    QLineEdit* m_contentType;
    QLabel* m_contentTypeHint;
    QLabel* m_verdictHeading;
    QLabel* m_verdict;
    QLabel* m_key;
    QLabel* m_note;
};

} // namespace Portico
