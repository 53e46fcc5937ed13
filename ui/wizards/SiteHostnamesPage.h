// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizards/FieldErrorMap.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Portico {

class SiteWizard;

// Step 1: the names the site answers to, whether it is the default site, its own name, and
// whether Portico should also listen on another address for it.
class SiteHostnamesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SiteHostnamesPage(SiteWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    // "a.example.com, b.example.com" or one per line: the names, trimmed and without empties.
    static QStringList splitNames(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onHostnamesEdited();
    void onSiteNameEdited();
    void onListenerChanged();
    void revalidate();

    SiteWizard* m_wizard;
    bool m_nameFollowsHostnames = true;
    bool m_hostnamesEdited = false;
    bool m_valid = false;
    FieldErrorMap m_errors;

    QLabel* m_intro;
    QLabel* m_hostnamesLabel;
    QLineEdit* m_hostnames;
    QLabel* m_hostnamesHint;
    QLabel* m_hostnamesError;
    QCheckBox* m_defaultSite;
    QLabel* m_defaultSiteError;
    QLabel* m_siteNameLabel;
    QLineEdit* m_siteName;
    QLabel* m_siteNameError;
    QLabel* m_listenerLabel;
    QComboBox* m_listener;
    QLabel* m_listenAddressLabel;
    QLineEdit* m_listenAddress;
    QLabel* m_listenPortLabel;
    QSpinBox* m_listenPort;
    QLabel* m_listenerError;
    QLabel* m_listenerHint;
    QLabel* m_pageError;
};

} // namespace Portico
