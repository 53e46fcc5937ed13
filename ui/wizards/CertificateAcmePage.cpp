// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateAcmePage.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "text/ErrorText.h"
#include "widgets/UiStyle.h"
#include "wizards/CertificateNamesEdit.h"
#include "wizards/CertificateWizard.h"
#include "wizards/FieldErrorMap.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Portico {

namespace {

constexpr int directoryTimeoutMs = 10'000;

QLabel* hintLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    UiStyle::makeSecondary(label);
    return label;
}

bool isLetsEncrypt(const QUrl& directory)
{
    return directory.host().endsWith(QLatin1String("api.letsencrypt.org"));
}

} // namespace

CertificateAcmePage::CertificateAcmePage(CertificateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_caLabel(new QLabel(this))
    , m_ca(new QLabel(this))
    , m_namesLabel(new QLabel(this))
    , m_names(new CertificateNamesEdit(QStringLiteral("acme"), CertificateNamesEdit::Rule::PublicNamesOnly, this))
    , m_namesHint(hintLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_emailHint(hintLabel(this))
    , m_emailError(new QLabel(this))
    , m_terms(new QCheckBox(this))
    , m_termsLink(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("certificateAcmePage"));
    m_intro->setWordWrap(true);
    m_ca->setObjectName(QStringLiteral("acmeDirectoryLabel"));
    m_ca->setWordWrap(true);
    m_ca->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setObjectName(QStringLiteral("acmeEmailLineEdit"));
    m_emailError->setObjectName(QStringLiteral("acmeEmailErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_emailError);
    m_terms->setObjectName(QStringLiteral("acmeTermsCheckBox"));
    m_termsLink->setObjectName(QStringLiteral("acmeTermsLinkLabel"));
    m_termsLink->setWordWrap(true);
    m_termsLink->setTextFormat(Qt::RichText);
    m_termsLink->setOpenExternalLinks(true);
    m_termsLink->setContentsMargins(24, 0, 0, 0);
    m_error->setObjectName(QStringLiteral("acmeErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_error);
    for (QLabel* label : {m_caLabel, m_namesLabel, m_emailLabel})
        label->setWordWrap(true);
    m_namesLabel->setBuddy(m_names->lineEdit());
    m_emailLabel->setBuddy(m_email);

    auto* names = FieldErrorMap::withError(m_names, m_namesHint, this);
    m_namesHint->show();
    auto* email = FieldErrorMap::withError(m_email, m_emailError, this);
    email->layout()->addWidget(m_emailHint);
    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_caLabel, m_ca);
    form->addRow(m_namesLabel, names);
    form->addRow(m_emailLabel, email);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    auto* terms = new QVBoxLayout();
    terms->setSpacing(2);
    terms->addWidget(m_terms);
    terms->addWidget(m_termsLink);
    layout->addLayout(terms);
    layout->addWidget(m_error);
    layout->addStretch();

    const AcmeConfig& acme = wizard->session().engine().config().settings.acme;
    m_email->setText(acme.email);
    m_terms->setChecked(acme.termsAgreed);
    m_directoryUrl = QUrl(acme.directoryUrl);

    connect(m_names, &CertificateNamesEdit::namesChanged, this, &CertificateAcmePage::completeChanged);
    connect(m_terms, &QCheckBox::toggled, this, &CertificateAcmePage::completeChanged);
    connect(m_email, &QLineEdit::textChanged, this, [this] {
        FieldErrorMap::setError(m_emailError,
                                emailValid() ? QString() : tr("This does not look like an e-mail address."));
        Q_EMIT completeChanged();
    });
    retranslate();
}

void CertificateAcmePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CertificateAcmePage::retranslate()
{
    setTitle(tr("Certificate from Let's Encrypt"));
    setSubTitle(tr("Free certificates for public names, renewed by Portico before they expire."));
    m_intro->setText(tr("The certificate authority checks that each name leads to this computer by fetching a "
                        "file from Portico over http://, on port 80. So each name must be in public DNS, pointing "
                        "to your office's internet address, and port 80 there must reach this computer."));
    m_caLabel->setText(tr("Certificate authority:"));
    m_ca->setText(isLetsEncrypt(m_directoryUrl) ? tr("Let's Encrypt (%1)").arg(m_directoryUrl.host())
                                                : m_directoryUrl.toDisplayString());
    m_namesLabel->setText(tr("Names:"));
    m_names->setPlaceholderText(tr("www.example.com, example.com"));
    m_names->retranslate();
    m_namesHint->setText(tr("Public host names only, separated by commas; one certificate covers them all."));
    m_emailLabel->setText(tr("E-mail address:"));
    m_email->setPlaceholderText(tr("it@example.com"));
    m_emailHint->setText(tr("Optional. The certificate authority writes here about problems with your "
                            "certificates; it is not published."));
    m_terms->setText(tr("I accept the certificate authority's terms of service"));
    refreshTerms();
}

void CertificateAcmePage::refreshTerms()
{
    if (m_termsUrl.isValid()) {
        m_termsLink->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(m_termsUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                      tr("Read the terms of service").toHtmlEscaped()));
    } else {
        m_termsLink->setText(tr("The certificate authority publishes its terms in its directory at %1.")
                                 .arg(m_directoryUrl.toDisplayString().toHtmlEscaped()));
    }
}

void CertificateAcmePage::initializePage()
{
    if (m_names->names().isEmpty() && !m_wizard->acmeNames().isEmpty())
        m_names->setNames(m_wizard->acmeNames());
    if (isLetsEncrypt(m_directoryUrl) && !m_termsUrl.isValid())
        m_termsUrl = QUrl(QStringLiteral("https://letsencrypt.org/repository/"));
    refreshTerms();
    fetchTerms();
}

void CertificateAcmePage::fetchTerms()
{
    if (m_network || !m_directoryUrl.isValid() || m_directoryUrl.scheme() != QLatin1String("https"))
        return;
    // The directory names the terms document of the day (RFC 8555 meta.termsOfService).
    m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(m_directoryUrl);
    request.setTransferTimeout(directoryTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return;
        const QJsonObject meta =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("meta")).toObject();
        const QUrl terms(meta.value(QStringLiteral("termsOfService")).toString());
        if (terms.isValid() && (terms.scheme() == QLatin1String("https") || terms.scheme() == QLatin1String("http"))) {
            m_termsUrl = terms;
            refreshTerms();
        }
    });
}

bool CertificateAcmePage::emailValid() const
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = m_email->text().trimmed();
    return email.isEmpty() || pattern.match(email).hasMatch();
}

bool CertificateAcmePage::isComplete() const
{
    return !m_names->names().isEmpty() && m_names->isValid() && emailValid() && m_terms->isChecked();
}

int CertificateAcmePage::nextId() const
{
    return CertificateWizard::PreflightPageId;
}

bool CertificateAcmePage::validatePage()
{
    FieldErrorMap::setError(m_error, QString());
    EngineSession& session = m_wizard->session();
    Config config = session.engine().config();
    AcmeConfig& acme = config.settings.acme;
    const QString email = m_email->text().trimmed();
    if (acme.email != email || acme.termsAgreed != m_terms->isChecked()) {
        acme.email = email;
        acme.termsAgreed = m_terms->isChecked();
        // This page is where the admin typed and accepted it: no review beyond it.
        ConfigErrors errors;
        if (!ChangeApplier::apply(this, session, config, ChangeApplier::Review::AlreadyShown, &errors)) {
            FieldErrorMap::setError(m_error, tr("The e-mail address and the acceptance could not be saved:\n%1")
                                                 .arg(ErrorText::describeAll(errors)));
            return false;
        }
    }
    m_wizard->setAcmeNames(m_names->names());
    return true;
}

} // namespace Portico
