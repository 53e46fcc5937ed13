// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CacheRuleSitePage.h"

#include "widgets/UiStyle.h"
#include "wizards/CacheRuleWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Portico {

namespace {

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    FieldErrorMap::styleErrorLabel(label);
    return label;
}

QLabel* hintLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    UiStyle::makeSecondary(label);
    return label;
}

} // namespace

CacheRuleSitePage::CacheRuleSitePage(CacheRuleWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_siteLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_siteError(errorLabel(this, "cacheRuleSiteErrorLabel"))
    , m_routeLabel(new QLabel(this))
    , m_route(new QComboBox(this))
    , m_routeHint(hintLabel(this, "cacheRuleRouteHintLabel"))
    , m_routeError(errorLabel(this, "cacheRuleRouteErrorLabel"))
    , m_turnOn(new QCheckBox(this))
    , m_cachingNote(hintLabel(this, "cachingNoteLabel"))
    , m_pageError(errorLabel(this, "cacheRuleSitePageErrorLabel"))
{
    setObjectName(QStringLiteral("cacheRuleSitePage"));
    m_intro->setWordWrap(true);
    m_site->setObjectName(QStringLiteral("cacheRuleSiteComboBox"));
    m_route->setObjectName(QStringLiteral("cacheRuleRouteComboBox"));
    m_turnOn->setObjectName(QStringLiteral("turnOnCachingCheckBox"));
    m_siteLabel->setBuddy(m_site);
    m_routeLabel->setBuddy(m_route);

    const Config& config = m_wizard->baseConfig();
    for (const SiteConfig& site : config.sites)
        m_site->addItem(site.name);
    m_site->setCurrentIndex(m_wizard->siteIndex());
    // An edited rule stays where it is.
    m_site->setEnabled(!m_wizard->isEditing() && config.sites.size() > 1);
    m_turnOn->setChecked(m_wizard->turnsCachingOn());

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_siteLabel, FieldErrorMap::withError(m_site, m_siteError, this));
    auto* route = FieldErrorMap::withError(m_route, m_routeError, this);
    route->layout()->addWidget(m_routeHint);
    form->addRow(m_routeLabel, route);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_turnOn);
    layout->addWidget(m_cachingNote);
    layout->addWidget(m_pageError);
    layout->addStretch();

    fillRoutes();
    connect(m_site, &QComboBox::currentIndexChanged, this, &CacheRuleSitePage::onSiteChosen);
    connect(m_route, &QComboBox::currentIndexChanged, this, &CacheRuleSitePage::onRouteChosen);
    connect(m_turnOn, &QCheckBox::toggled, m_wizard, &CacheRuleWizard::setTurnOnCaching);
    connect(m_wizard, &CacheRuleWizard::draftChanged, this, &CacheRuleSitePage::revalidate);
    retranslate();
}

void CacheRuleSitePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CacheRuleSitePage::retranslate()
{
    setTitle(tr("Site"));
    setSubTitle(tr("Which site should the rule apply to?"));
    m_intro->setText(tr("A cache rule tells Portico which of a site's answers it may keep and hand out again "
                        "without asking the app, and for how long. Rules belong to one site; the first rule "
                        "that matches a request decides."));
    m_siteLabel->setText(tr("Site:"));
    m_routeLabel->setText(tr("Part of the site:"));
    m_routeHint->setText(tr("A rule can cover the whole site or only the requests one route takes (a path prefix "
                            "such as /api/)."));
    m_turnOn->setText(tr("Turn on caching for this site"));
    m_site->setAccessibleName(tr("Site"));
    m_route->setAccessibleName(tr("Part of the site"));
    m_turnOn->setAccessibleName(tr("Turn on caching for this site"));
    if (m_route->count() > 0) {
        m_route->setItemText(0, tr("All routes"));
        const SiteConfig* site =
            m_wizard->siteIndex() >= 0 ? &m_wizard->baseConfig().sites.at(m_wizard->siteIndex()) : nullptr;
        for (int i = 1; site && i < m_route->count(); ++i) {
            const QString prefix = m_route->itemData(i).toString();
            for (const RouteConfig& route : site->routes) {
                if (route.pathPrefix != prefix)
                    continue;
                m_route->setItemText(i, route.type == RouteType::Proxy
                                            ? tr("%1 (to the servers of %2)").arg(prefix, route.pool)
                                            : tr("%1 (a redirect: nothing to cache)").arg(prefix));
            }
        }
    }
    revalidate();
}

void CacheRuleSitePage::fillRoutes()
{
    const QSignalBlocker blocker(m_route);
    m_route->clear();
    m_route->addItem(QString(), QString());
    const int siteIndex = m_wizard->siteIndex();
    if (siteIndex >= 0) {
        for (const RouteConfig& route : m_wizard->baseConfig().sites.at(siteIndex).routes)
            m_route->addItem(route.pathPrefix, route.pathPrefix);
    }
    const QString current = m_wizard->rule().route;
    int index = m_route->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // A route the rule names that the site no longer has: keep it visible so the validator can say so.
        m_route->addItem(current, current);
        index = m_route->count() - 1;
    }
    m_route->setCurrentIndex(qMax(0, index));
}

void CacheRuleSitePage::initializePage()
{
    revalidate();
}

void CacheRuleSitePage::onSiteChosen()
{
    m_wizard->setSiteIndex(m_site->currentIndex());
    fillRoutes();
    retranslate();
}

void CacheRuleSitePage::onRouteChosen()
{
    CacheRule rule = m_wizard->rule();
    rule.route = m_route->currentData().toString();
    m_wizard->setRule(rule);
}

void CacheRuleSitePage::revalidate()
{
    const bool haveSite = m_wizard->siteIndex() >= 0;
    m_turnOn->setVisible(m_wizard->siteCachingOff());
    if (!haveSite)
        m_cachingNote->setText(tr("There is no site yet. Add a site first, then give it cache rules."));
    else if (!m_wizard->siteCachingOff())
        m_cachingNote->setText(tr("Caching is on for this site."));
    else if (m_wizard->turnsCachingOn())
        m_cachingNote->setText(tr("Caching is off for this site now; Apply turns it on, with this rule."));
    else
        m_cachingNote->setText(tr("Caching stays off: the rule is saved but does nothing until caching is turned on "
                                  "for the site (on the Cache page or with this wizard)."));

    m_errors.clear();
    if (haveSite) {
        m_errors.add(m_wizard->sitePath() + QStringLiteral(".cache.enabled"), m_pageError);
        m_errors.add(m_wizard->rulePath() + QStringLiteral(".route"), m_routeError);
        m_errors.setGeneralLabel(m_pageError);
        m_errors.addScope(m_wizard->sitePath() + QStringLiteral(".cache.enabled"));
    }
    const int shown = haveSite ? m_errors.show(m_wizard->candidateErrors()) : 0;
    const bool valid = haveSite && shown == 0;
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool CacheRuleSitePage::isComplete() const
{
    return m_valid;
}

} // namespace Portico
