// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/LogsPage.h"

#include "controller/EngineController.h"
#include "models/AccessLogFilterModel.h"
#include "models/AccessLogModel.h"
#include "models/EventLogModel.h"
#include "widgets/EventItemDelegate.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Portico {

namespace {

int clampedCount(quint64 value)
{
    return static_cast<int>(std::min<quint64>(value, std::numeric_limits<int>::max()));
}

} // namespace

LogsPage::LogsPage(EventLogModel* events, QWidget* parent)
    : QWidget(parent)
    , m_events(events)
    , m_engine(&events->engine())
    , m_header(new PageHeader(this))
    , m_tabs(new QTabWidget(this))
    , m_accessLog(new AccessLogModel(this))
    , m_accessFilter(new AccessLogFilterModel(this))
    , m_siteCombo(nullptr)
    , m_statusCombo(nullptr)
    , m_clientEdit(nullptr)
    , m_textEdit(nullptr)
    , m_pauseButton(nullptr)
    , m_copyButton(nullptr)
    , m_clearButton(nullptr)
    , m_copyAction(nullptr)
    , m_accessView(nullptr)
    , m_pausedLabel(nullptr)
    , m_accessCountLabel(nullptr)
    , m_skippedLabel(nullptr)
    , m_eventSeverityFilter(new QSortFilterProxyModel(this))
    , m_eventTextFilter(new QSortFilterProxyModel(this))
    , m_eventSeverityCombo(nullptr)
    , m_eventTextEdit(nullptr)
    , m_eventView(nullptr)
    , m_eventCountLabel(nullptr)
{
    setObjectName(QStringLiteral("logsPage"));
    m_accessLog->setObjectName(QStringLiteral("accessLogModel"));
    m_accessLog->setPalette(palette());
    m_accessFilter->setObjectName(QStringLiteral("accessLogFilterModel"));
    m_accessFilter->setSourceModel(m_accessLog);
    m_tabs->setObjectName(QStringLiteral("logsTabWidget"));
    m_tabs->addTab(createAccessLogTab(), QString());
    m_tabs->addTab(createEventsTab(), QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    EngineController& engine = events->engine();
    connect(&engine, &EngineController::accessLogged, this, &LogsPage::onBatch);
    connect(&engine, &EngineController::configChanged, this, &LogsPage::refreshSites, Qt::QueuedConnection);
    refreshSites(engine.config());
    engine.setLiveAccessLog(true);
    retranslate();
}

LogsPage::~LogsPage()
{
    if (m_engine)
        m_engine->setLiveAccessLog(false);
}

QWidget* LogsPage::createAccessLogTab()
{
    auto* tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("accessLogTab"));
    m_siteCombo = new QComboBox(tab);
    m_siteCombo->setObjectName(QStringLiteral("siteFilterComboBox"));
    m_siteCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusCombo = new QComboBox(tab);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    using StatusClass = AccessLogFilterModel::StatusClass;
    for (const StatusClass statusClass : {StatusClass::All, StatusClass::Success, StatusClass::Redirect,
                                          StatusClass::ClientError, StatusClass::ServerError, StatusClass::Errors})
        m_statusCombo->addItem(QString(), static_cast<int>(statusClass));
    m_clientEdit = new QLineEdit(tab);
    m_clientEdit->setObjectName(QStringLiteral("clientFilterLineEdit"));
    m_clientEdit->setClearButtonEnabled(true);
    m_textEdit = new QLineEdit(tab);
    m_textEdit->setObjectName(QStringLiteral("textFilterLineEdit"));
    m_textEdit->setClearButtonEnabled(true);

    m_pauseButton = new QPushButton(tab);
    m_pauseButton->setObjectName(QStringLiteral("pauseAccessLogButton"));
    m_pauseButton->setCheckable(true);
    m_copyButton = new QPushButton(tab);
    m_copyButton->setObjectName(QStringLiteral("copyAccessLogButton"));
    m_clearButton = new QPushButton(tab);
    m_clearButton->setObjectName(QStringLiteral("clearAccessLogButton"));
    m_pausedLabel = new QLabel(tab);
    m_pausedLabel->setObjectName(QStringLiteral("accessLogPausedLabel"));
    m_pausedLabel->setVisible(false);

    m_accessView = new QTableView(tab);
    m_accessView->setObjectName(QStringLiteral("accessLogTableView"));
    m_accessView->setModel(m_accessFilter);
    // Thousands of rows a second: fixed row heights and no wrapping keep layout arithmetic, not measuring.
    m_accessView->setWordWrap(false);
    m_accessView->setShowGrid(false);
    m_accessView->setAlternatingRowColors(true);
    m_accessView->setSortingEnabled(false);
    m_accessView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accessView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Per item, so the scroll value is a row number and keeping the place after trimming is a subtraction.
    m_accessView->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_accessView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_accessView->verticalHeader()->setVisible(false);
    m_accessView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_accessView->horizontalHeader()->setHighlightSections(false);
    m_accessView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_accessView->horizontalHeader()->setSectionResizeMode(AccessLogModel::PathColumn, QHeaderView::Stretch);
    m_copyAction = new QAction(m_accessView);
    m_copyAction->setObjectName(QStringLiteral("copyAccessLogAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_accessView->addAction(m_copyAction);
    m_accessView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_accessCountLabel = new QLabel(tab);
    m_accessCountLabel->setObjectName(QStringLiteral("accessLogCountLabel"));
    m_accessCountLabel->setWordWrap(true);
    UiStyle::makeSecondary(m_accessCountLabel);
    m_skippedLabel = new QLabel(tab);
    m_skippedLabel->setObjectName(QStringLiteral("accessLogSkippedLabel"));
    m_skippedLabel->setWordWrap(true);
    m_skippedLabel->setVisible(false);
    QPalette warning = m_skippedLabel->palette();
    warning.setColor(QPalette::WindowText, UiStyle::warningColor());
    m_skippedLabel->setPalette(warning);

    auto* filters = new QHBoxLayout();
    filters->setSpacing(8);
    filters->addWidget(m_siteCombo);
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_clientEdit, 1);
    filters->addWidget(m_textEdit, 2);
    auto* actions = new QHBoxLayout();
    actions->setSpacing(8);
    actions->addWidget(m_pauseButton);
    actions->addWidget(m_pausedLabel);
    actions->addStretch(1);
    actions->addWidget(m_copyButton);
    actions->addWidget(m_clearButton);
    auto* layout = new QVBoxLayout(tab);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_accessView, 1);
    layout->addWidget(m_skippedLabel);
    layout->addWidget(m_accessCountLabel);
    setTabOrder(m_siteCombo, m_statusCombo);
    setTabOrder(m_statusCombo, m_clientEdit);
    setTabOrder(m_clientEdit, m_textEdit);
    setTabOrder(m_textEdit, m_pauseButton);
    setTabOrder(m_pauseButton, m_copyButton);
    setTabOrder(m_copyButton, m_clearButton);
    setTabOrder(m_clearButton, m_accessView);

    connect(m_siteCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_accessFilter->setSite(m_siteCombo->currentData().toString()); });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_accessFilter->setStatusClass(
            static_cast<AccessLogFilterModel::StatusClass>(m_statusCombo->currentData().toInt()));
    });
    connect(m_clientEdit, &QLineEdit::textChanged, m_accessFilter, &AccessLogFilterModel::setClient);
    connect(m_textEdit, &QLineEdit::textChanged, m_accessFilter, &AccessLogFilterModel::setText);
    connect(m_pauseButton, &QPushButton::toggled, m_accessLog, &AccessLogModel::setPaused);
    connect(m_copyButton, &QPushButton::clicked, this, &LogsPage::copySelection);
    connect(m_copyAction, &QAction::triggered, this, &LogsPage::copySelection);
    connect(m_clearButton, &QPushButton::clicked, m_accessLog, &AccessLogModel::clear);
    connect(m_accessLog, &AccessLogModel::statusChanged, this, &LogsPage::refreshAccessStatus);
    connect(m_accessView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogsPage::refreshCopyButton);

    connect(m_accessFilter, &QAbstractItemModel::rowsAboutToBeInserted, this, &LogsPage::rememberScrollPosition);
    connect(m_accessFilter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_accessView->scrollToBottom();
    });
    connect(m_accessFilter, &QAbstractItemModel::rowsAboutToBeRemoved, this, &LogsPage::rememberScrollPosition);
    connect(m_accessFilter, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first, int last) {
        if (first == 0)
            keepScrollPosition(last - first + 1);
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_accessFilter, signal, this, &LogsPage::refreshAccessStatus);
    connect(m_accessFilter, &QAbstractItemModel::modelReset, this, &LogsPage::refreshAccessStatus);
    connect(m_accessFilter, &QAbstractItemModel::layoutChanged, this, &LogsPage::refreshAccessStatus);
    return tab;
}

QWidget* LogsPage::createEventsTab()
{
    auto* tab = new QWidget(m_tabs);
    tab->setObjectName(QStringLiteral("eventsTab"));
    m_eventSeverityFilter->setObjectName(QStringLiteral("eventSeverityFilterModel"));
    m_eventSeverityFilter->setSourceModel(m_events);
    m_eventSeverityFilter->setFilterRole(EventLogModel::SeverityRole);
    m_eventTextFilter->setObjectName(QStringLiteral("eventTextFilterModel"));
    m_eventTextFilter->setSourceModel(m_eventSeverityFilter);
    m_eventTextFilter->setFilterRole(Qt::DisplayRole);
    m_eventTextFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_eventSeverityCombo = new QComboBox(tab);
    m_eventSeverityCombo->setObjectName(QStringLiteral("eventSeverityComboBox"));
    m_eventSeverityCombo->addItem(QString(), false);
    m_eventSeverityCombo->addItem(QString(), true);
    m_eventTextEdit = new QLineEdit(tab);
    m_eventTextEdit->setObjectName(QStringLiteral("eventTextFilterLineEdit"));
    m_eventTextEdit->setClearButtonEnabled(true);

    m_eventView = new QListView(tab);
    m_eventView->setObjectName(QStringLiteral("eventLogView"));
    m_eventView->setModel(m_eventTextFilter);
    m_eventView->setItemDelegate(new EventItemDelegate(m_eventView));
    m_eventView->setUniformItemSizes(true);
    m_eventView->setAlternatingRowColors(true);
    m_eventView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventCountLabel = new QLabel(tab);
    m_eventCountLabel->setObjectName(QStringLiteral("eventCountLabel"));
    m_eventCountLabel->setWordWrap(true);
    UiStyle::makeSecondary(m_eventCountLabel);

    auto* filters = new QHBoxLayout();
    filters->setSpacing(8);
    filters->addWidget(m_eventSeverityCombo);
    filters->addWidget(m_eventTextEdit, 1);
    auto* layout = new QVBoxLayout(tab);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_eventView, 1);
    layout->addWidget(m_eventCountLabel);
    setTabOrder(m_eventSeverityCombo, m_eventTextEdit);
    setTabOrder(m_eventTextEdit, m_eventView);

    connect(m_eventSeverityCombo, &QComboBox::currentIndexChanged, this, &LogsPage::applyEventSeverity);
    connect(m_eventTextEdit, &QLineEdit::textChanged, m_eventTextFilter,
            [this](const QString& text) { m_eventTextFilter->setFilterFixedString(text.trimmed()); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_eventTextFilter, signal, this, &LogsPage::refreshEventCount);
    connect(m_eventTextFilter, &QAbstractItemModel::modelReset, this, &LogsPage::refreshEventCount);
    connect(m_eventTextFilter, &QAbstractItemModel::layoutChanged, this, &LogsPage::refreshEventCount);
    return tab;
}

void LogsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::Events ? 1 : 0);
}

void LogsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_accessLog->setPalette(palette());
    QWidget::changeEvent(event);
}

void LogsPage::retranslate()
{
    m_header->setTitle(tr("Logs"));
    m_header->setSubtitle(tr("Requests as they finish, and what the engine reported since Portico started."));
    m_tabs->setTabText(0, tr("Access log"));
    m_tabs->setTabText(1, tr("Events"));

    m_siteCombo->setItemText(0, tr("All sites"));
    m_siteCombo->setAccessibleName(tr("Site filter"));
    m_siteCombo->setToolTip(tr("Show only the requests of one site"));
    const QStringList statusNames{tr("All statuses"),      tr("2xx success"),       tr("3xx redirects"),
                                  tr("4xx client errors"), tr("5xx server errors"), tr("Errors (4xx and 5xx)")};
    for (int i = 0; i < statusNames.size() && i < m_statusCombo->count(); ++i)
        m_statusCombo->setItemText(i, statusNames.at(i));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->setToolTip(tr("Show only responses of one status class"));
    m_clientEdit->setPlaceholderText(tr("Client address or prefix"));
    m_clientEdit->setAccessibleName(tr("Client filter"));
    m_clientEdit->setAccessibleDescription(
        tr("An address, its beginning such as 192.168.1., or a subnet such as 10.0.0.0/8"));
    m_textEdit->setPlaceholderText(tr("Search path, method, user agent, request ID, backend"));
    m_textEdit->setAccessibleName(tr("Search the access log"));
    m_textEdit->setAccessibleDescription(
        tr("Shows requests whose path, method, user agent, request ID or backend contain this text, ignoring case"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setAccessibleName(tr("Copy selected requests"));
    m_copyButton->setAccessibleDescription(tr("Copies the selected rows as access log lines (combined format)"));
    m_copyAction->setText(tr("Copy as access log lines"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setAccessibleName(tr("Clear the access log view"));
    m_clearButton->setAccessibleDescription(tr("Empties this view; the access log file is not touched"));
    m_pauseButton->setAccessibleName(tr("Pause the live access log"));
    m_pauseButton->setAccessibleDescription(tr("While paused, new requests are kept aside and added on resume"));
    m_accessView->setAccessibleName(tr("Access log"));
    m_accessView->setAccessibleDescription(tr("The newest requests, newest at the bottom"));
    m_accessLog->retranslate();

    // Fixed widths from sample texts: measuring the rows would cost time with every batch.
    const QFontMetrics metrics = m_accessView->fontMetrics();
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QStringList samples{QStringLiteral("00:00:00"),
                              QStringLiteral("255.255.255.255"),
                              QStringLiteral("OPTIONS"),
                              QString(),
                              QStringLiteral("000"),
                              QStringLiteral("1023.9 KiB"),
                              QStringLiteral("1234.5 ms"),
                              QStringLiteral("intranet-wiki"),
                              QStringLiteral("192.168.100.100:8080")};
    QHeaderView* header = m_accessView->horizontalHeader();
    for (int column = 0; column < AccessLogModel::ColumnCount; ++column) {
        if (column == AccessLogModel::PathColumn)
            continue;
        const QString title = m_accessLog->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(metrics.horizontalAdvance(samples.at(column)), metrics.horizontalAdvance(title));
        header->resizeSection(column, width + 2 * metrics.averageCharWidth());
    }
    m_accessView->verticalHeader()->setDefaultSectionSize(std::max(metrics.height(), mono.height()) + 8);

    m_eventSeverityCombo->setItemText(0, tr("All events"));
    m_eventSeverityCombo->setItemText(1, tr("Warnings and errors"));
    m_eventSeverityCombo->setAccessibleName(tr("Event severity filter"));
    m_eventTextEdit->setPlaceholderText(tr("Search events"));
    m_eventTextEdit->setAccessibleName(tr("Search events"));
    m_eventView->setAccessibleName(tr("Events"));
    m_eventView->setAccessibleDescription(tr("What the engine reported, newest first"));
    refreshAccessStatus();
    refreshEventCount();
}

void LogsPage::refreshSites(const Config& config)
{
    const QString current = m_siteCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_siteCombo);
        m_siteCombo->clear();
        m_siteCombo->addItem(tr("All sites"), QString());
        for (const SiteConfig& site : config.sites)
            m_siteCombo->addItem(site.name, site.name);
        m_siteCombo->setCurrentIndex(std::max(0, m_siteCombo->findData(current)));
    }
    // A site that was removed from the config no longer narrows the view.
    m_accessFilter->setSite(m_siteCombo->currentData().toString());
}

void LogsPage::refreshAccessStatus()
{
    const bool paused = m_accessLog->isPaused();
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    if (m_pauseButton->isChecked() != paused) {
        const QSignalBlocker blocker(m_pauseButton);
        m_pauseButton->setChecked(paused);
    }
    m_pausedLabel->setVisible(paused);
    if (paused) {
        const quint64 arrived = static_cast<quint64>(m_accessLog->pendingCount()) + m_accessLog->pendingDropped();
        if (m_accessLog->pendingDropped() > 0) {
            m_pausedLabel->setText(
                tr("Paused — %Ln new request(s); only the newest %L1 will be shown", nullptr, clampedCount(arrived))
                    .arg(m_accessLog->pendingCount()));
        } else {
            m_pausedLabel->setText(tr("Paused — %Ln new request(s)", nullptr, clampedCount(arrived)));
        }
    }

    const quint64 skipped = m_accessLog->skipped();
    m_skippedLabel->setVisible(skipped > 0);
    if (skipped > 0)
        m_skippedLabel->setText(tr("%Ln request(s) not shown (too many per second)", nullptr, clampedCount(skipped)));

    const int total = m_accessLog->rowCount();
    if (m_accessFilter->isFiltering()) {
        m_accessCountLabel->setText(
            tr("%L1 of %Ln request(s) match the filters. The view keeps the newest %L2.", nullptr, total)
                .arg(m_accessFilter->rowCount())
                .arg(m_accessLog->capacity()));
    } else {
        m_accessCountLabel->setText(
            tr("%Ln request(s). The view keeps the newest %L1.", nullptr, total).arg(m_accessLog->capacity()));
    }
    refreshCopyButton();
}

void LogsPage::refreshEventCount()
{
    const int total = m_events->rowCount();
    const int shown = m_eventTextFilter->rowCount();
    if (shown != total) {
        m_eventCountLabel->setText(
            tr("%L1 of %Ln event(s) match the filters. Portico keeps the newest %L2 while it runs.", nullptr, total)
                .arg(shown)
                .arg(EventLogModel::maxEvents));
    } else {
        m_eventCountLabel->setText(tr("%n event(s). Portico keeps the newest %1 while it runs.", nullptr, total)
                                       .arg(EventLogModel::maxEvents));
    }
}

void LogsPage::refreshCopyButton()
{
    const bool any = m_accessView->selectionModel()->hasSelection();
    m_copyButton->setEnabled(any);
    m_copyAction->setEnabled(any);
}

void LogsPage::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_accessView->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex& index : selected)
        rows.append(m_accessFilter->mapToSource(index).row());
    if (rows.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_accessLog->combinedText(rows));
}

void LogsPage::onBatch(const AccessLogBatch& batch)
{
    if (isVisible()) {
        m_accessLog->appendBatch(batch);
        return;
    }
    m_whileHidden.entries.append(batch.entries);
    m_whileHidden.skipped += batch.skipped;
    if (const qsizetype excess = m_whileHidden.entries.size() - m_accessLog->capacity(); excess > 0)
        m_whileHidden.entries.remove(0, excess);
}

void LogsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_whileHidden.entries.isEmpty() || m_whileHidden.skipped > 0)
        m_accessLog->appendBatch(std::exchange(m_whileHidden, AccessLogBatch()));
}

void LogsPage::rememberScrollPosition()
{
    const QScrollBar* bar = m_accessView->verticalScrollBar();
    m_followTail = bar->value() >= bar->maximum();
}

void LogsPage::keepScrollPosition(int removedAbove)
{
    // Someone reading older rows should keep seeing them while the oldest are trimmed away.
    if (m_followTail)
        return;
    QScrollBar* bar = m_accessView->verticalScrollBar();
    bar->setValue(std::max(0, bar->value() - removedAbove));
}

void LogsPage::applyEventSeverity()
{
    if (m_eventSeverityCombo->currentData().toBool()) {
        m_eventSeverityFilter->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^(%1|%2)$")
                                   .arg(static_cast<int>(EventSeverity::Warning))
                                   .arg(static_cast<int>(EventSeverity::Error))));
    } else {
        m_eventSeverityFilter->setFilterRegularExpression(QRegularExpression());
    }
}

} // namespace Portico
