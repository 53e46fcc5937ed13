// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheRule.h"
#include "config/Config.h"
#include "config/ConfigError.h"

#include <QWizard>

namespace Portico {

class EngineSession;

// Adds a cache rule to a site, or edits one, in five steps: site, what to match, what to do, try a URL,
// review. The wizard holds the draft rule, its place among the site's rules and whether to turn caching
// on, and builds the candidate config from them, so every page validates with the engine's validator
// and the tester asks the engine's own rule matcher. Finish applies through ChangeApplier (review dialog).
class CacheRuleWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SitePageId,
        MatchPageId,
        ActionPageId,
        TestPageId,
        ReviewPageId,
    };

    // "site", "match", "action", "test", "review": the steps in order, as --wizard-page takes them.
    static QStringList pageNames();

    // siteName preselects the site (empty: the first one). ruleIndex >= 0 edits that rule of the site,
    // which then stays the site; an index the site does not have adds a rule instead.
    CacheRuleWizard(EngineSession& session, const QString& siteName, QWidget* parent = nullptr, int ruleIndex = -1);

    EngineSession& session() { return m_session; }
    const Config& baseConfig() const { return m_base; }
    bool isEditing() const { return m_editIndex >= 0; }

    // Index in baseConfig().sites; -1 when the config has no site.
    int siteIndex() const { return m_siteIndex; }
    const CacheRule& rule() const { return m_rule; }
    // Where the rule goes among the site's rules in the candidate (0 = tried first).
    int position() const { return m_position; }
    // How many rules the site has in the candidate, this one included.
    int ruleCount() const;
    // The site's caching is off in the config in force.
    bool siteCachingOff() const;
    bool turnsCachingOn() const { return m_turnOnCaching; }

    // Setters update the draft and emit draftChanged().
    void setSiteIndex(int index);
    void setTurnOnCaching(bool on);
    void setRule(const CacheRule& rule);
    void setPosition(int position);

    // The config in force with the draft put in.
    Config candidate() const;
    ConfigErrors candidateErrors() const;
    // JSON paths within candidate(): the site, and the draft rule ("sites[1].cache.rules[0]").
    QString sitePath() const;
    QString rulePath() const;

    // Validates, shows the review dialog and applies the candidate. True when it is in force (or changed
    // nothing); errors gets the validator's or the engine's refusal; a declined review leaves it empty.
    bool apply(ConfigErrors* errors);

Q_SIGNALS:
    void draftChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    EngineSession& m_session;
    Config m_base;
    int m_siteIndex = -1;
    // The rule edited, in m_base's site m_siteIndex; -1 when adding.
    int m_editIndex = -1;
    CacheRule m_rule;
    int m_position = 0;
    bool m_turnOnCaching = true;
};

} // namespace Portico
