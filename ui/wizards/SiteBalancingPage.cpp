// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/SiteBalancingPage.h"

#include "text/BalanceText.h"
#include "text/ErrorText.h"
#include "widgets/UiStyle.h"
#include "wizards/SiteWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Portico {

namespace {

constexpr std::array algorithms{BalanceAlgorithm::RoundRobin, BalanceAlgorithm::WeightedRoundRobin,
                                BalanceAlgorithm::LeastConnections, BalanceAlgorithm::StickyCookie,
                                BalanceAlgorithm::ConsistentHash};
constexpr std::array hashSources{HashSource::ClientIp, HashSource::Header, HashSource::Cookie};
constexpr std::array allDownPolicies{AllDownPolicy::TryAll, AllDownPolicy::Fail};
constexpr std::array checkTypes{HealthCheckType::Http, HealthCheckType::Tcp};

template<typename E>
E currentValue(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template<typename E>
void selectValue(QComboBox* combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(static_cast<int>(value))));
}

QLabel* sectionLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setContentsMargins(0, 8, 0, 0);
    UiStyle::makeHeading(label, 0);
    return label;
}

} // namespace

SiteBalancingPage::SiteBalancingPage(SiteWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_algorithmLabel(new QLabel(this))
    , m_algorithm(new QComboBox(this))
    , m_algorithmDescription(new QLabel(this))
    , m_algorithmError(newErrorLabel("algorithmErrorLabel"))
    , m_healthCheck(new QCheckBox(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_pathError(newErrorLabel("healthCheckPathErrorLabel"))
    , m_pathRow(new QWidget(this))
    , m_advancedButton(new QPushButton(this))
    , m_advanced(new QWidget(this))
    , m_advancedForm(new QFormLayout(m_advanced))
    , m_hashOnLabel(new QLabel(this))
    , m_hashOn(new QComboBox(this))
    , m_hashOnError(newErrorLabel("hashOnErrorLabel"))
    , m_hashKeyLabel(new QLabel(this))
    , m_hashKey(new QLineEdit(this))
    , m_hashKeyError(newErrorLabel("hashKeyErrorLabel"))
    , m_cookieNameLabel(new QLabel(this))
    , m_cookieName(new QLineEdit(this))
    , m_cookieNameError(newErrorLabel("cookieNameErrorLabel"))
    , m_whenAllDownLabel(new QLabel(this))
    , m_whenAllDown(new QComboBox(this))
    , m_whenAllDownError(newErrorLabel("whenAllDownErrorLabel"))
    , m_slowStartLabel(new QLabel(this))
    , m_slowStart(newSpinBox("slowStartSpinBox", 0, 3'600'000))
    , m_slowStartError(newErrorLabel("slowStartErrorLabel"))
    , m_checkTypeLabel(new QLabel(this))
    , m_checkType(new QComboBox(this))
    , m_checkTypeError(newErrorLabel("healthCheckTypeErrorLabel"))
    , m_methodLabel(new QLabel(this))
    , m_method(new QLineEdit(this))
    , m_methodError(newErrorLabel("healthCheckMethodErrorLabel"))
    , m_checkHostLabel(new QLabel(this))
    , m_checkHost(new QLineEdit(this))
    , m_checkHostError(newErrorLabel("healthCheckHostErrorLabel"))
    , m_expectStatusLabel(new QLabel(this))
    , m_expectStatus(new QLineEdit(this))
    , m_expectStatusError(newErrorLabel("expectStatusErrorLabel"))
    , m_bodyContainsLabel(new QLabel(this))
    , m_bodyContains(new QLineEdit(this))
    , m_bodyContainsError(newErrorLabel("bodyContainsErrorLabel"))
    , m_intervalLabel(new QLabel(this))
    , m_interval(newSpinBox("healthCheckIntervalSpinBox", 500, 3'600'000))
    , m_intervalError(newErrorLabel("healthCheckIntervalErrorLabel"))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(newSpinBox("healthCheckTimeoutSpinBox", 100, 60'000))
    , m_timeoutError(newErrorLabel("healthCheckTimeoutErrorLabel"))
    , m_riseLabel(new QLabel(this))
    , m_rise(newSpinBox("healthCheckRiseSpinBox", 1, 100))
    , m_riseError(newErrorLabel("healthCheckRiseErrorLabel"))
    , m_fallLabel(new QLabel(this))
    , m_fall(newSpinBox("healthCheckFallSpinBox", 1, 100))
    , m_fallError(newErrorLabel("healthCheckFallErrorLabel"))
    , m_pageError(newErrorLabel("balancingPageErrorLabel"))
{
    setObjectName(QStringLiteral("siteBalancingPage"));
    m_algorithm->setObjectName(QStringLiteral("algorithmComboBox"));
    m_algorithmDescription->setObjectName(QStringLiteral("algorithmDescriptionLabel"));
    m_algorithmDescription->setWordWrap(true);
    UiStyle::makeSecondary(m_algorithmDescription);
    m_healthCheck->setObjectName(QStringLiteral("healthCheckCheckBox"));
    m_path->setObjectName(QStringLiteral("healthCheckPathLineEdit"));
    m_advancedButton->setObjectName(QStringLiteral("advancedSettingsButton"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setFlat(true);
    m_advanced->setObjectName(QStringLiteral("advancedSettingsWidget"));
    m_hashOn->setObjectName(QStringLiteral("hashOnComboBox"));
    m_hashKey->setObjectName(QStringLiteral("hashKeyLineEdit"));
    m_cookieName->setObjectName(QStringLiteral("cookieNameLineEdit"));
    m_whenAllDown->setObjectName(QStringLiteral("whenAllDownComboBox"));
    m_checkType->setObjectName(QStringLiteral("healthCheckTypeComboBox"));
    m_method->setObjectName(QStringLiteral("healthCheckMethodLineEdit"));
    m_checkHost->setObjectName(QStringLiteral("healthCheckHostLineEdit"));
    m_expectStatus->setObjectName(QStringLiteral("expectStatusLineEdit"));
    m_bodyContains->setObjectName(QStringLiteral("bodyContainsLineEdit"));
    for (BalanceAlgorithm algorithm : algorithms)
        m_algorithm->addItem(QString(), static_cast<int>(algorithm));
    for (HashSource source : hashSources)
        m_hashOn->addItem(QString(), static_cast<int>(source));
    for (AllDownPolicy policy : allDownPolicies)
        m_whenAllDown->addItem(QString(), static_cast<int>(policy));
    for (HealthCheckType type : checkTypes)
        m_checkType->addItem(QString(), static_cast<int>(type));
    for (QLabel* label : {m_algorithmLabel, m_pathLabel})
        label->setWordWrap(true);
    m_algorithmLabel->setBuddy(m_algorithm);
    m_pathLabel->setBuddy(m_path);

    auto* pathLayout = new QHBoxLayout(m_pathRow);
    pathLayout->setContentsMargins(24, 0, 0, 0);
    pathLayout->addWidget(m_pathLabel);
    pathLayout->addWidget(FieldErrorMap::withError(m_path, m_pathError, this), 1);

    auto* algorithm = FieldErrorMap::withError(m_algorithm, m_algorithmError, this);
    algorithm->layout()->addWidget(m_algorithmDescription);

    m_advancedForm->setContentsMargins(0, 0, 0, 0);
    m_advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* balancingTitle = sectionLabel(this);
    balancingTitle->setObjectName(QStringLiteral("advancedBalancingTitleLabel"));
    auto* checkTitle = sectionLabel(this);
    checkTitle->setObjectName(QStringLiteral("advancedHealthCheckTitleLabel"));
    m_advancedForm->addRow(balancingTitle);
    const auto addRow = [this](QLabel* label, QWidget* field, QLabel* error) {
        label->setBuddy(field);
        m_advancedForm->addRow(label, FieldErrorMap::withError(field, error, m_advanced));
    };
    addRow(m_hashOnLabel, m_hashOn, m_hashOnError);
    addRow(m_hashKeyLabel, m_hashKey, m_hashKeyError);
    addRow(m_cookieNameLabel, m_cookieName, m_cookieNameError);
    addRow(m_whenAllDownLabel, m_whenAllDown, m_whenAllDownError);
    addRow(m_slowStartLabel, m_slowStart, m_slowStartError);
    m_advancedForm->addRow(checkTitle);
    addRow(m_checkTypeLabel, m_checkType, m_checkTypeError);
    addRow(m_methodLabel, m_method, m_methodError);
    addRow(m_checkHostLabel, m_checkHost, m_checkHostError);
    addRow(m_expectStatusLabel, m_expectStatus, m_expectStatusError);
    addRow(m_bodyContainsLabel, m_bodyContains, m_bodyContainsError);
    addRow(m_intervalLabel, m_interval, m_intervalError);
    addRow(m_timeoutLabel, m_timeout, m_timeoutError);
    addRow(m_riseLabel, m_rise, m_riseError);
    addRow(m_fallLabel, m_fall, m_fallError);
    m_advanced->hide();

    auto* content = new QWidget();
    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_algorithmLabel, algorithm);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->setSpacing(10);
    contentLayout->addLayout(form);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_healthCheck);
    contentLayout->addWidget(m_pathRow);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_advanced);
    contentLayout->addWidget(m_pageError);
    contentLayout->addStretch();
    // Reparent what was created with this page as parent into the scrolled content.
    for (QWidget* widget : {static_cast<QWidget*>(m_healthCheck), m_pathRow, static_cast<QWidget*>(m_advancedButton),
                            m_advanced, static_cast<QWidget*>(m_pageError)})
        widget->setParent(content);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("balancingScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);

    load(wizard->pool());

    for (QComboBox* combo : {m_algorithm, m_hashOn, m_whenAllDown, m_checkType})
        connect(combo, &QComboBox::currentIndexChanged, this, &SiteBalancingPage::onEdited);
    for (QLineEdit* edit : {m_path, m_hashKey, m_cookieName, m_method, m_checkHost, m_expectStatus, m_bodyContains})
        connect(edit, &QLineEdit::textChanged, this, &SiteBalancingPage::onEdited);
    for (QSpinBox* spin : {m_slowStart, m_interval, m_timeout, m_rise, m_fall})
        connect(spin, &QSpinBox::valueChanged, this, &SiteBalancingPage::onEdited);
    connect(m_healthCheck, &QCheckBox::toggled, this, &SiteBalancingPage::onEdited);
    connect(m_advancedButton, &QPushButton::toggled, this, &SiteBalancingPage::setAdvancedShown);
    connect(m_wizard, &SiteWizard::draftChanged, this, &SiteBalancingPage::revalidate);

    const QString pool = wizard->poolPath();
    m_errors.add(pool + QStringLiteral(".balance.algorithm"), m_algorithmError);
    m_errors.add(pool + QStringLiteral(".balance.hashOn"), m_hashOnError);
    m_errors.add(pool + QStringLiteral(".balance.hashKey"), m_hashKeyError);
    m_errors.add(pool + QStringLiteral(".balance.cookieName"), m_cookieNameError);
    m_errors.add(pool + QStringLiteral(".balance.whenAllDown"), m_whenAllDownError);
    m_errors.add(pool + QStringLiteral(".slowStartMs"), m_slowStartError);
    m_errors.add(pool + QStringLiteral(".healthCheck.type"), m_checkTypeError);
    m_errors.add(pool + QStringLiteral(".healthCheck.method"), m_methodError);
    m_errors.add(pool + QStringLiteral(".healthCheck.path"), m_pathError);
    m_errors.add(pool + QStringLiteral(".healthCheck.host"), m_checkHostError);
    m_errors.add(pool + QStringLiteral(".healthCheck.expectStatus"), m_expectStatusError);
    m_errors.add(pool + QStringLiteral(".healthCheck.bodyContains"), m_bodyContainsError);
    m_errors.add(pool + QStringLiteral(".healthCheck.intervalMs"), m_intervalError);
    m_errors.add(pool + QStringLiteral(".healthCheck.timeoutMs"), m_timeoutError);
    m_errors.add(pool + QStringLiteral(".healthCheck.rise"), m_riseError);
    m_errors.add(pool + QStringLiteral(".healthCheck.fall"), m_fallError);
    for (const char* scope : {".balance", ".healthCheck", ".passiveHealth", ".queue", ".retry"})
        m_errors.addScope(pool + QLatin1String(scope));
    m_errors.setGeneralLabel(m_pageError);
    retranslate();
}

QLabel* SiteBalancingPage::newErrorLabel(const char* name)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(name));
    FieldErrorMap::styleErrorLabel(label);
    return label;
}

QSpinBox* SiteBalancingPage::newSpinBox(const char* name, int minimum, int maximum)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(minimum, maximum);
    spin->setGroupSeparatorShown(true);
    return spin;
}

void SiteBalancingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void SiteBalancingPage::retranslate()
{
    setTitle(tr("Balancing and health"));
    setSubTitle(tr("How should Portico share the requests, and how does it notice a server is down?"));
    m_algorithmLabel->setText(tr("Requests:"));
    for (int i = 0; i < m_algorithm->count(); ++i)
        m_algorithm->setItemText(
            i, BalanceText::algorithmName(static_cast<BalanceAlgorithm>(m_algorithm->itemData(i).toInt())));
    m_algorithmDescription->setText(BalanceText::algorithmDescription(currentValue<BalanceAlgorithm>(m_algorithm)));
    m_healthCheck->setText(tr("Check regularly that each server answers, and stop sending requests to one that does "
                              "not"));
    m_pathLabel->setText(tr("Page to ask for:"));
    m_path->setPlaceholderText(tr("/ or a status page such as /health"));
    m_advancedButton->setText(m_advancedButton->isChecked() ? tr("▾ Hide advanced settings")
                                                            : tr("▸ Show advanced settings"));
    if (auto* title = m_advanced->findChild<QLabel*>(QStringLiteral("advancedBalancingTitleLabel")))
        title->setText(tr("Balancing"));
    if (auto* title = m_advanced->findChild<QLabel*>(QStringLiteral("advancedHealthCheckTitleLabel")))
        title->setText(tr("Health check"));
    m_hashOnLabel->setText(tr("Same server by:"));
    for (int i = 0; i < m_hashOn->count(); ++i)
        m_hashOn->setItemText(i, BalanceText::hashSourceName(static_cast<HashSource>(m_hashOn->itemData(i).toInt())));
    m_hashKeyLabel->setText(tr("Header or cookie name:"));
    m_cookieNameLabel->setText(tr("Cookie name:"));
    m_whenAllDownLabel->setText(tr("When every server is down:"));
    for (int i = 0; i < m_whenAllDown->count(); ++i)
        m_whenAllDown->setItemText(
            i, BalanceText::allDownPolicyName(static_cast<AllDownPolicy>(m_whenAllDown->itemData(i).toInt())));
    m_slowStartLabel->setText(tr("Slow start:"));
    m_slowStart->setToolTip(tr("A server that comes back gets its full share of requests only after this long; 0 "
                               "gives it at once"));
    m_checkTypeLabel->setText(tr("Check by:"));
    m_checkType->setItemText(0, tr("Asking for a page (HTTP)"));
    m_checkType->setItemText(1, tr("Only connecting (TCP)"));
    m_methodLabel->setText(tr("Method:"));
    m_checkHostLabel->setText(tr("Host header:"));
    m_checkHost->setPlaceholderText(tr("Empty: the server's own host name"));
    m_expectStatusLabel->setText(tr("Healthy status:"));
    m_expectStatus->setPlaceholderText(tr("200-399"));
    m_bodyContainsLabel->setText(tr("Page must contain:"));
    m_bodyContains->setPlaceholderText(tr("Empty: any page will do"));
    m_intervalLabel->setText(tr("Check every:"));
    m_timeoutLabel->setText(tr("Give up after:"));
    for (QSpinBox* spin : {m_slowStart, m_interval, m_timeout})
        //: Suffix of a spin box in milliseconds; keep the leading space.
        spin->setSuffix(tr(" ms"));
    m_riseLabel->setText(tr("Passed checks in a row to count as up:"));
    m_fallLabel->setText(tr("Failed checks in a row to count as down:"));
}

void SiteBalancingPage::load(const PoolConfig& pool)
{
    m_loading = true;
    selectValue(m_algorithm, pool.balance.algorithm);
    selectValue(m_hashOn, pool.balance.hashOn);
    m_hashKey->setText(pool.balance.hashKey);
    m_cookieName->setText(pool.balance.cookieName);
    selectValue(m_whenAllDown, pool.balance.whenAllDown);
    m_slowStart->setValue(pool.slowStartMs);
    const HealthCheckConfig& check = pool.healthCheck;
    m_healthCheck->setChecked(check.enabled);
    selectValue(m_checkType, check.type);
    m_method->setText(check.method);
    m_path->setText(check.path);
    m_checkHost->setText(check.host);
    m_expectStatus->setText(check.expectStatus());
    m_bodyContains->setText(check.bodyContains);
    m_interval->setValue(check.intervalMs);
    m_timeout->setValue(check.timeoutMs);
    m_rise->setValue(check.rise);
    m_fall->setValue(check.fall);
    m_loading = false;
    refreshVisibility();
}

void SiteBalancingPage::initializePage()
{
    // A new site checks its servers unless the admin says otherwise; an edited one keeps what it has.
    if (!m_initialized && !m_wizard->isEditing())
        m_healthCheck->setChecked(true);
    m_initialized = true;
    revalidate();
}

void SiteBalancingPage::onEdited()
{
    if (m_loading)
        return;
    PoolConfig pool = m_wizard->pool();
    BalanceConfig& balance = pool.balance;
    balance.algorithm = currentValue<BalanceAlgorithm>(m_algorithm);
    balance.hashOn = currentValue<HashSource>(m_hashOn);
    balance.hashKey = m_hashKey->text().trimmed();
    balance.cookieName = m_cookieName->text().trimmed();
    balance.whenAllDown = currentValue<AllDownPolicy>(m_whenAllDown);
    pool.slowStartMs = m_slowStart->value();
    HealthCheckConfig& check = pool.healthCheck;
    check.enabled = m_healthCheck->isChecked();
    check.type = currentValue<HealthCheckType>(m_checkType);
    check.method = m_method->text().trimmed();
    check.path = m_path->text().trimmed();
    check.host = m_checkHost->text().trimmed();
    // The config keeps the range as two numbers; text that is no range cannot reach it, so it is judged here.
    const QString statusText = m_expectStatus->text().trimmed();
    const auto range = HealthCheckConfig::parseExpectStatus(statusText);
    m_expectStatusValid = range.has_value();
    if (range) {
        check.expectStatusMin = range->first;
        check.expectStatusMax = range->second;
    }
    check.bodyContains = m_bodyContains->text();
    check.intervalMs = m_interval->value();
    check.timeoutMs = m_timeout->value();
    check.rise = m_rise->value();
    check.fall = m_fall->value();
    m_algorithmDescription->setText(BalanceText::algorithmDescription(balance.algorithm));
    refreshVisibility();
    m_wizard->setPoolSettings(pool);
}

void SiteBalancingPage::refreshVisibility()
{
    const auto algorithm = currentValue<BalanceAlgorithm>(m_algorithm);
    const auto hashOn = currentValue<HashSource>(m_hashOn);
    const bool hashing = algorithm == BalanceAlgorithm::ConsistentHash;
    m_advancedForm->setRowVisible(m_hashOn->parentWidget(), hashing);
    m_advancedForm->setRowVisible(m_hashKey->parentWidget(), hashing && hashOn != HashSource::ClientIp);
    m_advancedForm->setRowVisible(m_cookieName->parentWidget(), algorithm == BalanceAlgorithm::StickyCookie);
    const bool checking = m_healthCheck->isChecked();
    const bool http = currentValue<HealthCheckType>(m_checkType) == HealthCheckType::Http;
    m_pathRow->setEnabled(checking && http);
    for (QWidget* field : std::initializer_list<QWidget*>{m_checkType, m_interval, m_timeout, m_rise, m_fall})
        field->setEnabled(checking);
    for (QWidget* field : std::initializer_list<QWidget*>{m_method, m_checkHost, m_expectStatus, m_bodyContains})
        field->setEnabled(checking && http);
}

void SiteBalancingPage::setAdvancedShown(bool shown)
{
    if (m_advancedButton->isChecked() != shown)
        m_advancedButton->setChecked(shown);
    m_advanced->setVisible(shown);
    retranslate();
}

bool SiteBalancingPage::advancedShown() const
{
    return m_advancedButton->isChecked();
}

void SiteBalancingPage::revalidate()
{
    int shown = m_errors.show(m_wizard->candidateErrors());
    if (!m_expectStatusValid) {
        const ConfigError error{ConfigErrorCode::InvalidStatusRange, QString(), {m_expectStatus->text().trimmed()}};
        FieldErrorMap::setError(m_expectStatusError, ErrorText::message(error));
        ++shown;
    }
    // A problem in a hidden exact setting must not leave the admin wondering why Next stays grey.
    bool advancedError = false;
    for (QLabel* label : {m_hashOnError, m_hashKeyError, m_cookieNameError, m_whenAllDownError, m_slowStartError,
                          m_checkTypeError, m_methodError, m_checkHostError, m_expectStatusError, m_bodyContainsError,
                          m_intervalError, m_timeoutError, m_riseError, m_fallError})
        advancedError = advancedError || !label->text().isEmpty();
    if (advancedError && !advancedShown())
        setAdvancedShown(true);
    const bool valid = shown == 0;
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool SiteBalancingPage::isComplete() const
{
    return m_valid;
}

} // namespace Portico
