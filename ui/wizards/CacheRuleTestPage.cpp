// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CacheRuleTestPage.h"

#include "cache/CacheKey.h"
#include "cache/CacheRequestFacts.h"
#include "cache/CacheRuleSet.h"
#include "config/RouteConfig.h"
#include "route/RouteMatch.h"
#include "route/Router.h"
#include "text/CacheRuleText.h"
#include "widgets/UiStyle.h"
#include "wizards/CacheRuleWizard.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace Portico {

namespace {

struct MethodName
{
    HttpMethod method;
    const char* name;
};

constexpr MethodName methods[] = {{HttpMethod::Get, "GET"},
                                  {HttpMethod::Head, "HEAD"},
                                  {HttpMethod::Post, "POST"},
                                  {HttpMethod::Put, "PUT"},
                                  {HttpMethod::Delete, "DELETE"}};

QLabel* hintLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    UiStyle::makeSecondary(label);
    return label;
}

// A host name the router sends to the site: its first name ("*.example.com" as www.example.com).
QByteArray hostFor(const SiteConfig& site)
{
    if (site.serverNames.isEmpty())
        return QByteArrayLiteral("cache-rule-test.invalid");
    QString name = site.serverNames.first();
    if (name.startsWith(QLatin1String("*.")))
        name = QStringLiteral("www") + name.mid(1);
    return name.toUtf8();
}

} // namespace

CacheRuleTestPage::CacheRuleTestPage(CacheRuleWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_methodLabel(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_cookieLabel(new QLabel(this))
    , m_cookie(new QLineEdit(this))
    , m_headerLabel(new QLabel(this))
    , m_header(new QLineEdit(this))
    , m_contentTypeLabel(new QLabel(this))
    , m_contentType(new QLineEdit(this))
    , m_contentTypeHint(hintLabel(this, "testContentTypeHintLabel"))
    , m_verdictHeading(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_key(new QLabel(this))
    , m_note(hintLabel(this, "testNoteLabel"))
{
    setObjectName(QStringLiteral("cacheRuleTestPage"));
    m_intro->setWordWrap(true);
    m_url->setObjectName(QStringLiteral("testUrlLineEdit"));
    m_method->setObjectName(QStringLiteral("testMethodComboBox"));
    for (const MethodName& method : methods)
        m_method->addItem(QLatin1String(method.name));
    m_cookie->setObjectName(QStringLiteral("testCookieLineEdit"));
    m_header->setObjectName(QStringLiteral("testHeaderLineEdit"));
    m_contentType->setObjectName(QStringLiteral("testContentTypeLineEdit"));
    for (QLineEdit* edit : {m_url, m_cookie, m_header, m_contentType})
        edit->setClearButtonEnabled(true);
    m_verdictHeading->setObjectName(QStringLiteral("testVerdictHeadingLabel"));
    m_verdict->setObjectName(QStringLiteral("testVerdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_key->setObjectName(QStringLiteral("testKeyLabel"));
    m_key->setWordWrap(true);
    m_key->setTextFormat(Qt::PlainText);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel->setBuddy(m_url);
    m_methodLabel->setBuddy(m_method);
    m_cookieLabel->setBuddy(m_cookie);
    m_headerLabel->setBuddy(m_header);
    m_contentTypeLabel->setBuddy(m_contentType);

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_methodLabel, m_method);
    form->addRow(m_cookieLabel, m_cookie);
    form->addRow(m_headerLabel, m_header);
    auto* contentType = new QWidget(this);
    auto* contentTypeLayout = new QVBoxLayout(contentType);
    contentTypeLayout->setContentsMargins(0, 0, 0, 0);
    contentTypeLayout->setSpacing(3);
    contentTypeLayout->addWidget(m_contentType);
    contentTypeLayout->addWidget(m_contentTypeHint);
    form->addRow(m_contentTypeLabel, contentType);

    auto* result = new QFrame(this);
    result->setObjectName(QStringLiteral("testResultFrame"));
    UiStyle::makeCard(result);
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_verdictHeading);
    resultLayout->addWidget(m_verdict);
    resultLayout->addWidget(m_key);
    resultLayout->addWidget(m_note);
    resultLayout->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    // The card takes the room left: wrapped verdicts need more height than the wizard's layout would give them.
    layout->addWidget(result, 1);

    for (QLineEdit* edit : {m_url, m_cookie, m_header, m_contentType})
        connect(edit, &QLineEdit::textChanged, this, &CacheRuleTestPage::runTest);
    connect(m_method, &QComboBox::currentIndexChanged, this, &CacheRuleTestPage::runTest);
    connect(m_wizard, &CacheRuleWizard::draftChanged, this, [this] {
        if (m_wizard->currentPage() == this)
            runTest();
    });
    retranslate();
}

void CacheRuleTestPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CacheRuleTestPage::retranslate()
{
    setTitle(tr("Try it"));
    setSubTitle(tr("Type an address of the site to see what Portico would do with it once the rule is applied."));
    m_intro->setText(tr("The answer comes from the same rule matching the engine uses, with all of the site's rules "
                        "in their order. Nothing is sent to the app."));
    m_urlLabel->setText(tr("Path and query:"));
    m_url->setPlaceholderText(tr("/static/app.css?v=3"));
    m_url->setAccessibleName(tr("Path and query to test"));
    m_methodLabel->setText(tr("Method:"));
    m_method->setAccessibleName(tr("Method of the test request"));
    m_cookieLabel->setText(tr("Cookie (optional):"));
    m_cookie->setPlaceholderText(tr("sessionid=abc123; theme=dark"));
    m_cookie->setAccessibleName(tr("Cookie of the test request"));
    m_headerLabel->setText(tr("Header (optional):"));
    m_header->setPlaceholderText(tr("Authorization: Bearer abc123"));
    m_header->setAccessibleName(tr("Header of the test request"));
    m_contentTypeLabel->setText(tr("Content type (optional):"));
    m_contentType->setPlaceholderText(tr("text/css"));
    m_contentType->setAccessibleName(tr("Content type of the app's answer"));
    m_contentTypeHint->setText(tr("What the app would answer with; rules that name content types need it."));
    m_verdictHeading->setText(tr("What would happen:"));
    runTest();
}

void CacheRuleTestPage::initializePage()
{
    if (m_url->text().isEmpty()) {
        // A path the rule matches, so the first thing shown is the rule at work.
        const CacheRule& rule = m_wizard->rule();
        QString path = QStringLiteral("/");
        if (!rule.pathGlobs.isEmpty()) {
            path = rule.pathGlobs.first();
            path.replace(QLatin1String("**"), QLatin1String("x")).replace(QLatin1Char('*'), QLatin1String("x"));
            if (!path.startsWith(QLatin1Char('/')))
                path.prepend(QLatin1Char('/'));
        } else if (!rule.route.isEmpty()) {
            path = rule.route;
        }
        if (!rule.extensions.isEmpty())
            path += (path.endsWith(QLatin1Char('/')) ? QStringLiteral("file.") : QStringLiteral(".")) +
                    rule.extensions.first();
        m_url->setText(path);
    }
    runTest();
}

void CacheRuleTestPage::runTest()
{
    m_key->clear();
    m_note->clear();
    const auto show = [this](const QString& verdict) {
        m_verdict->setText(verdict);
        m_key->setVisible(!m_key->text().isEmpty());
        m_note->setVisible(!m_note->text().isEmpty());
    };
    const int siteIndex = m_wizard->siteIndex();
    if (siteIndex < 0)
        return show(tr("There is no site to test."));

    QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return show(tr("Type a path, e.g. /static/app.css?v=3."));
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        const QUrl url(text);
        text = url.path(QUrl::FullyEncoded);
        if (text.isEmpty())
            text = QStringLiteral("/");
        if (url.hasQuery())
            text += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    }
    if (!text.startsWith(QLatin1Char('/')))
        return show(tr("Type a path that starts with /, e.g. /static/app.css?v=3."));

    const Config candidate = m_wizard->candidate();
    const SiteConfig& site = candidate.sites.at(siteIndex);
    if (!site.cache.enabled)
        return show(tr("Caching is off for this site: every request goes to the app and nothing is stored."));

    const Router router(candidate);
    const QByteArray target = text.toUtf8();
    const RouteMatch route = router.match(hostFor(site), target);
    switch (route.outcome()) {
    case RouteMatch::Outcome::Route:
        break;
    case RouteMatch::Outcome::Redirect:
        return show(tr("The route %1 answers with a redirect: nothing is cached.").arg(route.route()->pathPrefix));
    case RouteMatch::Outcome::NoRoute:
        return show(tr("No route of the site takes this path (Portico answers 404): nothing is cached."));
    case RouteMatch::Outcome::BadPath:
    case RouteMatch::Outcome::BadHost:
        return show(tr("Portico would refuse this address (400): nothing is cached."));
    case RouteMatch::Outcome::NoSite:
        break;
    }
    if (route.siteIndex() != siteIndex)
        return show(tr("Another site answers for %1, so this site's rules cannot be tested by name.")
                        .arg(QString::fromUtf8(hostFor(site))));

    const QByteArray path = route.path().toByteArray();
    const QByteArray query = route.query().startsWith('?') ? route.query().sliced(1).toByteArray() : QByteArray();
    QList<QPair<QByteArray, QByteArray>> fields;
    if (const QString cookie = m_cookie->text().trimmed(); !cookie.isEmpty())
        fields.append({QByteArrayLiteral("Cookie"), cookie.toUtf8()});
    if (const QString header = m_header->text().trimmed(); !header.isEmpty()) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        // A name alone stands for the header with some value: the rules look at its presence.
        const QString name = colon < 0 ? header : header.left(colon).trimmed();
        const QString value = colon < 0 ? QStringLiteral("1") : header.mid(colon + 1).trimmed();
        fields.append({name.toUtf8(), value.toUtf8()});
    }
    CacheRequestFacts facts;
    facts.method = methods[qBound(0, m_method->currentIndex(), int(std::size(methods)) - 1)].method;
    facts.path = path;
    facts.query = query;
    facts.fields = &fields;

    const CacheRuleSet rules(site.cache);
    const QString prefix = route.route() ? route.route()->pathPrefix : QStringLiteral("/");
    const CacheRequestOutcome request = rules.matchRequest(facts, prefix);
    const auto ruleName = [&site](int index) {
        return CacheRuleText::quotedName(site.cache.rules.value(index).name);
    };
    const auto mark = [this](int index) {
        return index == m_wizard->position() ? tr(" (the rule you are making)") : QString();
    };
    const auto never = [&](int index) {
        return tr("Rule %1%2 matches: never stored; the request goes straight to the app.")
            .arg(ruleName(index), mark(index));
    };
    switch (request.bypass) {
    case CacheBypass::Method:
        return show(tr("Not cached: %1 requests are never answered from the cache (they make the stored copies of "
                       "this address outdated).")
                        .arg(m_method->currentText()));
    case CacheBypass::Cookie:
        return show(tr("Skipped: cookie %1 present (rule %2): the request goes straight to the app.")
                        .arg(QString::fromUtf8(request.bypassDetail), ruleName(request.bypassRule)));
    case CacheBypass::Header:
        return show(tr("Skipped: header %1 present (rule %2): the request goes straight to the app.")
                        .arg(QString::fromUtf8(request.bypassDetail), ruleName(request.bypassRule)));
    case CacheBypass::NeverRule:
        return show(never(request.bypassRule));
    case CacheBypass::None:
        break;
    }

    const QByteArray contentType = m_contentType->text().trimmed().toUtf8();
    const CacheRuleOutcome outcome = rules.matchResponse(request, contentType);
    QList<QByteArray> ignored;
    for (const QByteArray& parameter : request.ignoredParameters)
        ignored << parameter;
    const QByteArray kept = CacheKey::keptQuery(query, request.ignoreQuery, ignored);
    if (outcome.action != CacheAction::NeverCache) {
        const QString key = QString::fromUtf8(kept.isEmpty() ? path : path + '?' + kept);
        m_key->setText(kept == query ? tr("Stored under: %1").arg(key)
                                     : tr("Stored under: %1 (the rule leaves out some of the query, so addresses "
                                          "that differ only there share one copy)")
                                           .arg(key));
    }
    if (contentType.isEmpty()) {
        for (int i = 0; i < site.cache.rules.size() && i < 64; ++i) {
            if ((request.candidates & (quint64(1) << i)) && !site.cache.rules.at(i).contentTypes.isEmpty()) {
                m_note->setText(tr("Rule %1 also depends on the content type; fill it in to see whether it matches.")
                                    .arg(ruleName(i)));
                break;
            }
        }
    }
    if (outcome.ruleIndex < 0)
        return show(tr("No rule matches: follows the app's headers."));
    if (outcome.action == CacheAction::NeverCache)
        return show(never(outcome.ruleIndex));
    return show(tr("Rule %1%2 matches: %3.")
                    .arg(ruleName(outcome.ruleIndex), mark(outcome.ruleIndex),
                         CacheRuleText::action(site.cache.rules.value(outcome.ruleIndex))));
}

} // namespace Portico
