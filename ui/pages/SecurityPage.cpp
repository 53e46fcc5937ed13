// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SecurityPage.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "dialogs/BanAddressDialog.h"
#include "dialogs/BasicAuthUsersDialog.h"
#include "dialogs/WafExceptionDialog.h"
#include "models/SecurityEventModel.h"
#include "security/SecurityPresets.h"
#include "text/NumberText.h"
#include "text/SecurityText.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"
#include "widgets/StatTile.h"
#include "widgets/UiStyle.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace Portico {

namespace {

constexpr qint64 lastMinuteMs = 60'000;
constexpr int visibleRows = 8;
constexpr std::array<SecurityPreset, 4> levels{SecurityPreset::Off, SecurityPreset::Basic, SecurityPreset::Strict,
                                               SecurityPreset::Custom};
constexpr std::array<WafMode, 3> wafModes{WafMode::Off, WafMode::Log, WafMode::Block};

QString levelKey(SecurityPreset preset)
{
    switch (preset) {
    case SecurityPreset::Off:
        return QStringLiteral("Off");
    case SecurityPreset::Basic:
        return QStringLiteral("Basic");
    case SecurityPreset::Strict:
        return QStringLiteral("Strict");
    case SecurityPreset::Custom:
        return QStringLiteral("Custom");
    }
    return QString();
}

int strictness(SecurityPreset preset)
{
    return preset == SecurityPreset::Strict ? 2 : preset == SecurityPreset::Basic ? 1 : 0;
}

bool isAttack(SecurityEventKind kind)
{
    return kind == SecurityEventKind::AttackBlocked || kind == SecurityEventKind::AttackLogged;
}

void fixRowHeights(QAbstractItemView* view, QHeaderView* horizontal, QHeaderView* vertical, int rows)
{
    const int rowHeight = view->fontMetrics().height() + 10;
    vertical->setVisible(false);
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(rowHeight);
    view->setFixedHeight(horizontal->sizeHint().height() + rowHeight * rows + 2 * view->frameWidth());
}

} // namespace

SecurityPage::SecurityPage(QWidget* parent)
    : QWidget(parent)
    , m_session(nullptr)
    , m_eventModel(new SecurityEventModel(this))
    , m_header(new PageHeader(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("securityPage"));
    m_empty->setObjectName(QStringLiteral("securityEmptyState"));
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, 0);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    retranslate();
}

SecurityPage::SecurityPage(EngineSession& session, QWidget* parent)
    : SecurityPage(parent)
{
    m_session = &session;
    m_stats = session.engine().lastStats();
    buildContent();
    m_stack->setCurrentIndex(1);

    EngineController& engine = session.engine();
    connect(&engine, &EngineController::statsUpdated, this, &SecurityPage::onStatsUpdated, Qt::QueuedConnection);
    connect(&engine, &EngineController::stateChanged, this, [this](EngineState state) {
        if (state == EngineState::Running) {
            // A fresh start counts from zero again.
            m_stats = m_session->engine().lastStats();
            m_samples.clear();
        }
        refreshStats();
        refreshButtons();
    });
    connect(&engine, &EngineController::configChanged, this, &SecurityPage::refreshConfig, Qt::QueuedConnection);
    retranslate();
}

QLabel* SecurityPage::sectionTitle(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    UiStyle::makeHeading(label, 2);
    return label;
}

QLabel* SecurityPage::note(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    UiStyle::makeSecondary(label);
    return label;
}

QTableWidget* SecurityPage::table(const QString& objectName, int columns)
{
    auto* widget = new QTableWidget(0, columns, this);
    widget->setObjectName(objectName);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setAlternatingRowColors(true);
    widget->setShowGrid(false);
    widget->setWordWrap(false);
    widget->setTabKeyNavigation(false);
    QHeaderView* header = widget->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    return widget;
}

void SecurityPage::buildContent()
{
    auto* content = new QWidget();
    content->setObjectName(QStringLiteral("securityContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, UiStyle::pageMargin);
    layout->setSpacing(12);
    m_figuresNote = note(QStringLiteral("securityFiguresNoteLabel"));
    layout->addWidget(m_figuresNote);
    layout->addWidget(buildTiles());
    layout->addSpacing(6);
    layout->addWidget(buildLevels());
    layout->addSpacing(6);
    layout->addWidget(buildSites());
    layout->addSpacing(6);
    layout->addWidget(buildTopLists());
    layout->addSpacing(6);
    layout->addWidget(buildBans());
    layout->addSpacing(6);
    layout->addWidget(buildLog());
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("securityScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    // Top to bottom, as the sections read.
    QList<QWidget*> chain;
    for (QRadioButton* button : std::as_const(m_levelButtons))
        chain << button;
    chain << m_topClients << m_topRules << m_bansTable << m_unbanButton << m_banButton << m_logView
          << m_exceptionButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QWidget* SecurityPage::buildTiles()
{
    auto* tiles = new QWidget(this);
    tiles->setObjectName(QStringLiteral("securityTiles"));
    // As tall as the tallest tile's wrapped text: Maximum would cap the row at its unwrapped height and clip it;
    // the page's closing stretch keeps the row from growing taller than that.
    tiles->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_blockedTile = new StatTile(QStringLiteral("blocked"), tiles);
    m_rateLimitedTile = new StatTile(QStringLiteral("rateLimited"), tiles);
    m_bannedTile = new StatTile(QStringLiteral("bannedNow"), tiles);
    m_attacksTile = new StatTile(QStringLiteral("attacksLogged"), tiles);
    auto* grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    const QList<StatTile*> all{m_blockedTile, m_rateLimitedTile, m_bannedTile, m_attacksTile};
    for (qsizetype i = 0; i < all.size(); ++i) {
        grid->addWidget(all.at(i), 0, int(i));
        grid->setColumnStretch(int(i), 1);
    }
    return tiles;
}

QWidget* SecurityPage::buildLevels()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("protectionLevelSection"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_levelTitle = sectionTitle(QStringLiteral("protectionLevelTitleLabel"));
    m_levelNote = note(QStringLiteral("protectionLevelNoteLabel"));
    layout->addWidget(m_levelTitle);
    layout->addWidget(m_levelNote);

    m_levelGroup = new QButtonGroup(this);
    m_levelGroup->setExclusive(true);
    auto* cards = new QGridLayout();
    m_levelCards = cards;
    cards->setSpacing(12);
    int column = 0;
    for (const SecurityPreset preset : levels) {
        auto* card = new QFrame(box);
        card->setObjectName(QStringLiteral("protection%1Card").arg(levelKey(preset)));
        UiStyle::makeCard(card);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(12, 10, 12, 12);
        auto* button = new QRadioButton(card);
        button->setObjectName(QStringLiteral("protection%1RadioButton").arg(levelKey(preset)));
        button->setFocusPolicy(Qt::StrongFocus);
        auto* text = new QLabel(card);
        text->setObjectName(QStringLiteral("protection%1TextLabel").arg(levelKey(preset)));
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        UiStyle::makeSecondary(text);
        // As wide as its text: a click beside it would not choose it.
        cardLayout->addWidget(button, 0, Qt::AlignLeft);
        cardLayout->addWidget(text, 1);
        m_levelGroup->addButton(button, int(preset));
        m_levelButtons << button;
        m_levelTexts << text;
        cards->addWidget(card, 0, column);
        cards->setColumnStretch(column, 1);
        ++column;
    }
    layout->addLayout(cards);
    // A click (or the arrow keys and space) chooses; the review dialog decides.
    connect(m_levelGroup, &QButtonGroup::idClicked, this, [this](int id) {
        const auto preset = SecurityPreset(id);
        if (preset != SecurityPreset::Custom)
            setDefaultLevel(preset);
    });
    return box;
}

QWidget* SecurityPage::buildSites()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("siteSecuritySection"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_sitesTitle = sectionTitle(QStringLiteral("siteSecurityTitleLabel"));
    m_sitesNote = note(QStringLiteral("siteSecurityNoteLabel"));
    m_sitesTable = table(QStringLiteral("siteSecurityTableWidget"), SiteColumnCount);
    m_sitesTable->setSelectionMode(QAbstractItemView::NoSelection);
    // Its controls take the focus, one by one (refreshConfig() puts them in the Tab order).
    m_sitesTable->setFocusPolicy(Qt::NoFocus);
    m_sitesTable->horizontalHeader()->setStretchLastSection(false);
    m_sitesTable->setTabKeyNavigation(false);
    fixRowHeights(m_sitesTable, m_sitesTable->horizontalHeader(), m_sitesTable->verticalHeader(), 5);
    m_sitesTable->verticalHeader()->setDefaultSectionSize(m_sitesTable->fontMetrics().height() + 18);
    m_sitesTable->setFixedHeight(m_sitesTable->horizontalHeader()->sizeHint().height() +
                                 (m_sitesTable->fontMetrics().height() + 18) * 5 + 2 * m_sitesTable->frameWidth());
    layout->addWidget(m_sitesTitle);
    layout->addWidget(m_sitesNote);
    layout->addWidget(m_sitesTable);
    return box;
}

QWidget* SecurityPage::buildTopLists()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("securityTopSection"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_topTitle = sectionTitle(QStringLiteral("securityTopTitleLabel"));
    m_topNote = note(QStringLiteral("securityTopNoteLabel"));
    layout->addWidget(m_topTitle);
    layout->addWidget(m_topNote);

    m_topClientsLabel = new QLabel(this);
    m_topClientsLabel->setObjectName(QStringLiteral("topClientsLabel"));
    m_topClients = table(QStringLiteral("topClientsTableWidget"), 2);
    m_topClientsLabel->setBuddy(m_topClients);
    m_topRulesLabel = new QLabel(this);
    m_topRulesLabel->setObjectName(QStringLiteral("topRulesLabel"));
    m_topRules = table(QStringLiteral("topRulesTableWidget"), 2);
    m_topRulesLabel->setBuddy(m_topRules);
    for (QTableWidget* widget : {m_topClients, m_topRules}) {
        widget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        widget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        widget->horizontalHeader()->setStretchLastSection(false);
        fixRowHeights(widget, widget->horizontalHeader(), widget->verticalHeader(), visibleRows);
    }
    auto* row = new QHBoxLayout();
    row->setSpacing(18);
    for (const auto& [label, widget] : {std::pair<QLabel*, QTableWidget*>{m_topClientsLabel, m_topClients},
                                        std::pair<QLabel*, QTableWidget*>{m_topRulesLabel, m_topRules}}) {
        auto* column = new QVBoxLayout();
        column->setSpacing(4);
        column->addWidget(label);
        column->addWidget(widget);
        row->addLayout(column, 1);
    }
    layout->addLayout(row);
    return box;
}

QWidget* SecurityPage::buildBans()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("banListSection"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_bansTitle = sectionTitle(QStringLiteral("banListTitleLabel"));
    m_bansNote = note(QStringLiteral("banListNoteLabel"));
    m_bansTable = table(QStringLiteral("banListTableWidget"), 5);
    fixRowHeights(m_bansTable, m_bansTable->horizontalHeader(), m_bansTable->verticalHeader(), 5);
    layout->addWidget(m_bansTitle);
    layout->addWidget(m_bansNote);
    layout->addWidget(m_bansTable);

    m_unbanButton = new QPushButton(this);
    m_unbanButton->setObjectName(QStringLiteral("unbanButton"));
    m_banButton = new QPushButton(this);
    m_banButton->setObjectName(QStringLiteral("banAddressButton"));
    for (QPushButton* button : {m_unbanButton, m_banButton}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_banResult = new QLabel(this);
    m_banResult->setObjectName(QStringLiteral("banResultLabel"));
    m_banResult->setWordWrap(true);
    auto* buttons = new QHBoxLayout();
    buttons->setSpacing(8);
    buttons->addWidget(m_unbanButton);
    buttons->addWidget(m_banButton);
    buttons->addWidget(m_banResult, 1);
    layout->addLayout(buttons);
    connect(m_bansTable, &QTableWidget::itemSelectionChanged, this, &SecurityPage::refreshButtons);
    connect(m_unbanButton, &QPushButton::clicked, this, &SecurityPage::unbanSelected);
    connect(m_banButton, &QPushButton::clicked, this, &SecurityPage::openBanDialog);
    return box;
}

QWidget* SecurityPage::buildLog()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("blockedLogSection"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_logTitle = sectionTitle(QStringLiteral("blockedLogTitleLabel"));
    m_logNote = note(QStringLiteral("blockedLogNoteLabel"));
    m_logView = new QTableView(this);
    m_logView->setObjectName(QStringLiteral("blockedLogTableView"));
    m_logView->setModel(m_eventModel);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->setAlternatingRowColors(true);
    m_logView->setShowGrid(false);
    m_logView->setWordWrap(false);
    m_logView->setTabKeyNavigation(false);
    m_logView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* header = m_logView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SecurityEventModel::RequestColumn, QHeaderView::Stretch);
    fixRowHeights(m_logView, header, m_logView->verticalHeader(), 10);
    layout->addWidget(m_logTitle);
    layout->addWidget(m_logNote);
    layout->addWidget(m_logView);

    m_exceptionButton = new QPushButton(this);
    m_exceptionButton->setObjectName(QStringLiteral("addExceptionButton"));
    m_exceptionButton->setAutoDefault(false);
    m_exceptionButton->setFocusPolicy(Qt::StrongFocus);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_exceptionButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_logView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SecurityPage::refreshButtons);
    connect(m_exceptionButton, &QPushButton::clicked, this, &SecurityPage::openExceptionDialog);
    connect(m_eventModel, &QAbstractItemModel::rowsInserted, this, &SecurityPage::refreshButtons);
    return box;
}

void SecurityPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecurityPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Hidden, the page skipped its updates: catch up at once.
    refresh();
}

void SecurityPage::retranslate()
{
    m_header->setTitle(tr("Security"));
    m_header->setSubtitle(tr("Who may reach your sites, how often, and what Portico refused."));
    m_empty->setTitle(tr("No engine to show"));
    m_empty->setDescription(tr("This window was opened without the engine, so there are no protections to show or "
                               "change here."));
    if (!m_session)
        return;
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("securityScrollArea")))
        scroll->setAccessibleName(tr("Security"));

    m_blockedTile->setCaption(tr("Blocked"));
    m_rateLimitedTile->setCaption(tr("Rate limited"));
    m_bannedTile->setCaption(tr("Banned clients now"));
    m_attacksTile->setCaption(tr("Attacks logged"));

    m_levelTitle->setText(tr("Protection level"));
    m_levelNote->setText(tr("What every site gets unless it has a level of its own below. You see the change before "
                            "it is applied."));
    for (qsizetype i = 0; i < m_levelButtons.size(); ++i) {
        const SecurityPreset preset = levels.at(size_t(i));
        m_levelButtons.at(i)->setText(SecurityText::presetName(preset));
        m_levelButtons.at(i)->setAccessibleName(tr("Protection level %1").arg(SecurityText::presetName(preset)));
        m_levelButtons.at(i)->setAccessibleDescription(SecurityText::presetDescription(preset));
        m_levelTexts.at(i)->setText(SecurityText::presetDescription(preset));
    }

    m_sitesTitle->setText(tr("Sites"));
    m_sitesTable->setHorizontalHeaderLabels(
        {tr("Site"), tr("Protection level"), tr("Office network only"), tr("Attack rules"), tr("Passwords")});
    m_sitesTable->setAccessibleName(tr("Protections of each site"));

    m_topTitle->setText(tr("Most refused"));
    m_topClientsLabel->setText(tr("&Clients"));
    m_topClients->setHorizontalHeaderLabels({tr("Client"), tr("Events")});
    m_topClients->setAccessibleName(tr("Clients refused most often"));
    m_topRulesLabel->setText(tr("&Rules"));
    m_topRules->setHorizontalHeaderLabels({tr("Rule"), tr("Events")});
    m_topRules->setAccessibleName(tr("Rules and checks that refused most often"));

    m_bansTitle->setText(tr("Banned clients"));
    m_bansTable->setHorizontalHeaderLabels({tr("Address"), tr("Since"), tr("Until"), tr("Reason"), tr("Strikes")});
    m_bansTable->setAccessibleName(tr("Banned clients"));
    m_unbanButton->setText(tr("&Unban"));
    m_unbanButton->setAccessibleName(tr("Unban the selected client"));
    m_banButton->setText(tr("&Ban an address…"));
    m_banButton->setAccessibleName(tr("Ban an address"));

    m_logTitle->setText(tr("Blocked log"));
    m_logView->setAccessibleName(tr("Requests Portico refused or noted, newest first"));
    m_exceptionButton->setText(tr("Add &exception…"));
    m_exceptionButton->setAccessibleName(tr("Add an exception for the selected attack rule"));
    m_exceptionButton->setToolTip(tr("The selected request was fine: stop its attack rule on that path."));
    refresh();
}

void SecurityPage::refresh()
{
    if (!m_session)
        return;
    refreshConfig();
    refreshStats();
    refreshButtons();
}

void SecurityPage::onStatsUpdated(const StatsSnapshot& snapshot)
{
    m_stats = snapshot;
    // The log and the rates gather even while hidden: the page shows them when it opens.
    m_eventModel->addEvents(snapshot.security.recentEvents);
    // A restart counts from zero: the minute starts again.
    if (!m_samples.isEmpty() && (snapshot.time < m_samples.last().time ||
                                 snapshot.security.totals.blocked() < m_samples.last().totals.blocked()))
        m_samples.clear();
    m_samples << Sample{snapshot.time, snapshot.security.totals};
    while (m_samples.size() > 1 && m_samples.first().time.msecsTo(snapshot.time) > lastMinuteMs)
        m_samples.removeFirst();
    if (!isVisible())
        return;
    refreshStats();
}

void SecurityPage::refreshConfig()
{
    const Config& config = m_session->engine().config();
    const SiteSecurityConfig& defaults = config.settings.security.sites;
    const SecurityPreset defaultLevel = SecurityText::level(defaults);
    {
        const QSignalBlocker blocker(m_levelGroup);
        if (QAbstractButton* button = m_levelGroup->button(int(defaultLevel)))
            button->setChecked(true);
    }
    // Custom is a state, not a choice: it shows only when the values match no level.
    const bool custom = defaultLevel == SecurityPreset::Custom;
    m_levelButtons.last()->parentWidget()->setVisible(custom);
    m_levelButtons.last()->setEnabled(custom);
    // The three levels share the width while Custom is hidden.
    m_levelCards->setColumnStretch(int(levels.size()) - 1, custom ? 1 : 0);

    if (config.sites.isEmpty())
        m_sitesNote->setText(tr("No site yet: add one on the Sites page, then give it a level here."));
    else
        m_sitesNote->setText(tr("A site follows the level above unless it has its own. \"Office network only\" lets "
                                "in only the office's addresses (%1). Attack rules look for SQL injection, "
                                "cross-site scripting, path tricks and scanners: Log only notes them, Block refuses "
                                "them with 403.")
                                 .arg(config.settings.security.officeNetworks.join(QStringLiteral(", "))));

    // The old controls go with deleteLater() (one of them may be sending the signal that got us here): hidden now,
    // so they never show beside their successors.
    for (int row = 0; row < m_sitesTable->rowCount(); ++row) {
        for (int column = 0; column < SiteColumnCount; ++column) {
            if (QWidget* cell = m_sitesTable->cellWidget(row, column))
                cell->hide();
        }
    }
    m_sitesTable->setRowCount(int(config.sites.size()));
    for (int row = 0; row < config.sites.size(); ++row) {
        const SiteConfig& site = config.sites.at(row);
        const SiteSecurityConfig& effective = site.effectiveSecurity(config.settings);
        auto* name = new QTableWidgetItem(site.name);
        name->setToolTip(SecurityText::summary(effective));
        m_sitesTable->setItem(row, SiteNameColumn, name);

        auto* level = new QComboBox(m_sitesTable);
        level->setObjectName(QStringLiteral("siteLevelComboBox"));
        level->setProperty("site", site.name);
        level->setAccessibleName(tr("Protection level of %1").arg(site.name));
        //: The site follows the default level; %1 is that level.
        level->addItem(tr("Same as default (%1)").arg(SecurityText::presetName(defaultLevel)), sameAsDefault);
        for (const SecurityPreset preset : {SecurityPreset::Off, SecurityPreset::Basic, SecurityPreset::Strict})
            level->addItem(SecurityText::presetName(preset), int(preset));
        const SecurityPreset own = site.security ? SecurityText::level(*site.security) : SecurityPreset::Off;
        if (site.security && own == SecurityPreset::Custom)
            level->addItem(SecurityText::presetName(SecurityPreset::Custom), int(SecurityPreset::Custom));
        level->setCurrentIndex(std::max(0, level->findData(site.security ? int(own) : sameAsDefault)));
        connect(level, &QComboBox::activated, this, [this, level] {
            const int chosen = level->currentData().toInt();
            if (chosen != int(SecurityPreset::Custom))
                setSiteLevel(level->property("site").toString(), chosen);
        });
        m_sitesTable->setCellWidget(row, SiteLevelColumn, level);

        auto* office = new QCheckBox(m_sitesTable);
        office->setObjectName(QStringLiteral("siteOfficeOnlyCheckBox"));
        office->setProperty("site", site.name);
        office->setChecked(effective.access.officeOnly);
        office->setText(effective.access.officeOnly ? tr("On") : tr("Off"));
        office->setAccessibleName(tr("Only the office network may reach %1").arg(site.name));
        connect(office, &QCheckBox::clicked, this,
                [this, office](bool on) { setSiteOfficeOnly(office->property("site").toString(), on); });
        m_sitesTable->setCellWidget(row, SiteOfficeColumn, office);

        auto* waf = new QComboBox(m_sitesTable);
        waf->setObjectName(QStringLiteral("siteWafModeComboBox"));
        waf->setProperty("site", site.name);
        waf->setAccessibleName(tr("Attack rules of %1").arg(site.name));
        for (const WafMode mode : wafModes)
            waf->addItem(SecurityText::wafModeName(mode), int(mode));
        waf->setCurrentIndex(std::max(0, waf->findData(int(effective.waf.mode))));
        connect(waf, &QComboBox::activated, this,
                [this, waf] { setSiteWafMode(waf->property("site").toString(), WafMode(waf->currentData().toInt())); });
        m_sitesTable->setCellWidget(row, SiteWafColumn, waf);

        int protectedRoutes = 0;
        for (const RouteConfig& route : site.routes)
            protectedRoutes += route.security.basicAuth.enabled() ? 1 : 0;
        auto* passwords = new QPushButton(m_sitesTable);
        passwords->setObjectName(QStringLiteral("sitePasswordsButton"));
        passwords->setProperty("site", site.name);
        passwords->setAutoDefault(false);
        //: A button: how many routes of the site ask for a password.
        passwords->setText(protectedRoutes == 0 ? tr("None…") : tr("%n route(s)…", nullptr, protectedRoutes));
        passwords->setAccessibleName(tr("Passwords for the routes of %1").arg(site.name));
        connect(passwords, &QPushButton::clicked, this,
                [this, passwords] { openPasswordsDialog(passwords->property("site").toString()); });
        m_sitesTable->setCellWidget(row, SitePasswordsColumn, passwords);
    }
    m_sitesTable->resizeColumnsToContents();
    // Tab goes through each site's controls, row by row, between the levels and the top lists.
    QWidget* previous = m_levelButtons.last();
    for (int row = 0; row < m_sitesTable->rowCount(); ++row) {
        for (int column = SiteLevelColumn; column < SiteColumnCount; ++column) {
            if (QWidget* cell = m_sitesTable->cellWidget(row, column)) {
                setTabOrder(previous, cell);
                previous = cell;
            }
        }
    }
    setTabOrder(previous, m_topClients);
}

void SecurityPage::refreshStats()
{
    const EngineController& engine = m_session->engine();
    const bool running = engine.state() == EngineState::Running;
    const bool have = m_stats.time.isValid();
    const SecurityStats& security = m_stats.security;
    if (running && have)
        m_figuresNote->setText(tr("Live figures from the engine since it started, updated every second."));
    else if (running)
        m_figuresNote->setText(tr("The first figures arrive one second after the engine starts."));
    else if (have)
        m_figuresNote->setText(tr("The engine is stopped; these are its last figures."));
    else
        m_figuresNote->setText(tr("Figures appear once the engine is running."));

    // What changed over the snapshots of the last minute. An engine younger than a minute did all of it then; an
    // older one is measured from the first snapshot this page saw, which may cover less than a minute.
    SecurityCounters minute;
    qint64 coveredMs = 0;
    const bool young = have && m_stats.uptimeMs <= lastMinuteMs;
    if (young) {
        minute = security.totals;
        coveredMs = lastMinuteMs;
    } else if (m_samples.size() >= 2) {
        const SecurityCounters& first = m_samples.first().totals;
        const SecurityCounters& last = m_samples.last().totals;
        minute.bannedRefused = last.bannedRefused - first.bannedRefused;
        minute.accessDenied = last.accessDenied - first.accessDenied;
        minute.authFailed = last.authFailed - first.authFailed;
        minute.rateLimited = last.rateLimited - first.rateLimited;
        minute.attacksBlocked = last.attacksBlocked - first.attacksBlocked;
        minute.attacksLogged = last.attacksLogged - first.attacksLogged;
        minute.connectionsRefused = last.connectionsRefused - first.connectionsRefused;
        minute.slowClients = last.slowClients - first.slowClients;
        coveredMs = m_samples.first().time.msecsTo(m_samples.last().time);
    }
    const auto lastMinute = [&](quint64 count) {
        if (coveredMs <= 0)
            return QString();
        if (coveredMs >= lastMinuteMs - 1000)
            //: Under a counter: how many of them came in the last minute.
            return tr("%1 in the last minute").arg(NumberText::count(count));
        //: Under a counter, while the page has watched for less than a minute.
        return tr("%1 in the last %n second(s)", nullptr, int((coveredMs + 500) / 1000)).arg(NumberText::count(count));
    };

    const SecurityCounters& totals = security.totals;
    m_blockedTile->setValue(have ? NumberText::count(totals.blocked()) : NumberText::none());
    m_blockedTile->setDetail(
        have ? QStringList{lastMinute(minute.blocked()), tr("Denied, banned, failed logins, attacks, slow or too many "
                                                            "connections")}
                   .join(QLatin1Char('\n'))
                   .trimmed()
             : QString());
    m_rateLimitedTile->setValue(have ? NumberText::count(totals.rateLimited) : NumberText::none());
    QStringList rateDetail{lastMinute(minute.rateLimited)};
    if (have && totals.delayed > 0)
        rateDetail << tr("%1 more held back, then served").arg(NumberText::count(totals.delayed));
    rateDetail.removeAll(QString());
    m_rateLimitedTile->setDetail(rateDetail.join(QLatin1Char('\n')));
    m_bannedTile->setValue(have ? NumberText::count(quint64(security.bans.size())) : NumberText::none());
    m_bannedTile->setDetail(
        have && !security.bans.isEmpty()
            ? tr("Next ban ends %1")
                  .arg(QLocale().toString(security.bans.first().until.toLocalTime().time(), QLocale::ShortFormat))
            : QString());
    m_attacksTile->setValue(have ? NumberText::count(totals.attacksLogged + totals.attacksBlocked)
                                 : NumberText::none());
    m_attacksTile->setDetail(have ? QStringList{lastMinute(minute.attacksLogged + minute.attacksBlocked),
                                                tr("%1 of them blocked").arg(NumberText::count(totals.attacksBlocked))}
                                        .join(QLatin1Char('\n'))
                                        .trimmed()
                                  : QString());

    const auto fill = [](QTableWidget* widget, const QList<SecurityOffender>& rows, bool rules) {
        widget->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            const SecurityOffender& offender = rows.at(row);
            auto* name = new QTableWidgetItem(rules ? SecurityText::ruleTitle(offender.name) : offender.name);
            name->setData(Qt::UserRole, offender.name);
            name->setToolTip(offender.name);
            widget->setItem(row, 0, name);
            auto* count = new QTableWidgetItem(NumberText::count(offender.count));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            widget->setItem(row, 1, count);
        }
    };
    fill(m_topClients, have ? security.topClients : QList<SecurityOffender>(), false);
    fill(m_topRules, have ? security.topRules : QList<SecurityOffender>(), true);
    if (!have)
        m_topNote->setText(tr("The clients and rules that caused the most refusals appear here while the engine "
                              "runs."));
    else if (security.topClients.isEmpty())
        m_topNote->setText(tr("Nothing refused or noted since the engine started."));
    else
        m_topNote->setText(tr("Since the engine started, most first."));

    const QString selected = m_bansTable->currentRow() >= 0 && m_bansTable->item(m_bansTable->currentRow(), 0)
                                 ? m_bansTable->item(m_bansTable->currentRow(), 0)->text()
                                 : QString();
    const QList<BanEntry> bans = have && running ? security.bans : QList<BanEntry>();
    {
        const QSignalBlocker blocker(m_bansTable);
        m_bansTable->setRowCount(int(bans.size()));
        int reselect = -1;
        for (int row = 0; row < bans.size(); ++row) {
            const BanEntry& ban = bans.at(row);
            m_bansTable->setItem(row, 0, new QTableWidgetItem(ban.address));
            m_bansTable->setItem(row, 1, new QTableWidgetItem(NumberText::eventTime(ban.since)));
            m_bansTable->setItem(row, 2, new QTableWidgetItem(NumberText::eventTime(ban.until)));
            auto* reason = new QTableWidgetItem(SecurityText::ruleTitle(ban.reason));
            reason->setToolTip(ban.reason);
            m_bansTable->setItem(row, 3, reason);
            m_bansTable->setItem(row, 4, new QTableWidgetItem(QLocale().toString(ban.strikes)));
            if (ban.address == selected)
                reselect = row;
        }
        if (reselect >= 0)
            m_bansTable->selectRow(reselect);
    }
    if (!running)
        m_bansNote->setText(tr("Bans are kept while the engine runs; start it to see and change them."));
    else if (bans.isEmpty())
        m_bansNote->setText(tr("No client is banned. A client is banned for a while after too many refusals in a "
                               "short time, or when you ban it here."));
    else
        m_bansNote->setText(tr("Every request from these addresses gets 403 until the ban ends."));

    if (m_eventModel->rowCount() == 0)
        m_logNote->setText(running ? tr("Nothing refused since this page opened. Refused requests and attacks "
                                        "appear here as they happen (the last %1).")
                                         .arg(SecurityEventModel::maxRows)
                                   : tr("Refused requests appear here while the engine runs."));
    else
        m_logNote->setText(tr("Newest first, the last %1 since this page opened. Select an attack rule's row and "
                              "choose \"Add exception\" if the request was fine.")
                               .arg(SecurityEventModel::maxRows));
    if (m_stats.security.eventsSkipped > 0)
        m_logNote->setText(m_logNote->text() + QLatin1Char(' ') +
                           tr("Some events of busy seconds were only counted, not listed."));
    refreshButtons();
}

void SecurityPage::refreshButtons()
{
    if (!m_session || !m_unbanButton)
        return;
    const bool running = m_session->engine().state() == EngineState::Running;
    m_unbanButton->setEnabled(running && m_bansTable->selectionModel()->hasSelection());
    m_banButton->setEnabled(running);
    const QModelIndexList rows = m_logView->selectionModel()->selectedRows();
    m_exceptionButton->setEnabled(!rows.isEmpty() && isAttack(m_eventModel->event(rows.first().row()).kind) &&
                                  !m_eventModel->event(rows.first().row()).site.isEmpty());
}

bool SecurityPage::applyChange(const std::function<bool(Config&)>& change)
{
    Config candidate = m_session->engine().config();
    bool applied = false;
    if (change(candidate)) {
        for (SiteConfig& site : candidate.sites) {
            if (site.security)
                site.security->preset = SecurityText::level(*site.security);
        }
        candidate.settings.security.sites.preset = SecurityText::level(candidate.settings.security.sites);
        applyStrictestLimits(candidate);
        applied = ChangeApplier::apply(this, *m_session, candidate);
    }
    // Cancelled or refused: the controls go back to what is in force.
    refreshConfig();
    return applied;
}

SiteSecurityConfig& SecurityPage::ownSecurity(Config& config, SiteConfig& site)
{
    if (!site.security)
        site.security = config.settings.security.sites;
    return *site.security;
}

void SecurityPage::applyStrictestLimits(Config& config)
{
    SecurityPreset strictest = SecurityText::level(config.settings.security.sites);
    for (const SiteConfig& site : config.sites) {
        const SecurityPreset level = SecurityText::level(site.effectiveSecurity(config.settings));
        if (strictness(level) > strictness(strictest))
            strictest = level;
    }
    SecurityPresets::applyLimits(config.settings, strictest);
}

bool SecurityPage::setDefaultLevel(SecurityPreset preset)
{
    if (!m_session)
        return false;
    return applyChange([preset](Config& config) {
        SiteSecurityConfig& defaults = config.settings.security.sites;
        defaults = SecurityPresets::applied(defaults, preset);
        return true;
    });
}

bool SecurityPage::setSiteLevel(const QString& siteName, int level)
{
    if (!m_session)
        return false;
    return applyChange([siteName, level](Config& config) {
        for (SiteConfig& site : config.sites) {
            if (site.name != siteName)
                continue;
            if (level == sameAsDefault)
                site.security.reset();
            else
                site.security =
                    SecurityPresets::applied(site.effectiveSecurity(config.settings), SecurityPreset(level));
            return true;
        }
        return false;
    });
}

bool SecurityPage::setSiteOfficeOnly(const QString& siteName, bool on)
{
    if (!m_session)
        return false;
    return applyChange([siteName, on](Config& config) {
        for (SiteConfig& site : config.sites) {
            if (site.name == siteName) {
                ownSecurity(config, site).access.officeOnly = on;
                return true;
            }
        }
        return false;
    });
}

bool SecurityPage::setSiteWafMode(const QString& siteName, WafMode mode)
{
    if (!m_session)
        return false;
    return applyChange([siteName, mode](Config& config) {
        for (SiteConfig& site : config.sites) {
            if (site.name == siteName) {
                ownSecurity(config, site).waf.mode = mode;
                return true;
            }
        }
        return false;
    });
}

bool SecurityPage::addException(const QString& siteName, const QString& rule, const QString& pathPrefix)
{
    if (!m_session)
        return false;
    return applyChange([siteName, rule, pathPrefix](Config& config) {
        for (SiteConfig& site : config.sites) {
            if (site.name != siteName)
                continue;
            WafConfig& waf = ownSecurity(config, site).waf;
            const WafConfig::Exception exception{rule, pathPrefix};
            if (!waf.exceptions.contains(exception))
                waf.exceptions << exception;
            return true;
        }
        return false;
    });
}

bool SecurityPage::unbanSelected()
{
    if (!m_session || m_bansTable->currentRow() < 0 || !m_bansTable->item(m_bansTable->currentRow(), 0))
        return false;
    const QString address = m_bansTable->item(m_bansTable->currentRow(), 0)->text();
    const bool done = m_session->engine().unban(address);
    //: %1 is an IP address.
    m_banResult->setText(done ? tr("%1 is no longer banned.").arg(address)
                              : tr("%1 could not be unbanned: its ban has already ended.").arg(address));
    m_banResult->setAccessibleName(m_banResult->text());
    return done;
}

QDialog* SecurityPage::openPasswordsDialog(const QString& siteName)
{
    if (!m_session)
        return nullptr;
    QStringList routes;
    QList<BasicAuthConfig> configs;
    for (const SiteConfig& site : m_session->engine().config().sites) {
        if (site.name != siteName)
            continue;
        for (const RouteConfig& route : site.routes) {
            routes << route.pathPrefix;
            configs << route.security.basicAuth;
        }
    }
    if (routes.isEmpty())
        return nullptr;
    auto* dialog = new BasicAuthUsersDialog(siteName, routes, configs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, siteName] {
        const QList<BasicAuthConfig> chosen = dialog->configs();
        QMetaObject::invokeMethod(
            this,
            [this, siteName, chosen] {
                applyChange([&](Config& config) {
                    for (SiteConfig& site : config.sites) {
                        if (site.name != siteName || site.routes.size() != chosen.size())
                            continue;
                        for (qsizetype i = 0; i < chosen.size(); ++i)
                            site.routes[i].security.basicAuth = chosen.at(i);
                        return true;
                    }
                    return false;
                });
            },
            Qt::QueuedConnection);
    });
    dialog->open();
    return dialog;
}

QDialog* SecurityPage::openBanDialog()
{
    if (!m_session || m_session->engine().state() != EngineState::Running)
        return nullptr;
    auto* dialog = new BanAddressDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString address = dialog->address();
        const int seconds = dialog->seconds();
        const bool done = m_session->engine().ban(address, seconds);
        m_banResult->setText(done
                                 ? tr("%1 is banned for %2.").arg(address, NumberText::duration(qint64(seconds) * 1000))
                                 : tr("%1 could not be banned: the engine is not running or the address is not "
                                      "valid.")
                                       .arg(address));
        m_banResult->setAccessibleName(m_banResult->text());
    });
    dialog->open();
    return dialog;
}

QDialog* SecurityPage::openExceptionDialog()
{
    if (!m_session)
        return nullptr;
    const QModelIndexList rows = m_logView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const SecurityEvent event = m_eventModel->event(rows.first().row());
    if (!isAttack(event.kind) || event.site.isEmpty())
        return nullptr;
    QString path = event.target;
    if (const qsizetype query = path.indexOf(QLatin1Char('?')); query >= 0)
        path.truncate(query);
    auto* dialog = new WafExceptionDialog(event.site, event.rule, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, event] {
        const QString prefix = dialog->pathPrefix();
        // After the exception dialog has closed: the review dialog is the next modal one.
        QMetaObject::invokeMethod(
            this, [this, event, prefix] { addException(event.site, event.rule, prefix); }, Qt::QueuedConnection);
    });
    dialog->open();
    return dialog;
}

} // namespace Portico
