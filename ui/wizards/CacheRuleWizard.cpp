// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CacheRuleWizard.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "config/ConfigValidator.h"
#include "wizards/CacheRuleActionPage.h"
#include "wizards/CacheRuleMatchPage.h"
#include "wizards/CacheRuleReviewPage.h"
#include "wizards/CacheRuleSitePage.h"
#include "wizards/CacheRuleTestPage.h"

#include <QEvent>

namespace Portico {

CacheRuleWizard::CacheRuleWizard(EngineSession& session, const QString& siteName, QWidget* parent, int ruleIndex)
    : QWizard(parent)
    , m_session(session)
    , m_base(session.engine().config())
{
    setObjectName(QStringLiteral("cacheRuleWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 640);

    for (qsizetype i = 0; i < m_base.sites.size(); ++i) {
        if (m_base.sites.at(i).name == siteName)
            m_siteIndex = static_cast<int>(i);
    }
    if (m_siteIndex < 0 && !m_base.sites.isEmpty())
        m_siteIndex = 0;
    if (m_siteIndex >= 0) {
        const SiteCacheConfig& cache = m_base.sites.at(m_siteIndex).cache;
        if (!siteName.isEmpty() && ruleIndex >= 0 && ruleIndex < cache.rules.size()) {
            m_editIndex = ruleIndex;
            m_rule = cache.rules.at(ruleIndex);
            m_position = ruleIndex;
        } else {
            m_position = static_cast<int>(cache.rules.size());
        }
    }
    if (m_editIndex < 0) {
        // What most admins come for: keep static files an hour when the app says nothing.
        m_rule.name = tr("Rule %1").arg(m_position + 1);
        m_rule.action = CacheAction::CacheFor;
        m_rule.ttlSeconds = 3600;
    }

    setPage(SitePageId, new CacheRuleSitePage(this));
    setPage(MatchPageId, new CacheRuleMatchPage(this));
    setPage(ActionPageId, new CacheRuleActionPage(this));
    setPage(TestPageId, new CacheRuleTestPage(this));
    setPage(ReviewPageId, new CacheRuleReviewPage(this));
    setStartId(SitePageId);
    retranslate();
}

QStringList CacheRuleWizard::pageNames()
{
    return {QStringLiteral("site"), QStringLiteral("match"), QStringLiteral("action"), QStringLiteral("test"),
            QStringLiteral("review")};
}

void CacheRuleWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void CacheRuleWizard::retranslate()
{
    setWindowTitle(isEditing() ? tr("Edit cache rule %1").arg(m_rule.name) : tr("Add cache rule"));
    setButtonText(QWizard::FinishButton, tr("Apply"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

int CacheRuleWizard::ruleCount() const
{
    if (m_siteIndex < 0)
        return 0;
    const qsizetype existing = m_base.sites.at(m_siteIndex).cache.rules.size();
    return static_cast<int>(isEditing() ? existing : existing + 1);
}

bool CacheRuleWizard::siteCachingOff() const
{
    return m_siteIndex >= 0 && !m_base.sites.at(m_siteIndex).cache.enabled;
}

void CacheRuleWizard::setSiteIndex(int index)
{
    // An edited rule stays in its site.
    if (isEditing() || index == m_siteIndex || index < 0 || index >= m_base.sites.size())
        return;
    m_siteIndex = index;
    m_position = static_cast<int>(m_base.sites.at(index).cache.rules.size());
    // Another site's routes are not this one's.
    m_rule.route.clear();
    Q_EMIT draftChanged();
}

void CacheRuleWizard::setTurnOnCaching(bool on)
{
    m_turnOnCaching = on;
    Q_EMIT draftChanged();
}

void CacheRuleWizard::setRule(const CacheRule& rule)
{
    if (rule == m_rule)
        return;
    m_rule = rule;
    Q_EMIT draftChanged();
}

void CacheRuleWizard::setPosition(int position)
{
    position = qBound(0, position, qMax(0, ruleCount() - 1));
    if (position == m_position)
        return;
    m_position = position;
    Q_EMIT draftChanged();
}

Config CacheRuleWizard::candidate() const
{
    Config config = m_base;
    if (m_siteIndex < 0)
        return config;
    SiteCacheConfig& cache = config.sites[m_siteIndex].cache;
    if (isEditing())
        cache.rules.removeAt(m_editIndex);
    cache.rules.insert(qBound(qsizetype(0), qsizetype(m_position), cache.rules.size()), m_rule);
    if (m_turnOnCaching)
        cache.enabled = true;
    return config;
}

ConfigErrors CacheRuleWizard::candidateErrors() const
{
    return ConfigValidator::validate(candidate()).errors;
}

QString CacheRuleWizard::sitePath() const
{
    return QStringLiteral("sites[%1]").arg(m_siteIndex);
}

QString CacheRuleWizard::rulePath() const
{
    return sitePath() + QStringLiteral(".cache.rules[%1]").arg(m_position);
}

bool CacheRuleWizard::apply(ConfigErrors* errors)
{
    return ChangeApplier::apply(this, m_session, candidate(), ChangeApplier::Review::Ask, errors);
}

} // namespace Portico
