// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/CachePage.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "charts/MetricsChart.h"
#include "models/CachedPathModel.h"
#include "text/NumberText.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/HistoryRangeSelector.h"
#include "widgets/PageHeader.h"
#include "widgets/StatTile.h"
#include "widgets/UiStyle.h"

// The Cache Rule wizard is written alongside this page; the page builds without it and says so.
#if __has_include("wizards/CacheRuleWizard.h")
#include "wizards/CacheRuleWizard.h"
#define PORTICO_HAVE_CACHE_RULE_WIZARD 1
#else
#define PORTICO_HAVE_CACHE_RULE_WIZARD 0
#endif
#if __has_include("text/CacheRuleText.h")
#include "text/CacheRuleText.h"
#define PORTICO_HAVE_CACHE_RULE_TEXT 1
#else
#define PORTICO_HAVE_CACHE_RULE_TEXT 0
#endif

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace Portico {

namespace {

constexpr int siteNameRole = Qt::UserRole;
constexpr int ruleIndexRole = Qt::UserRole + 1;
constexpr int visiblePathRows = 8;
constexpr qint64 lastMinuteMs = 60'000;

QString percentText(double share)
{
    const double percent = 100.0 * share;
    //: A percentage, e.g. "87.5 %".
    return CachePage::tr("%1 %").arg(QLocale().toString(percent, 'f', percent > 0 && percent < 99.95 ? 1 : 0));
}

QString ruleName(const CacheRule& rule, int index)
{
#if PORTICO_HAVE_CACHE_RULE_TEXT
    if (!rule.name.isEmpty())
        return QStringLiteral("%1. %2").arg(index + 1).arg(CacheRuleText::quotedName(rule.name));
#endif
    return rule.name.isEmpty() ? CachePage::tr("Rule %1").arg(index + 1)
                               : QStringLiteral("%1. %2").arg(index + 1).arg(rule.name);
}

} // namespace

CachePage::CachePage(EngineSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stats(session.engine().lastStats())
    , m_pathModel(new CachedPathModel(this))
    , m_header(new PageHeader(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_turnOnSiteLabel(new QLabel(this))
    , m_turnOnSiteCombo(new QComboBox(this))
    , m_turnOnButton(new QPushButton(this))
    , m_figuresNote(new QLabel(this))
    , m_hitRatioTile(new StatTile(QStringLiteral("hitRatio"), this))
    , m_servedTile(new StatTile(QStringLiteral("servedFromCache"), this))
    , m_memoryTile(new StatTile(QStringLiteral("cacheMemory"), this))
    , m_diskTile(new StatTile(QStringLiteral("cacheDisk"), this))
    , m_compressionTile(new StatTile(QStringLiteral("compression"), this))
    , m_chartTitle(sectionTitle(QStringLiteral("hitRatioTitleLabel")))
    , m_rangeSelector(new HistoryRangeSelector(QStringLiteral("hitRatio"), this))
    , m_chart(new MetricsChart(ChartModel::Topic::CacheHitRatio, m_chartModel, this))
    , m_chartNote(new QLabel(this))
    , m_sitesTitle(sectionTitle(QStringLiteral("cacheSitesTitleLabel")))
    , m_sitesTree(new QTreeWidget(this))
    , m_addRuleButton(new QPushButton(this))
    , m_editRuleButton(new QPushButton(this))
    , m_siteCachingButton(new QPushButton(this))
    , m_sitesNote(new QLabel(this))
    , m_pathsTitle(sectionTitle(QStringLiteral("cachedPathsTitleLabel")))
    , m_pathsNote(new QLabel(this))
    , m_pathsView(new QTableView(this))
    , m_purgePathButton(new QPushButton(this))
    , m_purgeGroup(nullptr)
    , m_scopeLabel(new QLabel(this))
    , m_scopeCombo(new QComboBox(this))
    , m_purgeSiteLabel(new QLabel(this))
    , m_purgeSiteCombo(new QComboBox(this))
    , m_pathLabel(new QLabel(this))
    , m_pathEdit(new QLineEdit(this))
    , m_pathError(new QLabel(this))
    , m_scopeHint(new QLabel(this))
    , m_purgeButton(new QPushButton(this))
    , m_purgeResult(new QLabel(this))
{
    setObjectName(QStringLiteral("cachePage"));
    m_stack->setObjectName(QStringLiteral("cacheStackedWidget"));
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(buildContent());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, 0);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    EngineController& engine = session.engine();
    connect(&engine, &EngineController::statsUpdated, this, &CachePage::onStatsUpdated, Qt::QueuedConnection);
    connect(&engine, &EngineController::stateChanged, this, [this](EngineState state) {
        if (state == EngineState::Running)
            m_stats = m_session.engine().lastStats(); // a fresh start has no figures yet
        refreshStats();
        refreshHistory();
    });
    connect(&engine, &EngineController::configChanged, this, &CachePage::refreshConfig, Qt::QueuedConnection);
    connect(&engine, &EngineController::cachePurged, this, &CachePage::onCachePurged);

    retranslate();
}

QLabel* CachePage::sectionTitle(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    UiStyle::makeHeading(label, 2);
    return label;
}

QWidget* CachePage::buildEmptyState()
{
    m_empty->setObjectName(QStringLiteral("cacheEmptyState"));
    m_turnOnSiteLabel->setObjectName(QStringLiteral("turnOnSiteLabel"));
    m_turnOnSiteLabel->setBuddy(m_turnOnSiteCombo);
    m_turnOnSiteCombo->setObjectName(QStringLiteral("turnOnSiteComboBox"));
    m_turnOnSiteCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_turnOnButton->setObjectName(QStringLiteral("turnOnCachingButton"));
    m_turnOnButton->setAutoDefault(false);
    m_turnOnButton->setFocusPolicy(Qt::StrongFocus);
    auto* row = new QWidget(m_empty);
    row->setObjectName(QStringLiteral("turnOnCachingRow"));
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(8);
    rowLayout->addWidget(m_turnOnSiteLabel);
    rowLayout->addWidget(m_turnOnSiteCombo);
    rowLayout->addWidget(m_turnOnButton);
    m_empty->addAction(row);
    connect(m_turnOnSiteCombo, &QComboBox::currentIndexChanged, this, &CachePage::refreshTurnOnButton);
    connect(m_turnOnButton, &QPushButton::clicked, this,
            [this] { turnOnCaching(m_turnOnSiteCombo->currentData().toString()); });
    return m_empty;
}

QWidget* CachePage::buildContent()
{
    auto* content = new QWidget();
    content->setObjectName(QStringLiteral("cacheContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, UiStyle::pageMargin);
    layout->setSpacing(12);

    m_figuresNote->setObjectName(QStringLiteral("cacheFiguresNoteLabel"));
    m_figuresNote->setWordWrap(true);
    UiStyle::makeSecondary(m_figuresNote);
    layout->addWidget(m_figuresNote);
    layout->addWidget(buildTiles());

    layout->addSpacing(6);
    layout->addWidget(buildChart());

    layout->addSpacing(6);
    auto* middle = new QHBoxLayout();
    middle->setSpacing(18);
    middle->addWidget(buildPaths(), 3);
    middle->addWidget(buildPurge(), 2, Qt::AlignTop);
    layout->addLayout(middle);

    layout->addSpacing(6);
    layout->addWidget(buildSites());
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("cacheScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget* CachePage::buildTiles()
{
    auto* tiles = new QWidget(this);
    tiles->setObjectName(QStringLiteral("cacheTiles"));
    // As tall as the tallest tile's wrapped text: Maximum would cap the row at its unwrapped height and clip it;
    // the page's closing stretch keeps the row from growing taller than that.
    tiles->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    const QList<StatTile*> all{m_hitRatioTile, m_servedTile, m_memoryTile, m_diskTile, m_compressionTile};
    for (qsizetype i = 0; i < all.size(); ++i) {
        grid->addWidget(all.at(i), 0, int(i));
        grid->setColumnStretch(int(i), 1);
    }
    return tiles;
}

QWidget* CachePage::buildChart()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("hitRatioSection"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_chartTitle);

    auto* row = new QHBoxLayout();
    row->setSpacing(6);
    m_rangeSelector->setRange(m_range);
    row->addWidget(m_rangeSelector);
    connect(m_rangeSelector, &HistoryRangeSelector::rangeChosen, this, &CachePage::setRange);
    row->addStretch();
    layout->addLayout(row);

    m_chart->setObjectName(QStringLiteral("hitRatioChartView"));
    layout->addWidget(m_chart);
    m_chartNote->setObjectName(QStringLiteral("hitRatioNoteLabel"));
    m_chartNote->setWordWrap(true);
    UiStyle::makeSecondary(m_chartNote);
    layout->addWidget(m_chartNote);
    return box;
}

QWidget* CachePage::buildPaths()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("cachedPathsSection"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_pathsTitle);
    m_pathsNote->setObjectName(QStringLiteral("cachedPathsNoteLabel"));
    m_pathsNote->setWordWrap(true);
    UiStyle::makeSecondary(m_pathsNote);
    layout->addWidget(m_pathsNote);

    m_pathsView->setObjectName(QStringLiteral("cachedPathsTableView"));
    m_pathsView->setModel(m_pathModel);
    m_pathsView->verticalHeader()->setVisible(false);
    m_pathsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pathsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pathsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pathsView->setAlternatingRowColors(true);
    m_pathsView->setShowGrid(false);
    m_pathsView->setWordWrap(false);
    m_pathsView->setTextElideMode(Qt::ElideMiddle);
    m_pathsView->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_pathsView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CachedPathModel::PathColumn, QHeaderView::Stretch);
    const int rowHeight = m_pathsView->fontMetrics().height() + 8;
    m_pathsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_pathsView->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_pathsView->setFixedHeight(header->sizeHint().height() + rowHeight * visiblePathRows +
                                2 * m_pathsView->frameWidth());
    layout->addWidget(m_pathsView);
    connect(m_pathsView, &QWidget::customContextMenuRequested, this, &CachePage::showPathMenu);
    connect(m_pathsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_purgePathButton->setEnabled(m_pathsView->selectionModel()->hasSelection()); });

    m_purgePathButton->setObjectName(QStringLiteral("purgeSelectedUrlButton"));
    m_purgePathButton->setAutoDefault(false);
    m_purgePathButton->setFocusPolicy(Qt::StrongFocus);
    m_purgePathButton->setEnabled(false);
    connect(m_purgePathButton, &QPushButton::clicked, this, &CachePage::purgeSelectedPath);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_purgePathButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

QGroupBox* CachePage::buildPurge()
{
    m_purgeGroup = new QGroupBox(this);
    m_purgeGroup->setObjectName(QStringLiteral("purgeGroupBox"));
    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_scopeLabel->setObjectName(QStringLiteral("purgeScopeLabel"));
    m_scopeLabel->setBuddy(m_scopeCombo);
    m_scopeCombo->setObjectName(QStringLiteral("purgeScopeComboBox"));
    for (const CachePurge::Scope scope :
         {CachePurge::Scope::Url, CachePurge::Scope::Prefix, CachePurge::Scope::Site, CachePurge::Scope::All})
        m_scopeCombo->addItem(QString(), int(scope));
    m_purgeSiteLabel->setObjectName(QStringLiteral("purgeSiteLabel"));
    m_purgeSiteLabel->setBuddy(m_purgeSiteCombo);
    m_purgeSiteCombo->setObjectName(QStringLiteral("purgeSiteComboBox"));
    m_pathLabel->setObjectName(QStringLiteral("purgePathLabel"));
    m_pathLabel->setBuddy(m_pathEdit);
    m_pathEdit->setObjectName(QStringLiteral("purgePathLineEdit"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathError->setObjectName(QStringLiteral("purgePathErrorLabel"));
    m_pathError->setWordWrap(true);
    m_pathError->setVisible(false);
    {
        QPalette palette = m_pathError->palette();
        palette.setColor(QPalette::WindowText, UiStyle::errorColor(palette));
        m_pathError->setPalette(palette);
    }
    m_scopeHint->setObjectName(QStringLiteral("purgeScopeHintLabel"));
    m_scopeHint->setWordWrap(true);
    UiStyle::makeSecondary(m_scopeHint);
    m_purgeButton->setObjectName(QStringLiteral("purgeButton"));
    m_purgeButton->setAutoDefault(false);
    m_purgeButton->setFocusPolicy(Qt::StrongFocus);
    m_purgeResult->setObjectName(QStringLiteral("purgeResultLabel"));
    m_purgeResult->setWordWrap(true);
    m_purgeResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    form->addRow(m_scopeLabel, m_scopeCombo);
    form->addRow(m_purgeSiteLabel, m_purgeSiteCombo);
    form->addRow(m_pathLabel, m_pathEdit);
    form->addRow(QString(), m_pathError);

    auto* layout = new QVBoxLayout(m_purgeGroup);
    layout->setSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_scopeHint);
    auto* buttons = new QHBoxLayout();
    buttons->addStretch();
    buttons->addWidget(m_purgeButton);
    layout->addLayout(buttons);
    layout->addWidget(m_purgeResult);

    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, [this] {
        refreshPurgeSites();
        refreshPurgeForm();
    });
    connect(m_purgeSiteCombo, &QComboBox::currentIndexChanged, this, &CachePage::refreshPurgeForm);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &CachePage::refreshPurgeForm);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &CachePage::purgeFromForm);
    connect(m_purgeButton, &QPushButton::clicked, this, &CachePage::purgeFromForm);
    return m_purgeGroup;
}

QWidget* CachePage::buildSites()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("cacheSitesSection"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_sitesTitle);
    m_sitesNote->setObjectName(QStringLiteral("cacheSitesNoteLabel"));
    m_sitesNote->setWordWrap(true);
    UiStyle::makeSecondary(m_sitesNote);
    layout->addWidget(m_sitesNote);

    m_sitesTree->setObjectName(QStringLiteral("cacheSitesTreeWidget"));
    m_sitesTree->setColumnCount(3);
    m_sitesTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sitesTree->setAlternatingRowColors(true);
    m_sitesTree->setWordWrap(false);
    m_sitesTree->setTextElideMode(Qt::ElideRight);
    // Eight rows of the current font (200% scale included); more scroll.
    m_sitesTree->setFixedHeight(m_sitesTree->header()->sizeHint().height() +
                                (m_sitesTree->fontMetrics().height() + 6) * 8 + 2 * m_sitesTree->frameWidth());
    QHeaderView* header = m_sitesTree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_sitesTree);
    connect(m_sitesTree, &QTreeWidget::itemSelectionChanged, this, &CachePage::refreshSiteButtons);
    connect(m_sitesTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, ruleIndexRole).toInt() >= 0)
            openRuleWizard(item->data(0, siteNameRole).toString(), item->data(0, ruleIndexRole).toInt());
    });

    for (QPushButton* button : {m_addRuleButton, m_editRuleButton, m_siteCachingButton}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_addRuleButton->setObjectName(QStringLiteral("addCacheRuleButton"));
    m_editRuleButton->setObjectName(QStringLiteral("editCacheRuleButton"));
    m_siteCachingButton->setObjectName(QStringLiteral("siteCachingButton"));
    connect(m_addRuleButton, &QPushButton::clicked, this, [this] { openRuleWizard(selectedSite()); });
    connect(m_editRuleButton, &QPushButton::clicked, this, [this] {
        if (selectedRule() >= 0)
            openRuleWizard(selectedSite(), selectedRule());
    });
    connect(m_siteCachingButton, &QPushButton::clicked, this, [this] {
        const QString site = selectedSite();
        for (const SiteConfig& config : m_session.engine().config().sites) {
            if (config.name == site) {
                setSiteCaching(site, !config.cache.enabled);
                return;
            }
        }
    });
    auto* buttons = new QHBoxLayout();
    buttons->setSpacing(8);
    buttons->addWidget(m_addRuleButton);
    buttons->addWidget(m_editRuleButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_siteCachingButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

void CachePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CachePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Hidden, the page skipped its updates: catch up at once.
    refresh();
}

void CachePage::retranslate()
{
    m_header->setTitle(tr("Cache"));
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("cacheScrollArea")))
        scroll->setAccessibleName(tr("Cache"));
    m_header->setSubtitle(tr("Responses Portico keeps so that backends do not have to send them again."));
    m_empty->setTitle(tr("No site uses the cache"));
    m_turnOnSiteLabel->setText(tr("&Site:"));
    m_turnOnSiteCombo->setAccessibleName(tr("Site to turn caching on for"));

    m_hitRatioTile->setCaption(tr("Hit ratio, last minute"));
    m_servedTile->setCaption(tr("Served from the cache"));
    m_memoryTile->setCaption(tr("Memory"));
    m_diskTile->setCaption(tr("Disk"));
    m_compressionTile->setCaption(tr("Saved by compression"));

    m_chartTitle->setText(tr("Hit ratio"));
    m_rangeSelector->setAccessibleNamePattern(tr("Show the hit ratio of the last %1"));
    m_chart->setTitle(tr("Requests answered from the cache"));

    m_pathsTitle->setText(tr("Most used stored responses"));
    m_pathsView->setAccessibleName(tr("Most used stored responses"));
    m_purgePathButton->setText(tr("Purge this URL"));
    m_purgePathButton->setAccessibleName(tr("Purge the selected URL"));
    m_purgePathButton->setToolTip(tr("Remove the selected response from the cache; the next request for it goes to "
                                     "the backend."));

    m_purgeGroup->setTitle(tr("Purge"));
    m_scopeLabel->setText(tr("&Remove:"));
    m_scopeCombo->setAccessibleName(tr("What to remove from the cache"));
    const std::array<QString, 4> scopeTexts{tr("This URL"), tr("Everything under a path"), tr("A whole site"),
                                            tr("Everything")};
    for (int i = 0; i < m_scopeCombo->count(); ++i)
        m_scopeCombo->setItemText(i, scopeTexts.at(size_t(i)));
    m_purgeSiteLabel->setText(tr("S&ite:"));
    m_purgeSiteCombo->setAccessibleName(tr("Site to purge"));
    m_pathLabel->setText(tr("&Path:"));
    m_pathEdit->setAccessibleName(tr("Path to purge"));
    m_purgeButton->setText(tr("Purge"));
    m_purgeButton->setAccessibleName(tr("Purge from the cache"));

    m_sitesTitle->setText(tr("Sites"));
    m_sitesNote->setText(tr("Which sites cache and by which rules. Rules are tried in order; the first that "
                            "matches decides. Without a matching rule the backend's own headers decide."));
    m_sitesTree->setHeaderLabels({tr("Site and rules"), tr("Caching"), tr("Details")});
    m_sitesTree->setAccessibleName(tr("Sites and their cache rules"));
    m_addRuleButton->setText(tr("Add rule…"));
    m_editRuleButton->setText(tr("Edit rule…"));
    if (!PORTICO_HAVE_CACHE_RULE_WIZARD) {
        const QString missing = tr("The Cache Rule wizard is not part of this build.");
        m_addRuleButton->setToolTip(missing);
        m_editRuleButton->setToolTip(missing);
    }
    refresh();
}

void CachePage::refresh()
{
    refreshConfig();
    refreshStats();
    refreshHistory();
    refreshPurgeForm();
}

void CachePage::onStatsUpdated(const StatsSnapshot& snapshot)
{
    m_stats = snapshot;
    // Once a second, and only while on screen: a hidden page costs nothing.
    if (!isVisible())
        return;
    refreshStats();
    refreshHistory();
}

void CachePage::refreshConfig()
{
    const Config& config = m_session.engine().config();
    bool anyCaching = false;
    QStringList sites;
    for (const SiteConfig& site : config.sites) {
        anyCaching = anyCaching || site.cache.enabled;
        sites << site.name;
    }
    m_stack->setCurrentIndex(anyCaching ? 1 : 0);

    // The empty state: what the cache does, and the way to turn it on.
    QString description =
        tr("Portico can keep copies of the responses your backends send (pages, pictures, scripts, styles) and "
           "answer the next visitors from them: pages load faster and the application servers do less work. It "
           "stores only what the backend allows to be shared, so one visitor's private page is never shown to "
           "another.");
    description += QStringLiteral("\n\n");
    if (sites.isEmpty())
        description += tr("Add a site on the Sites page first; then turn caching on for it here.");
    else
        description += tr("Turning caching on for a site keeps static files (pictures, scripts, styles, fonts) for "
                          "an hour when the backend does not say how long, and everything else as long as the "
                          "backend says. You see the change before it is applied, and can add your own rules "
                          "afterwards.");
    m_empty->setDescription(description);
    const QString current = m_turnOnSiteCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_turnOnSiteCombo);
        m_turnOnSiteCombo->clear();
        for (const QString& site : sites)
            m_turnOnSiteCombo->addItem(site, site);
        m_turnOnSiteCombo->setCurrentIndex(std::max(0, m_turnOnSiteCombo->findData(current)));
    }
    m_turnOnButton->setVisible(!sites.isEmpty());
    // One site needs no choice.
    m_turnOnSiteLabel->setVisible(sites.size() > 1);
    m_turnOnSiteCombo->setVisible(sites.size() > 1);
    refreshTurnOnButton();

    // The sites and their rules, keeping the selection across the rebuild.
    const QString selectedSiteName = selectedSite();
    const int selectedRuleIndex = selectedRule();
    {
        const QSignalBlocker blocker(m_sitesTree);
        m_sitesTree->clear();
        QTreeWidgetItem* reselect = nullptr;
        for (const SiteConfig& site : config.sites) {
            auto* item = new QTreeWidgetItem(m_sitesTree);
            item->setText(0, site.name);
            item->setData(0, siteNameRole, site.name);
            item->setData(0, ruleIndexRole, -1);
            item->setText(1, site.cache.enabled ? tr("On") : tr("Off"));
            if (site.cache.enabled)
                item->setForeground(1, UiStyle::successColor(palette()));
            const int rules = int(site.cache.rules.size());
            item->setText(2,
                          rules == 0 ? tr("No rules: the backend's headers decide") : tr("%n rule(s)", nullptr, rules));
            if (site.name == selectedSiteName && selectedRuleIndex < 0)
                reselect = item;
            for (int i = 0; i < rules; ++i) {
                const CacheRule& rule = site.cache.rules.at(i);
                auto* child = new QTreeWidgetItem(item);
                child->setText(0, ruleName(rule, i));
                child->setData(0, siteNameRole, site.name);
                child->setData(0, ruleIndexRole, i);
#if PORTICO_HAVE_CACHE_RULE_TEXT
                child->setText(1, CacheRuleText::action(rule));
                child->setText(2, CacheRuleText::match(rule));
                const QString tip = CacheRuleText::describe(rule).join(QLatin1Char('\n'));
                for (int column = 0; column < 3; ++column)
                    child->setToolTip(column, tip);
#endif
                if (site.name == selectedSiteName && i == selectedRuleIndex)
                    reselect = child;
            }
        }
        m_sitesTree->expandAll();
        if (!reselect && m_sitesTree->topLevelItemCount() > 0)
            reselect = m_sitesTree->topLevelItem(0);
        if (reselect)
            m_sitesTree->setCurrentItem(reselect);
    }
    refreshSiteButtons();
    refreshPurgeSites();
}

void CachePage::refreshTurnOnButton()
{
    const QString site = m_turnOnSiteCombo->currentData().toString();
    //: %1 is a site's name.
    m_turnOnButton->setText(tr("Turn on caching for %1").arg(site));
    m_turnOnButton->setEnabled(!site.isEmpty());
}

void CachePage::refreshSiteButtons()
{
    const QString site = selectedSite();
    const int rule = selectedRule();
    m_addRuleButton->setEnabled(PORTICO_HAVE_CACHE_RULE_WIZARD && !site.isEmpty());
    m_editRuleButton->setEnabled(PORTICO_HAVE_CACHE_RULE_WIZARD && rule >= 0);
    m_addRuleButton->setAccessibleName(site.isEmpty() ? tr("Add a cache rule")
                                                      : tr("Add a cache rule to %1").arg(site));
    m_editRuleButton->setAccessibleName(tr("Edit the selected cache rule"));
    bool on = false;
    for (const SiteConfig& config : m_session.engine().config().sites)
        if (config.name == site)
            on = config.cache.enabled;
    m_siteCachingButton->setEnabled(!site.isEmpty());
    m_siteCachingButton->setText(on ? tr("Turn caching off") : tr("Turn caching on"));
    m_siteCachingButton->setAccessibleName(site.isEmpty() ? m_siteCachingButton->text()
                                           : on           ? tr("Turn caching off for %1").arg(site)
                                                          : tr("Turn caching on for %1").arg(site));
    m_siteCachingButton->setToolTip(on ? tr("Stop storing responses of this site; its rules are kept.")
                                       : tr("Store responses of this site by its rules, or by the default rules "
                                            "when it has none."));
}

QString CachePage::selectedSite() const
{
    const QTreeWidgetItem* item = m_sitesTree->currentItem();
    return item ? item->data(0, siteNameRole).toString() : QString();
}

int CachePage::selectedRule() const
{
    const QTreeWidgetItem* item = m_sitesTree->currentItem();
    return item ? item->data(0, ruleIndexRole).toInt() : -1;
}

void CachePage::refreshStats()
{
    const EngineController& engine = m_session.engine();
    const bool running = engine.state() == EngineState::Running;
    const bool have = m_stats.time.isValid();
    const CacheStats& cache = m_stats.cache;
    QString note;
    if (running && have)
        note = tr("Live figures from the engine, updated every second.");
    else if (running)
        note = tr("The first figures arrive one second after the engine starts.");
    else if (have)
        note = tr("The engine is stopped; these are its last figures.");
    else
        note = tr("Figures appear once the engine is running.");
    m_figuresNote->setText(note);

    // The last minute from the history: the same points the chart draws.
    quint64 minuteHits = 0;
    quint64 minuteCacheable = 0;
    if (running) {
        const MetricsSeries recent = engine.history(HistoryRange::FiveMinutes);
        for (const MetricsPoint& point : recent.points) {
            if (point.timeMs <= recent.endMs - lastMinuteMs)
                continue;
            minuteHits += point.cacheHits;
            minuteCacheable += point.cacheHits + point.cacheMisses;
        }
    }
    const quint64 hits = cache.hitsTotal + cache.staleHitsTotal;
    const quint64 cacheable = hits + cache.missesTotal;
    m_hitRatioTile->setValue(minuteCacheable > 0 ? percentText(double(minuteHits) / double(minuteCacheable))
                                                 : NumberText::none());
    QStringList ratioDetail;
    if (running && minuteCacheable == 0)
        ratioDetail << tr("No cacheable request in the last minute");
    else if (minuteCacheable > 0)
        //: Hits of cacheable requests in the last minute, e.g. "42 of 48 requests".
        ratioDetail << tr("%1 of %n request(s)", nullptr, int(std::min<quint64>(minuteCacheable, INT_MAX)))
                           .arg(NumberText::count(minuteHits));
    if (have && cacheable > 0)
        ratioDetail << tr("Since start: %1").arg(percentText(double(hits) / double(cacheable)));
    else if (have)
        ratioDetail << tr("Since start: no cacheable request yet");
    m_hitRatioTile->setDetail(ratioDetail.join(QLatin1Char('\n')));

    m_servedTile->setValue(have ? NumberText::count(hits) : NumberText::none());
    if (have) {
        //: Detail under the count of responses served from the cache.
        QString detail = tr("Since start; %1 of them stale, %2 read from disk")
                             .arg(NumberText::count(cache.staleHitsTotal), NumberText::count(cache.diskHitsTotal));
        if (cache.revalidatedTotal > 0)
            detail += QLatin1Char('\n') + tr("%1 more after the backend confirmed them unchanged (304)")
                                              .arg(NumberText::count(cache.revalidatedTotal));
        m_servedTile->setDetail(detail);
    } else {
        m_servedTile->setDetail(QString());
    }

    if (have) {
        m_memoryTile->setValue(NumberText::bytes(quint64(std::max<qint64>(0, cache.memoryBytes))));
        //: Detail under the memory the cache uses: its capacity and how many responses it holds.
        m_memoryTile->setDetail(
            tr("of %1; %n stored response(s)", nullptr, int(std::min<qint64>(cache.memoryEntries, INT_MAX)))
                .arg(NumberText::bytes(quint64(std::max<qint64>(0, cache.memoryCapacityBytes)))));
    } else {
        m_memoryTile->setValue(NumberText::none());
        m_memoryTile->setDetail(QString());
    }

    if (!have) {
        m_diskTile->setValue(NumberText::none());
        m_diskTile->setDetail(QString());
    } else if (cache.diskCapacityBytes <= 0) {
        m_diskTile->setValue(tr("Disk cache off"));
        m_diskTile->setDetail(tr("Stored responses are kept in memory only and are gone after a restart."));
    } else {
        m_diskTile->setValue(NumberText::bytes(quint64(std::max<qint64>(0, cache.diskBytes))));
        QString detail = tr("of %1; %n stored response(s)", nullptr, int(std::min<qint64>(cache.diskEntries, INT_MAX)))
                             .arg(NumberText::bytes(quint64(cache.diskCapacityBytes)));
        if (cache.diskDamagedTotal > 0)
            detail += QLatin1Char('\n') + tr("%n damaged entry(ies) found and discarded", nullptr,
                                             int(std::min<quint64>(cache.diskDamagedTotal, INT_MAX)));
        m_diskTile->setDetail(detail);
    }

    if (have && cache.compressedTotal > 0 && cache.compressedBytesInTotal > 0) {
        const double kept = double(cache.compressedBytesOutTotal) / double(cache.compressedBytesInTotal);
        // How much smaller compression made the responses it compressed.
        m_compressionTile->setValue(percentText(std::max(0.0, 1.0 - kept)));
        //: Detail under compression: how many responses, their size before and after.
        m_compressionTile->setDetail(tr("%n response(s) since start: %1 sent as %2", nullptr,
                                        int(std::min<quint64>(cache.compressedTotal, INT_MAX)))
                                         .arg(NumberText::bytes(cache.compressedBytesInTotal),
                                              NumberText::bytes(cache.compressedBytesOutTotal)));
    } else {
        m_compressionTile->setValue(NumberText::none());
        m_compressionTile->setDetail(have ? tr("No response compressed yet") : QString());
    }

    // The most used stored responses, keeping the selected one selected when the rows change.
    QString selectedSiteName;
    QByteArray selectedPath;
    const QModelIndexList selected = m_pathsView->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        selectedSiteName = selected.first().data(CachedPathModel::SiteRole).toString();
        selectedPath = selected.first().data(CachedPathModel::PathRole).toByteArray();
    }
    m_pathModel->setEntries(have && running ? cache.topPaths : QList<CachedPathStat>());
    if (!selectedPath.isEmpty() && !m_pathsView->selectionModel()->hasSelection()) {
        const int row = m_pathModel->rowOf(selectedSiteName, selectedPath);
        if (row >= 0)
            m_pathsView->selectRow(row);
    }
    m_purgePathButton->setEnabled(m_pathsView->selectionModel()->hasSelection());
    if (!running)
        m_pathsNote->setText(tr("The stored responses are listed while the engine runs."));
    else if (m_pathModel->rowCount() == 0)
        m_pathsNote->setText(tr("Nothing is stored yet. Responses appear here once visitors ask for something the "
                                "cache may keep."));
    else
        m_pathsNote->setText(tr("Most hits first; right-click a row to purge it."));
}

void CachePage::refreshHistory()
{
    const EngineController& engine = m_session.engine();
    MetricsSeries series = engine.history(m_range);
    if (series.endMs <= 0)
        series.endMs = QDateTime::currentMSecsSinceEpoch();
    m_chartModel.setSeries(series);
    m_chart->refresh();
    bool anyCacheable = false;
    for (const MetricsPoint& point : series.points)
        anyCacheable = anyCacheable || point.cacheHits + point.cacheMisses > 0;
    QString note = tr("The share of cacheable requests answered from the cache, without asking the backend.");
    if (!anyCacheable)
        note += QLatin1Char(' ') + (engine.state() == EngineState::Running
                                        ? tr("No cacheable request in this range yet.")
                                        : tr("No figures for this range: the engine was not running."));
    else
        note += QLatin1Char(' ') + tr("Hover over the chart to see the values at that time; the line breaks where "
                                      "no cacheable request came.");
    m_chartNote->setText(note);
}

void CachePage::setRange(HistoryRange range)
{
    m_rangeSelector->setRange(range);
    if (range == m_range)
        return;
    m_range = range;
    refreshHistory();
}

void CachePage::turnOnCaching(const QString& site)
{
    setSiteCaching(site, true);
}

void CachePage::setSiteCaching(const QString& site, bool on)
{
    Config candidate = m_session.engine().config();
    for (SiteConfig& config : candidate.sites) {
        if (config.name != site)
            continue;
        // A site whose rules were kept when caching was turned off gets them back; a site without any gets
        // the default rules.
        if (on && config.cache.rules.isEmpty())
            config.cache = SiteCacheConfig::defaults();
        config.cache.enabled = on;
        ChangeApplier::apply(this, m_session, candidate);
        return;
    }
}

QDialog* CachePage::openRuleWizard(const QString& site, int ruleIndex)
{
#if PORTICO_HAVE_CACHE_RULE_WIZARD
    auto* wizard = new CacheRuleWizard(m_session, site, this, ruleIndex);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
#else
    Q_UNUSED(site);
    Q_UNUSED(ruleIndex);
    return nullptr;
#endif
}

void CachePage::refreshPurgeSites()
{
    const auto scope = CachePurge::Scope(m_scopeCombo->currentData().toInt());
    const QString current = m_purgeSiteCombo->currentData().toString();
    QStringList sites;
    for (const SiteConfig& site : m_session.engine().config().sites)
        sites << site.name;
    const QSignalBlocker blocker(m_purgeSiteCombo);
    m_purgeSiteCombo->clear();
    // A URL or path may be purged on every site at once; a whole site is one site.
    if (scope != CachePurge::Scope::Site)
        m_purgeSiteCombo->addItem(tr("Every site"), QString());
    for (const QString& site : sites)
        m_purgeSiteCombo->addItem(site, site);
    m_purgeSiteCombo->setCurrentIndex(std::max(0, m_purgeSiteCombo->findData(current)));
}

QString CachePage::pathProblem() const
{
    const auto scope = CachePurge::Scope(m_scopeCombo->currentData().toInt());
    if (scope != CachePurge::Scope::Url && scope != CachePurge::Scope::Prefix)
        return QString();
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty())
        return tr("Enter a path, starting with /.");
    if (!path.startsWith(QLatin1Char('/')))
        return tr("A path starts with /, for example /static/app.css: leave out http:// and the host name.");
    if (path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#')))
        return tr("Leave out the query string (from ?): purging a path removes it with every query.");
    for (const QChar c : path)
        if (c.isSpace())
            return tr("A path has no spaces; write a space as %20.");
    return QString();
}

void CachePage::refreshPurgeForm()
{
    const auto scope = CachePurge::Scope(m_scopeCombo->currentData().toInt());
    const bool hasSite = scope != CachePurge::Scope::All;
    const bool hasPath = scope == CachePurge::Scope::Url || scope == CachePurge::Scope::Prefix;
    m_purgeSiteCombo->setEnabled(hasSite);
    m_purgeSiteLabel->setEnabled(hasSite);
    m_pathEdit->setEnabled(hasPath);
    m_pathLabel->setEnabled(hasPath);
    m_pathEdit->setPlaceholderText(scope == CachePurge::Scope::Prefix ? tr("/static/") : tr("/index.html"));

    switch (scope) {
    case CachePurge::Scope::Url:
        m_scopeHint->setText(tr("Removes this path with every query string and variant (compressed or not)."));
        break;
    case CachePurge::Scope::Prefix:
        m_scopeHint->setText(tr("Removes every stored response whose path starts with this one."));
        break;
    case CachePurge::Scope::Site:
        m_scopeHint->setText(tr("Removes every stored response of the site. Its backends get the next requests "
                                "until the cache fills again."));
        break;
    case CachePurge::Scope::All:
        m_scopeHint->setText(tr("Removes every stored response of every site, in memory and on disk."));
        break;
    }

    const QString problem = pathProblem();
    // An empty field is not an error yet; it only keeps the button disabled.
    const bool showProblem = hasPath && !problem.isEmpty() && !m_pathEdit->text().trimmed().isEmpty();
    m_pathError->setText(showProblem ? problem : QString());
    m_pathError->setVisible(showProblem);
    m_pathEdit->setAccessibleDescription(showProblem ? problem : QString());
    const bool siteChosen = scope != CachePurge::Scope::Site || !m_purgeSiteCombo->currentData().toString().isEmpty();
    m_purgeButton->setEnabled(problem.isEmpty() && siteChosen);
}

QString CachePage::describePurge(const CachePurge& purge) const
{
    const QString path = QString::fromUtf8(purge.path);
    switch (purge.scope) {
    case CachePurge::Scope::Url:
        return purge.site.isEmpty() ? tr("%1 on every site").arg(path) : tr("%1 on %2").arg(path, purge.site);
    case CachePurge::Scope::Prefix:
        return purge.site.isEmpty() ? tr("everything under %1 on every site").arg(path)
                                    : tr("everything under %1 on %2").arg(path, purge.site);
    case CachePurge::Scope::Site:
        return tr("everything of %1").arg(purge.site);
    case CachePurge::Scope::All:
        return tr("everything");
    }
    return QString();
}

void CachePage::purgeFromForm()
{
    refreshPurgeForm();
    if (!m_purgeButton->isEnabled())
        return;
    CachePurge purge;
    purge.scope = CachePurge::Scope(m_scopeCombo->currentData().toInt());
    if (purge.scope != CachePurge::Scope::All)
        purge.site = m_purgeSiteCombo->currentData().toString();
    if (purge.scope == CachePurge::Scope::Url || purge.scope == CachePurge::Scope::Prefix)
        // Stored keys carry the path as it travels: anything beyond ASCII is percent-encoded.
        purge.path = QUrl::toPercentEncoding(m_pathEdit->text().trimmed(), "/%!$&'()*+,;=:@~");
    if (purge.scope == CachePurge::Scope::Url || purge.scope == CachePurge::Scope::Prefix) {
        startPurge(purge);
        return;
    }

    const QString text =
        purge.scope == CachePurge::Scope::Site
            ? tr("Remove every stored response of %1? Its backends answer the next requests until the cache "
                 "fills again.")
                  .arg(purge.site)
            : tr("Remove every stored response of every site, in memory and on disk? The backends answer the next "
                 "requests until the cache fills again.");
    auto* box = new QMessageBox(QMessageBox::Question, tr("Purge the cache"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmPurgeMessageBox"));
    QPushButton* confirm = box->addButton(tr("Purge"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmPurgeButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, purge](QAbstractButton* button) {
        if (button == confirm)
            startPurge(purge);
    });
    box->open();
}

void CachePage::purgeUrl(const QString& site, const QByteArray& path)
{
    // The form shows what was purged, so the admin can repeat it or widen it.
    {
        const QSignalBlocker scopeBlocker(m_scopeCombo);
        const QSignalBlocker pathBlocker(m_pathEdit);
        m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(int(CachePurge::Scope::Url)));
        refreshPurgeSites();
        m_purgeSiteCombo->setCurrentIndex(std::max(0, m_purgeSiteCombo->findData(site)));
        m_pathEdit->setText(QUrl::fromPercentEncoding(path));
    }
    refreshPurgeForm();
    CachePurge purge;
    purge.scope = CachePurge::Scope::Url;
    purge.site = site;
    purge.path = path;
    startPurge(purge);
}

void CachePage::purgeSelectedPath()
{
    const QModelIndexList rows = m_pathsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    purgeUrl(rows.first().data(CachedPathModel::SiteRole).toString(),
             rows.first().data(CachedPathModel::PathRole).toByteArray());
}

void CachePage::showPathMenu(const QPoint& pos)
{
    const QModelIndex index = m_pathsView->indexAt(pos);
    if (!index.isValid())
        return;
    m_pathsView->selectRow(index.row());
    const QString site = index.data(CachedPathModel::SiteRole).toString();
    const QByteArray path = index.data(CachedPathModel::PathRole).toByteArray();
    auto* menu = new QMenu(m_pathsView);
    menu->setObjectName(QStringLiteral("cachedPathMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* purge = menu->addAction(tr("Purge this URL"));
    purge->setObjectName(QStringLiteral("purgeUrlAction"));
    connect(purge, &QAction::triggered, this, [this, site, path] { purgeUrl(site, path); });
    menu->popup(m_pathsView->viewport()->mapToGlobal(pos));
}

void CachePage::startPurge(const CachePurge& purge)
{
    const QString what = describePurge(purge);
    const quint64 id = m_session.engine().purgeCache(purge);
    m_pendingPurges.insert(id, what);
    //: %1 says what is purged, e.g. "/style.css on shop".
    m_purgeResult->setText(tr("Purging %1…").arg(what));
}

void CachePage::onCachePurged(quint64 id, int removed)
{
    // Only the purges this page asked for, worded with what they were.
    const auto found = m_pendingPurges.constFind(id);
    if (found == m_pendingPurges.cend())
        return;
    const QString what = found.value();
    m_pendingPurges.erase(found);
    //: %1 says what was purged, e.g. "/style.css on shop".
    m_purgeResult->setText(tr("Removed %n stored response(s): %1.", nullptr, removed).arg(what));
    m_purgeResult->setAccessibleName(m_purgeResult->text());
}

} // namespace Portico
