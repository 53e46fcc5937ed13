// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/SiteHostnamesPage.h"

#include "app/EngineSession.h"
#include "wizards/SiteWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Portico {

namespace {

enum ListenerChoice
{
    KeepListeners,
    AddListener,
};

QLabel* secondaryLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    FieldErrorMap::styleErrorLabel(label);
    return label;
}

} // namespace

SiteHostnamesPage::SiteHostnamesPage(SiteWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_hostnamesLabel(new QLabel(this))
    , m_hostnames(new QLineEdit(this))
    , m_hostnamesHint(secondaryLabel(this, "hostnamesHintLabel"))
    , m_hostnamesError(errorLabel(this, "hostnamesErrorLabel"))
    , m_defaultSite(new QCheckBox(this))
    , m_defaultSiteError(errorLabel(this, "defaultSiteErrorLabel"))
    , m_siteNameLabel(new QLabel(this))
    , m_siteName(new QLineEdit(this))
    , m_siteNameError(errorLabel(this, "siteNameErrorLabel"))
    , m_listenerLabel(new QLabel(this))
    , m_listener(new QComboBox(this))
    , m_listenAddressLabel(new QLabel(this))
    , m_listenAddress(new QLineEdit(this))
    , m_listenPortLabel(new QLabel(this))
    , m_listenPort(new QSpinBox(this))
    , m_listenerError(errorLabel(this, "listenerErrorLabel"))
    , m_listenerHint(secondaryLabel(this, "listenerHintLabel"))
    , m_pageError(errorLabel(this, "hostnamesPageErrorLabel"))
{
    setObjectName(QStringLiteral("siteHostnamesPage"));
    m_intro->setWordWrap(true);
    m_hostnames->setObjectName(QStringLiteral("hostnamesLineEdit"));
    m_hostnames->setClearButtonEnabled(true);
    m_defaultSite->setObjectName(QStringLiteral("defaultSiteCheckBox"));
    m_siteName->setObjectName(QStringLiteral("siteNameLineEdit"));
    m_listener->setObjectName(QStringLiteral("listenerComboBox"));
    m_listenAddress->setObjectName(QStringLiteral("listenAddressLineEdit"));
    m_listenAddress->setText(QStringLiteral("0.0.0.0"));
    m_listenPort->setObjectName(QStringLiteral("listenPortSpinBox"));
    m_listenPort->setRange(1, 65535);
    m_listenPort->setValue(80);
    for (QLabel* label : {m_hostnamesLabel, m_siteNameLabel, m_listenerLabel, m_listenAddressLabel, m_listenPortLabel})
        label->setWordWrap(true);
    m_hostnamesLabel->setBuddy(m_hostnames);
    m_siteNameLabel->setBuddy(m_siteName);
    m_listenerLabel->setBuddy(m_listener);
    m_listenAddressLabel->setBuddy(m_listenAddress);
    m_listenPortLabel->setBuddy(m_listenPort);

    auto* newListener = new QWidget(this);
    newListener->setObjectName(QStringLiteral("newListenerWidget"));
    auto* newListenerLayout = new QHBoxLayout(newListener);
    newListenerLayout->setContentsMargins(0, 0, 0, 0);
    newListenerLayout->addWidget(m_listenAddressLabel);
    newListenerLayout->addWidget(m_listenAddress, 2);
    newListenerLayout->addSpacing(12);
    newListenerLayout->addWidget(m_listenPortLabel);
    newListenerLayout->addWidget(m_listenPort, 1);
    newListener->hide();

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto* hostnames = FieldErrorMap::withError(m_hostnames, m_hostnamesError, this);
    hostnames->layout()->addWidget(m_hostnamesHint);
    hostnames->layout()->addWidget(m_defaultSite);
    hostnames->layout()->addWidget(m_defaultSiteError);
    form->addRow(m_hostnamesLabel, hostnames);
    form->addRow(m_siteNameLabel, FieldErrorMap::withError(m_siteName, m_siteNameError, this));
    auto* listener = FieldErrorMap::withError(m_listener, m_listenerError, this);
    qobject_cast<QVBoxLayout*>(listener->layout())->insertWidget(1, newListener);
    listener->layout()->addWidget(m_listenerHint);
    form->addRow(m_listenerLabel, listener);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_pageError);
    layout->addStretch();

    const SiteConfig& site = wizard->site();
    m_hostnames->setText(site.serverNames.join(QStringLiteral(", ")));
    m_siteName->setText(site.name);
    m_defaultSite->setChecked(site.isDefault);
    m_nameFollowsHostnames = !wizard->isEditing();

    connect(m_hostnames, &QLineEdit::textChanged, this, &SiteHostnamesPage::onHostnamesEdited);
    connect(m_siteName, &QLineEdit::textEdited, this, [this] { m_nameFollowsHostnames = false; });
    connect(m_hostnames, &QLineEdit::textEdited, this, [this] { m_hostnamesEdited = true; });
    connect(m_siteName, &QLineEdit::textChanged, this, &SiteHostnamesPage::onSiteNameEdited);
    connect(m_defaultSite, &QCheckBox::toggled, m_wizard, &SiteWizard::setDefaultSite);
    connect(m_listener, &QComboBox::currentIndexChanged, this, &SiteHostnamesPage::onListenerChanged);
    connect(m_listener, &QComboBox::currentIndexChanged, newListener,
            [this, newListener] { newListener->setVisible(m_listener->currentIndex() == AddListener); });
    connect(m_listenAddress, &QLineEdit::textChanged, this, &SiteHostnamesPage::onListenerChanged);
    connect(m_listenPort, &QSpinBox::valueChanged, this, &SiteHostnamesPage::onListenerChanged);
    connect(m_wizard, &SiteWizard::draftChanged, this, &SiteHostnamesPage::revalidate);

    m_errors.add(wizard->sitePath() + QStringLiteral(".serverNames"), m_hostnamesError);
    m_errors.add(wizard->sitePath() + QStringLiteral(".default"), m_defaultSiteError);
    m_errors.add(wizard->sitePath() + QStringLiteral(".name"), m_siteNameError);
    m_errors.add(wizard->poolPath() + QStringLiteral(".name"), m_siteNameError);
    m_errors.add(wizard->listenerPath(), m_listenerError);
    m_errors.addScope(wizard->sitePath());
    m_errors.setGeneralLabel(m_pageError);

    retranslate();
}

void SiteHostnamesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SiteHostnamesPage::retranslate()
{
    setTitle(tr("Names"));
    setSubTitle(tr("Which web addresses belong to this site?"));
    m_intro->setText(tr("Visitors reach the site by these names. Each name must point to this computer in your "
                        "DNS or hosts file."));
    m_hostnamesLabel->setText(tr("Server names:"));
    m_hostnames->setPlaceholderText(tr("intranet.example.com, wiki.example.com"));
    m_hostnamesHint->setText(tr("Separate names with commas. *.example.com covers every name under example.com."));
    m_defaultSite->setText(tr("Also answer requests for names no other site claims (default site)"));
    m_siteNameLabel->setText(tr("Site name:"));
    m_siteName->setPlaceholderText(tr("A short name for lists, e.g. intranet"));
    m_listenerLabel->setText(tr("Reachable on:"));
    m_listenAddressLabel->setText(tr("Address:"));
    m_listenPortLabel->setText(tr("Port:"));

    // The addresses really open when the engine runs (port 0 in the config means "any free port").
    QStringList endpoints;
    for (const BoundListener& listener : m_wizard->session().engine().listeners())
        endpoints << listener.endpoint();
    if (endpoints.isEmpty()) {
        for (const ListenerConfig& listener : m_wizard->baseConfig().listeners)
            endpoints << listener.endpoint();
    }
    const int current = m_listener->currentIndex();
    QSignalBlocker blocker(m_listener);
    m_listener->clear();
    m_listener->addItem(endpoints.isEmpty()
                            ? tr("Every address Portico listens on (none yet)")
                            : tr("Every address Portico listens on: %1").arg(endpoints.join(QStringLiteral(", "))));
    m_listener->addItem(tr("Also listen on another address and port"));
    m_listener->setCurrentIndex(qMax(0, current));
    m_listenerHint->setText(tr("Every site is reachable on every address Portico listens on. Use 0.0.0.0 to listen "
                               "on all network interfaces of this computer; port 80 is the usual one for http://."));
}

void SiteHostnamesPage::initializePage()
{
    revalidate();
}

QStringList SiteHostnamesPage::splitNames(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void SiteHostnamesPage::onHostnamesEdited()
{
    const QStringList names = splitNames(m_hostnames->text());
    if (m_nameFollowsHostnames) {
        // The first label of the first name makes a good short site name ("intranet" for intranet.example.com).
        QString name = names.value(0).toLower();
        if (name.startsWith(QLatin1String("*.")))
            name = name.mid(2);
        name = name.section(QLatin1Char('.'), 0, 0);
        const QSignalBlocker blocker(m_siteName);
        m_siteName->setText(name);
        m_wizard->setSiteName(name);
    }
    m_wizard->setServerNames(names);
}

void SiteHostnamesPage::onSiteNameEdited()
{
    m_wizard->setSiteName(m_siteName->text().trimmed());
}

void SiteHostnamesPage::onListenerChanged()
{
    if (m_listener->currentIndex() != AddListener) {
        m_wizard->setNewListener(std::nullopt);
        return;
    }
    m_wizard->setNewListener(ListenerConfig{m_listenAddress->text().trimmed(),
                                            static_cast<quint16>(m_listenPort->value()), ListenerProtocol::Http});
}

void SiteHostnamesPage::revalidate()
{
    ConfigErrors errors = m_wizard->candidateErrors();
    // The HTTPS step shows its own: the site's TLS settings, and its new listener when this page adds none.
    const QString tlsPath = m_wizard->sitePath() + QStringLiteral(".tls");
    const bool ownListener = m_wizard->newListener().has_value();
    errors.removeIf([&](const ConfigError& error) {
        return FieldErrorMap::isWithin(error.path, tlsPath) ||
               (!ownListener && FieldErrorMap::isWithin(error.path, m_wizard->listenerPath()));
    });
    const int shown = m_errors.show(errors);
    const SiteConfig& site = m_wizard->site();
    // A fresh wizard is not a list of mistakes: empty fields nobody has touched yet say nothing.
    if (!m_hostnamesEdited && m_hostnames->text().isEmpty()) {
        FieldErrorMap::setError(m_hostnamesError, QString());
        if (m_siteName->text().isEmpty())
            FieldErrorMap::setError(m_siteNameError, QString());
    }
    const bool valid = shown == 0 && !site.name.trimmed().isEmpty() && (!site.serverNames.isEmpty() || site.isDefault);
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool SiteHostnamesPage::isComplete() const
{
    return m_valid;
}

} // namespace Portico
