// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CacheRuleActionPage.h"

#include "config/JsonReader.h"
#include "text/CacheRuleText.h"
#include "widgets/UiStyle.h"
#include "wizards/CacheRuleWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Portico {

namespace {

constexpr qint64 unitSeconds[] = {1, 60, 3600, 86400};

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    FieldErrorMap::styleErrorLabel(label);
    return label;
}

} // namespace

CacheRuleActionPage::CacheRuleActionPage(CacheRuleWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_cacheFor(new QRadioButton(this))
    , m_override(new QRadioButton(this))
    , m_durationRow(new QWidget(this))
    , m_durationLabel(new QLabel(this))
    , m_duration(new QSpinBox(this))
    , m_durationUnit(new QComboBox(this))
    , m_durationError(errorLabel(this, "durationErrorLabel"))
    , m_overrideWarning(new QLabel(this))
    , m_never(new QRadioButton(this))
    , m_respect(new QRadioButton(this))
    , m_actionHint(new QLabel(this))
    , m_actionError(errorLabel(this, "cacheRuleActionErrorLabel"))
    , m_keyGroup(new QGroupBox(this))
    , m_ignoreQuery(new QCheckBox(this))
    , m_ignoredParametersLabel(new QLabel(this))
    , m_ignoredParameters(new QLineEdit(this))
    , m_ignoredParametersError(errorLabel(this, "ignoredParametersErrorLabel"))
    , m_bypassGroup(new QGroupBox(this))
    , m_bypass(new QCheckBox(this))
    , m_bypassCookiesLabel(new QLabel(this))
    , m_bypassCookies(new QLineEdit(this))
    , m_bypassCookiesError(errorLabel(this, "bypassCookiesErrorLabel"))
    , m_bypassHeadersLabel(new QLabel(this))
    , m_bypassHeaders(new QLineEdit(this))
    , m_bypassHeadersError(errorLabel(this, "bypassHeadersErrorLabel"))
    , m_pageError(errorLabel(this, "cacheRuleActionPageErrorLabel"))
{
    setObjectName(QStringLiteral("cacheRuleActionPage"));
    m_intro->setWordWrap(true);
    m_cacheFor->setObjectName(QStringLiteral("cacheForRadioButton"));
    m_override->setObjectName(QStringLiteral("overrideRadioButton"));
    m_duration->setObjectName(QStringLiteral("durationSpinBox"));
    m_duration->setRange(1, 9999);
    m_durationUnit->setObjectName(QStringLiteral("durationUnitComboBox"));
    m_durationUnit->addItems({QString(), QString(), QString(), QString()});
    m_overrideWarning->setObjectName(QStringLiteral("overrideWarningLabel"));
    m_overrideWarning->setWordWrap(true);
    QPalette warning = m_overrideWarning->palette();
    warning.setColor(QPalette::WindowText, UiStyle::warningColor(warning));
    m_overrideWarning->setPalette(warning);
    m_never->setObjectName(QStringLiteral("neverCacheRadioButton"));
    m_respect->setObjectName(QStringLiteral("followAppRadioButton"));
    m_actionHint->setObjectName(QStringLiteral("actionHintLabel"));
    m_actionHint->setWordWrap(true);
    UiStyle::makeSecondary(m_actionHint);
    m_keyGroup->setObjectName(QStringLiteral("cacheKeyGroupBox"));
    m_ignoreQuery->setObjectName(QStringLiteral("ignoreQueryCheckBox"));
    m_ignoredParameters->setObjectName(QStringLiteral("ignoredParametersLineEdit"));
    m_bypassGroup->setObjectName(QStringLiteral("bypassGroupBox"));
    m_bypass->setObjectName(QStringLiteral("bypassLoggedInCheckBox"));
    m_bypassCookies->setObjectName(QStringLiteral("bypassCookiesLineEdit"));
    m_bypassHeaders->setObjectName(QStringLiteral("bypassHeadersLineEdit"));
    for (QLineEdit* edit : {m_ignoredParameters, m_bypassCookies, m_bypassHeaders})
        edit->setClearButtonEnabled(true);
    m_durationLabel->setBuddy(m_duration);
    m_ignoredParametersLabel->setBuddy(m_ignoredParameters);
    m_bypassCookiesLabel->setBuddy(m_bypassCookies);
    m_bypassHeadersLabel->setBuddy(m_bypassHeaders);

    auto* actions = new QButtonGroup(this);
    for (QRadioButton* button : {m_cacheFor, m_override, m_never, m_respect})
        actions->addButton(button);

    // The time, its error and the override's warning under the two radio buttons they belong to.
    auto* durationBox = new QVBoxLayout(m_durationRow);
    durationBox->setContentsMargins(28, 0, 0, 0);
    auto* durationLayout = new QHBoxLayout();
    durationLayout->addWidget(m_durationLabel);
    durationLayout->addWidget(m_duration);
    durationLayout->addWidget(m_durationUnit);
    durationLayout->addStretch();
    durationBox->addLayout(durationLayout);
    durationBox->addWidget(m_durationError);
    durationBox->addWidget(m_overrideWarning);

    auto* keyLayout = new QFormLayout(m_keyGroup);
    keyLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    keyLayout->addRow(m_ignoreQuery);
    keyLayout->addRow(m_ignoredParametersLabel,
                      FieldErrorMap::withError(m_ignoredParameters, m_ignoredParametersError, m_keyGroup));

    auto* bypassLayout = new QFormLayout(m_bypassGroup);
    bypassLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    bypassLayout->addRow(m_bypass);
    bypassLayout->addRow(m_bypassCookiesLabel,
                         FieldErrorMap::withError(m_bypassCookies, m_bypassCookiesError, m_bypassGroup));
    bypassLayout->addRow(m_bypassHeadersLabel,
                         FieldErrorMap::withError(m_bypassHeaders, m_bypassHeadersError, m_bypassGroup));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_intro);
    layout->addWidget(m_cacheFor);
    layout->addWidget(m_override);
    layout->addWidget(m_durationRow);
    layout->addWidget(m_never);
    layout->addWidget(m_respect);
    layout->addWidget(m_actionHint);
    layout->addWidget(m_actionError);
    layout->addSpacing(6);
    layout->addWidget(m_keyGroup);
    layout->addWidget(m_bypassGroup);
    layout->addWidget(m_pageError);
    layout->addStretch();

    loadFromRule();
    for (QRadioButton* button : {m_cacheFor, m_override, m_never, m_respect})
        connect(button, &QRadioButton::toggled, this, &CacheRuleActionPage::onEdited);
    connect(m_duration, &QSpinBox::valueChanged, this, &CacheRuleActionPage::onEdited);
    connect(m_durationUnit, &QComboBox::currentIndexChanged, this, &CacheRuleActionPage::onEdited);
    connect(m_ignoreQuery, &QCheckBox::toggled, this, &CacheRuleActionPage::onEdited);
    connect(m_bypass, &QCheckBox::toggled, this, &CacheRuleActionPage::onBypassToggled);
    for (QLineEdit* edit : {m_ignoredParameters, m_bypassCookies, m_bypassHeaders})
        connect(edit, &QLineEdit::textChanged, this, &CacheRuleActionPage::onEdited);
    connect(m_wizard, &CacheRuleWizard::draftChanged, this, &CacheRuleActionPage::revalidate);
    retranslate();
}

void CacheRuleActionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CacheRuleActionPage::retranslate()
{
    setTitle(tr("What to do"));
    setSubTitle(tr("What should Portico do with the answers the rule matches?"));
    m_intro->setText(tr("Apps say how long an answer may be kept in their Cache-Control and Expires headers. "
                        "Choose how the rule treats them:"));
    m_cacheFor->setText(tr("Cache when the app does not say how long"));
    m_override->setText(tr("Override: cache even when the app says no-cache or gives a time of its own"));
    m_durationLabel->setText(tr("Keep for:"));
    m_durationUnit->setItemText(Seconds, tr("seconds"));
    m_durationUnit->setItemText(Minutes, tr("minutes"));
    m_durationUnit->setItemText(Hours, tr("hours"));
    m_durationUnit->setItemText(Days, tr("days"));
    m_never->setText(tr("Never cache"));
    m_respect->setText(tr("Follow what the app says"));
    m_cacheFor->setAccessibleName(tr("Cache when the app does not say how long"));
    m_override->setAccessibleName(tr("Override the app's caching headers"));
    m_duration->setAccessibleName(tr("How long to keep answers"));
    m_durationUnit->setAccessibleName(tr("Unit of the time to keep answers"));
    m_never->setAccessibleName(tr("Never cache"));
    m_respect->setAccessibleName(tr("Follow what the app says"));
    m_keyGroup->setTitle(tr("Stored copies"));
    m_ignoreQuery->setText(tr("Ignore the whole query string (/page?a=1 and /page?a=2 share one copy)"));
    m_ignoreQuery->setAccessibleName(tr("Ignore the whole query string"));
    m_ignoredParametersLabel->setText(tr("Ignore these parameters:"));
    m_ignoredParameters->setPlaceholderText(tr("utm_source, utm_medium, fbclid"));
    m_ignoredParameters->setAccessibleName(tr("Query parameters to ignore"));
    m_bypassGroup->setTitle(tr("Skipping the cache"));
    m_bypass->setText(tr("Skip the cache for logged-in users"));
    m_bypass->setAccessibleName(tr("Skip the cache for logged-in users"));
    m_bypassCookiesLabel->setText(tr("When one of these cookies is sent:"));
    m_bypassCookies->setPlaceholderText(tr("sessionid, wordpress_logged_in"));
    m_bypassCookies->setAccessibleName(tr("Cookies that skip the cache"));
    m_bypassHeadersLabel->setText(tr("Or one of these headers:"));
    m_bypassHeaders->setPlaceholderText(tr("Authorization"));
    m_bypassHeaders->setAccessibleName(tr("Headers that skip the cache"));
    revalidate();
}

void CacheRuleActionPage::loadFromRule()
{
    const CacheRule& rule = m_wizard->rule();
    m_loading = true;
    switch (rule.action) {
    case CacheAction::CacheFor:
        (rule.overrideBackend ? m_override : m_cacheFor)->setChecked(true);
        break;
    case CacheAction::NeverCache:
        m_never->setChecked(true);
        break;
    case CacheAction::RespectBackend:
        m_respect->setChecked(true);
        break;
    }
    const qint64 ttl = rule.ttlSeconds > 0 ? rule.ttlSeconds : 3600;
    int unit = Days;
    while (unit > Seconds && (ttl % unitSeconds[unit] != 0 || ttl / unitSeconds[unit] > m_duration->maximum()))
        --unit;
    m_durationUnit->setCurrentIndex(unit);
    m_duration->setValue(static_cast<int>(qMin<qint64>(ttl / unitSeconds[unit], m_duration->maximum())));
    m_ignoreQuery->setChecked(rule.ignoreQuery);
    m_ignoredParameters->setText(CacheRuleText::joinList(rule.ignoredParameters));
    m_bypass->setChecked(!rule.bypassCookies.isEmpty() || !rule.bypassHeaders.isEmpty());
    m_bypassCookies->setText(CacheRuleText::joinList(rule.bypassCookies));
    m_bypassHeaders->setText(CacheRuleText::joinList(rule.bypassHeaders));
    m_loading = false;
}

void CacheRuleActionPage::initializePage()
{
    revalidate();
}

qint64 CacheRuleActionPage::durationSeconds() const
{
    return m_duration->value() * unitSeconds[qBound(0, m_durationUnit->currentIndex(), 3)];
}

void CacheRuleActionPage::onBypassToggled(bool on)
{
    // The usual names, so that ticking the box alone does something.
    if (on && m_bypassCookies->text().trimmed().isEmpty() && m_bypassHeaders->text().trimmed().isEmpty()) {
        const QSignalBlocker blocker(m_bypassCookies);
        m_bypassCookies->setText(QStringLiteral("sessionid"));
        m_bypassHeaders->setText(QStringLiteral("Authorization"));
    }
    onEdited();
}

void CacheRuleActionPage::onEdited()
{
    if (m_loading)
        return;
    CacheRule rule = m_wizard->rule();
    if (m_never->isChecked())
        rule.action = CacheAction::NeverCache;
    else if (m_respect->isChecked())
        rule.action = CacheAction::RespectBackend;
    else
        rule.action = CacheAction::CacheFor;
    rule.overrideBackend = m_override->isChecked();
    rule.ttlSeconds = rule.action == CacheAction::CacheFor ? durationSeconds() : 0;
    rule.ignoreQuery = m_ignoreQuery->isChecked();
    rule.ignoredParameters = rule.ignoreQuery ? QStringList() : CacheRuleText::splitList(m_ignoredParameters->text());
    rule.bypassCookies = m_bypass->isChecked() ? CacheRuleText::splitList(m_bypassCookies->text()) : QStringList();
    rule.bypassHeaders = m_bypass->isChecked() ? CacheRuleText::splitList(m_bypassHeaders->text()) : QStringList();
    m_wizard->setRule(rule);
    revalidate();
}

void CacheRuleActionPage::revalidate()
{
    const CacheRule& rule = m_wizard->rule();
    const bool caches = rule.action == CacheAction::CacheFor;
    for (QWidget* widget : std::initializer_list<QWidget*>{m_durationLabel, m_duration, m_durationUnit})
        widget->setEnabled(caches);
    m_overrideWarning->setVisible(caches && rule.overrideBackend);
    m_overrideWarning->setText(
        tr("Override: visitors may be shown outdated pages for up to %1 after they change, even where the app asked "
           "for fresh ones. Portico still never stores answers marked no-store or private, nor the cookies an app "
           "sets.")
            .arg(CacheRuleText::duration(rule.ttlSeconds)));
    switch (rule.action) {
    case CacheAction::CacheFor:
        m_actionHint->setText(rule.overrideBackend
                                  ? tr("Matching answers are kept for %1 whatever the app says about caching.")
                                        .arg(CacheRuleText::duration(rule.ttlSeconds))
                                  : tr("When the app gives a time or says no-cache, Portico follows it; otherwise "
                                       "matching answers are kept for %1.")
                                        .arg(CacheRuleText::duration(rule.ttlSeconds)));
        break;
    case CacheAction::NeverCache:
        m_actionHint->setText(tr("Matching requests always go to the app and nothing is stored."));
        break;
    case CacheAction::RespectBackend:
        m_actionHint->setText(tr("Answers are kept exactly as long as the app's headers allow (no time of its own: "
                                 "a short guess from Last-Modified, or not at all)."));
        break;
    }
    const bool stores = rule.action != CacheAction::NeverCache;
    m_keyGroup->setEnabled(stores);
    m_bypassGroup->setEnabled(stores);
    m_ignoredParameters->setEnabled(!m_ignoreQuery->isChecked());
    m_ignoredParametersLabel->setEnabled(!m_ignoreQuery->isChecked());
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_bypassCookies, m_bypassCookiesLabel, m_bypassHeaders, m_bypassHeadersLabel})
        widget->setEnabled(m_bypass->isChecked());

    m_errors.clear();
    const QString path = m_wizard->rulePath();
    m_errors.add(path + QStringLiteral(".action"), m_actionError);
    m_errors.add(path + QStringLiteral(".override"), m_actionError);
    m_errors.add(path + QStringLiteral(".ttlSeconds"), m_durationError);
    m_errors.add(path + QStringLiteral(".key"), m_ignoredParametersError);
    m_errors.add(path + QStringLiteral(".bypass"), m_pageError);
    m_errors.add(path + QStringLiteral(".bypass.cookies"), m_bypassCookiesError);
    m_errors.add(path + QStringLiteral(".bypass.headers"), m_bypassHeadersError);
    m_errors.addScope(path);
    m_errors.setGeneralLabel(m_pageError);
    ConfigErrors errors = m_wizard->candidateErrors();
    // The match step shows its own.
    errors.removeIf([&path](const ConfigError& error) {
        return FieldErrorMap::isWithin(error.path, path + QStringLiteral(".match")) ||
               FieldErrorMap::isWithin(error.path, path + QStringLiteral(".name")) ||
               FieldErrorMap::isWithin(error.path, path + QStringLiteral(".route"));
    });
    const int shown = m_errors.show(errors);

    QList<QPair<QLabel*, QString>> local;
    const auto checkTokens = [&local](const QStringList& items, QLabel* label, const QString& message) {
        for (const QString& item : items) {
            if (!JsonReader::isToken(item)) {
                local.append({label, message.arg(item)});
                return;
            }
        }
    };
    if (stores) {
        for (const QString& parameter : rule.ignoredParameters) {
            if (parameter.contains(QLatin1Char('=')) || parameter.contains(QLatin1Char('&'))) {
                local.append({m_ignoredParametersError,
                              tr("\"%1\": write only the parameter's name, e.g. utm_source.").arg(parameter)});
                break;
            }
        }
        checkTokens(rule.bypassCookies, m_bypassCookiesError,
                    tr("\"%1\" is not a cookie name: write the name only, e.g. sessionid."));
        checkTokens(rule.bypassHeaders, m_bypassHeadersError,
                    tr("\"%1\" is not a header name: write the name only, e.g. Authorization."));
        if (m_bypass->isChecked() && rule.bypassCookies.isEmpty() && rule.bypassHeaders.isEmpty())
            local.append({m_bypassCookiesError, tr("Name at least one cookie or header, e.g. sessionid.")});
    }
    // The wizard's words go first: they say what to type instead.
    for (const auto& [label, message] : local)
        FieldErrorMap::setError(label, message);
    const int localShown = static_cast<int>(local.size());
    const bool valid = shown == 0 && localShown == 0;
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool CacheRuleActionPage::isComplete() const
{
    return m_valid;
}

} // namespace Portico
