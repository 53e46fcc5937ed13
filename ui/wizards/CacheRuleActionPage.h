// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizards/FieldErrorMap.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Portico {

class CacheRuleWizard;

// Step 3: what the rule does, in plain words (cache for a time, the labelled override, never, follow the
// app), how stored copies are keyed (query string), and when to skip the cache (logged-in users).
class CacheRuleActionPage : public QWizardPage
{
    Q_OBJECT

public:
    enum DurationUnit
    {
        Seconds,
        Minutes,
        Hours,
        Days,
    };

    explicit CacheRuleActionPage(CacheRuleWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadFromRule();
    void onEdited();
    void onBypassToggled(bool on);
    void revalidate();
    qint64 durationSeconds() const;

    CacheRuleWizard* m_wizard;
    FieldErrorMap m_errors;
    bool m_valid = false;
    bool m_loading = false;

    QLabel* m_intro;
    QRadioButton* m_cacheFor;
    QRadioButton* m_override;
    QWidget* m_durationRow;
    QLabel* m_durationLabel;
    QSpinBox* m_duration;
    QComboBox* m_durationUnit;
    QLabel* m_durationError;
    QLabel* m_overrideWarning;
    QRadioButton* m_never;
    QRadioButton* m_respect;
    QLabel* m_actionHint;
    QLabel* m_actionError;
    QGroupBox* m_keyGroup;
    QCheckBox* m_ignoreQuery;
    QLabel* m_ignoredParametersLabel;
    QLineEdit* m_ignoredParameters;
    QLabel* m_ignoredParametersError;
    QGroupBox* m_bypassGroup;
    QCheckBox* m_bypass;
    QLabel* m_bypassCookiesLabel;
    QLineEdit* m_bypassCookies;
    QLabel* m_bypassCookiesError;
    QLabel* m_bypassHeadersLabel;
    QLineEdit* m_bypassHeaders;
    QLabel* m_bypassHeadersError;
    QLabel* m_pageError;
};

} // namespace Portico
