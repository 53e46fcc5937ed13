// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/PreflightReport.h"
#include "tls/CertificateEntry.h"
#include "wizards/FieldErrorMap.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Portico {

class SiteWizard;

// Step 4: whether and how the site is served over HTTPS: no HTTPS, a certificate from Let's Encrypt
// (ACME), one from the office's local CA, or one already in the store; then the redirect from
// http://, HSTS, and an HTTPS listener when Portico has none.
class SiteTlsPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Choice
    {
        None,
        Acme,
        LocalCa,
        Existing,
    };

    explicit SiteTlsPage(SiteWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    Choice choice() const;
    bool advancedShown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // What an item of the existing-certificate list stands for.
    enum class ItemKind
    {
        Entry,     // a store entry that covers the names
        Files,     // certificate files outside the store, as the site had them
        Missing,   // an id the site names that the store no longer has
        Automatic, // no entry named: the store's best for each name, as the site had it
        Nothing,   // the placeholder of an empty list
    };

    void retranslate();
    void load();
    void onChoiceChanged();
    void onEdited();
    void refreshCertificates();
    void refreshLocalCa();
    void refreshAcme();
    void refreshVisibility();
    void revalidate();
    void setAdvancedShown(bool shown);
    void runPreflight();
    void onPreflightFinished(quint64 id, const PreflightReport& report);
    void showPreflight();
    void issueNow();
    bool namesHaveWildcard() const;
    // The certificate covers every name of the site and is valid now; otherwise why not, in words.
    QString coverageProblem(const CertificateInfo& info) const;
    // The local-CA certificate the site uses and that still fits its names, or empty.
    QString usableLocalCaCertificate() const;
    QString caName() const;
    QLabel* newLabel(const char* name, bool secondary = false);
    QLabel* newErrorLabel(const char* name);

    SiteWizard* m_wizard;
    bool m_loading = false;
    bool m_valid = false;
    // The admin set the redirect box; until then it follows the choice (on for HTTPS).
    bool m_redirectTouched = false;
    // The local-CA certificate the site had or that "Issue now" made.
    QString m_localCaCertificate;
    QString m_missingId;
    bool m_automatic = false;
    QString m_filesCertificate;
    QString m_filesKey;
    quint64 m_preflightId = 0;
    std::optional<PreflightReport> m_report;
    FieldErrorMap m_errors;

    QLabel* m_intro;
    QButtonGroup* m_choices;
    QRadioButton* m_none;
    QLabel* m_noneDescription;
    QRadioButton* m_acme;
    QLabel* m_acmeDescription;
    QRadioButton* m_localCa;
    QLabel* m_localCaDescription;
    QRadioButton* m_existing;
    QLabel* m_existingDescription;

    QWidget* m_acmePanel;
    QLabel* m_acmeWildcard;
    QWidget* m_acmeAccount;
    QLabel* m_acmeEmailLabel;
    QLineEdit* m_acmeEmail;
    QLabel* m_acmeEmailError;
    QCheckBox* m_acmeTerms;
    QLabel* m_acmeTermsLink;
    QLabel* m_acmeAccountNote;
    QPushButton* m_acmeCheck;
    QLabel* m_acmeCheckNote;
    // One row per check (a mark and its words), then what they add up to.
    QWidget* m_preflight;
    QWidget* m_preflightRows;
    QLabel* m_preflightSummary;
    QLabel* m_acmeError;

    QWidget* m_localCaPanel;
    QLabel* m_localCaStatus;
    QPushButton* m_issueLocalCa;
    QLabel* m_localCaResult;

    QWidget* m_existingPanel;
    QComboBox* m_certificate;
    QLabel* m_certificateHint;
    QLabel* m_certificateError;

    QWidget* m_options;
    QLabel* m_optionsTitle;
    QCheckBox* m_redirect;
    QLabel* m_httpsListenerInfo;
    QWidget* m_httpsListener;
    QCheckBox* m_addHttpsListener;
    QLabel* m_httpsAddressLabel;
    QLineEdit* m_httpsAddress;
    QLabel* m_httpsPortLabel;
    QSpinBox* m_httpsPort;
    QLabel* m_httpsListenerHint;
    QLabel* m_httpsListenerError;
    QPushButton* m_advancedButton;
    QWidget* m_advanced;
    QLabel* m_hstsLabel;
    QComboBox* m_hsts;
    QCheckBox* m_hstsSubdomains;
    QLabel* m_hstsWarning;
    QLabel* m_hstsError;
    QLabel* m_pageError;
};

} // namespace Portico
