// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizards/FieldErrorMap.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Portico {

class CacheRuleWizard;

// Step 1: the site the rule belongs to, optionally one of its routes, and turning caching on for it.
class CacheRuleSitePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CacheRuleSitePage(CacheRuleWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillRoutes();
    void onSiteChosen();
    void onRouteChosen();
    void revalidate();

    CacheRuleWizard* m_wizard;
    FieldErrorMap m_errors;
    bool m_valid = false;

    QLabel* m_intro;
    QLabel* m_siteLabel;
    QComboBox* m_site;
    QLabel* m_siteError;
    QLabel* m_routeLabel;
    QComboBox* m_route;
    QLabel* m_routeHint;
    QLabel* m_routeError;
    QCheckBox* m_turnOn;
    QLabel* m_cachingNote;
    QLabel* m_pageError;
};

} // namespace Portico
