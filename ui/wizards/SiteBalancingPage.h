// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/PoolConfig.h"
#include "wizards/FieldErrorMap.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Portico {

class SiteWizard;

// Step 3: how requests are spread over the servers and how Portico checks them, in plain words;
// the exact settings are behind Advanced.
class SiteBalancingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SiteBalancingPage(SiteWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool advancedShown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load(const PoolConfig& pool);
    void onEdited();
    void refreshVisibility();
    void revalidate();
    void setAdvancedShown(bool shown);
    QLabel* newErrorLabel(const char* name);
    QSpinBox* newSpinBox(const char* name, int minimum, int maximum);

    SiteWizard* m_wizard;
    bool m_loading = false;
    bool m_initialized = false;
    bool m_valid = false;
    bool m_expectStatusValid = true;
    FieldErrorMap m_errors;

    QLabel* m_algorithmLabel;
    QComboBox* m_algorithm;
    QLabel* m_algorithmDescription;
    QLabel* m_algorithmError;
    QCheckBox* m_healthCheck;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QLabel* m_pathError;
    QWidget* m_pathRow;
    QPushButton* m_advancedButton;
    QWidget* m_advanced;
    QFormLayout* m_advancedForm;

    QLabel* m_hashOnLabel;
    QComboBox* m_hashOn;
    QLabel* m_hashOnError;
    QLabel* m_hashKeyLabel;
    QLineEdit* m_hashKey;
    QLabel* m_hashKeyError;
    QLabel* m_cookieNameLabel;
    QLineEdit* m_cookieName;
    QLabel* m_cookieNameError;
    QLabel* m_whenAllDownLabel;
    QComboBox* m_whenAllDown;
    QLabel* m_whenAllDownError;
    QLabel* m_slowStartLabel;
    QSpinBox* m_slowStart;
    QLabel* m_slowStartError;

    QLabel* m_checkTypeLabel;
    QComboBox* m_checkType;
    QLabel* m_checkTypeError;
    QLabel* m_methodLabel;
    QLineEdit* m_method;
    QLabel* m_methodError;
    QLabel* m_checkHostLabel;
    QLineEdit* m_checkHost;
    QLabel* m_checkHostError;
    QLabel* m_expectStatusLabel;
    QLineEdit* m_expectStatus;
    QLabel* m_expectStatusError;
    QLabel* m_bodyContainsLabel;
    QLineEdit* m_bodyContains;
    QLabel* m_bodyContainsError;
    QLabel* m_intervalLabel;
    QSpinBox* m_interval;
    QLabel* m_intervalError;
    QLabel* m_timeoutLabel;
    QSpinBox* m_timeout;
    QLabel* m_timeoutError;
    QLabel* m_riseLabel;
    QSpinBox* m_rise;
    QLabel* m_riseError;
    QLabel* m_fallLabel;
    QSpinBox* m_fall;
    QLabel* m_fallError;
    QLabel* m_pageError;
};

} // namespace Portico
