// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/BackendsPage.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "dialogs/BackendEditDialog.h"
#include "models/BackendTableModel.h"
#include "text/ErrorText.h"
#include "text/HealthText.h"
#include "text/NumberText.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Portico {

namespace {

void showApplyFailure(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("backendsErrorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

BackendsPage::BackendsPage(EngineSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BackendTableModel(this))
    , m_header(new PageHeader(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_enableButton(new QPushButton(this))
    , m_drainButton(new QPushButton(this))
    , m_maintenanceButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_figuresNote(new QLabel(this))
    , m_detailTitle(new QLabel(this))
    , m_detailState(new QLabel(this))
    , m_detailCheck(new QLabel(this))
    , m_timelineTitle(new QLabel(this))
    , m_timeline(new QListWidget(this))
{
    setObjectName(QStringLiteral("backendsPage"));
    m_empty->setObjectName(QStringLiteral("backendsEmptyState"));
    m_enableButton->setObjectName(QStringLiteral("enableBackendButton"));
    m_drainButton->setObjectName(QStringLiteral("drainBackendButton"));
    m_maintenanceButton->setObjectName(QStringLiteral("maintenanceBackendButton"));
    m_editButton->setObjectName(QStringLiteral("editBackendButton"));
    m_removeButton->setObjectName(QStringLiteral("removeBackendButton"));
    auto* toolbar = new QHBoxLayout();
    toolbar->setSpacing(8);
    toolbar->addWidget(m_enableButton);
    toolbar->addWidget(m_drainButton);
    toolbar->addWidget(m_maintenanceButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_removeButton);
    toolbar->addStretch();

    m_table->setObjectName(QStringLiteral("backendsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setStyleSheet(QStringLiteral("QTableView#backendsTableView::item { padding: 4px 6px; }"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BackendTableModel::StateColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_figuresNote->setObjectName(QStringLiteral("backendsFiguresNoteLabel"));
    m_figuresNote->setWordWrap(true);
    UiStyle::makeSecondary(m_figuresNote);

    auto* details = new QFrame(this);
    details->setObjectName(QStringLiteral("backendDetailsFrame"));
    UiStyle::makeCard(details);
    m_detailTitle->setObjectName(QStringLiteral("backendDetailTitleLabel"));
    UiStyle::makeHeading(m_detailTitle, 1);
    m_detailState->setObjectName(QStringLiteral("backendDetailStateLabel"));
    m_detailState->setWordWrap(true);
    m_detailCheck->setObjectName(QStringLiteral("backendDetailCheckLabel"));
    m_detailCheck->setWordWrap(true);
    m_detailCheck->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timelineTitle->setObjectName(QStringLiteral("backendTimelineTitleLabel"));
    UiStyle::makeSecondary(m_timelineTitle);
    m_timeline->setObjectName(QStringLiteral("backendTimelineListWidget"));
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setWordWrap(true);
    m_timeline->setFrameShape(QFrame::NoFrame);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(14, 12, 14, 12);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(m_detailTitle);
    detailsLayout->addWidget(m_detailState);
    detailsLayout->addWidget(m_detailCheck);
    detailsLayout->addWidget(m_timelineTitle);
    detailsLayout->addWidget(m_timeline, 1);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(10);
    tableLayout->addLayout(toolbar);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_figuresNote);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("backendsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableBox);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_enableButton, &QPushButton::clicked, this, [this] { setSelectedAdminState(BackendAdminState::Enabled); });
    connect(m_drainButton, &QPushButton::clicked, this, [this] { setSelectedAdminState(BackendAdminState::Drain); });
    connect(m_maintenanceButton, &QPushButton::clicked, this,
            [this] { setSelectedAdminState(BackendAdminState::Maintenance); });
    connect(m_editButton, &QPushButton::clicked, this, &BackendsPage::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &BackendsPage::confirmRemoveSelected);
    connect(m_table, &QTableView::doubleClicked, this, &BackendsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        refreshDetails();
        refreshButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BackendsPage::refreshDetails);

    EngineController& engine = session.engine();
    connect(&engine, &EngineController::configChanged, this, &BackendsPage::refreshConfig, Qt::QueuedConnection);
    connect(&engine, &EngineController::statsUpdated, this, &BackendsPage::refreshStats, Qt::QueuedConnection);
    connect(&engine, &EngineController::stateChanged, this, &BackendsPage::refreshStats, Qt::QueuedConnection);
    retranslate();
}

void BackendsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BackendsPage::retranslate()
{
    m_header->setTitle(tr("Backends"));
    m_table->setAccessibleName(tr("Backends"));
    m_header->setSubtitle(tr("The servers behind your sites, whether they are healthy, and how busy they are."));
    m_empty->setTitle(tr("No backends yet"));
    m_empty->setDescription(tr("Backends are the servers that run your applications; a pool groups the ones that "
                               "serve the same application. Add a site on the Sites page to add its servers."));
    m_enableButton->setText(tr("Enable"));
    m_enableButton->setToolTip(tr("Send requests to this server again"));
    m_drainButton->setText(tr("Drain"));
    m_drainButton->setToolTip(tr("Send no new visitors; requests in progress and visitors who stick to it finish"));
    m_maintenanceButton->setText(tr("Maintenance"));
    m_maintenanceButton->setToolTip(tr("Take the server out of service, for an upgrade for instance"));
    m_editButton->setText(tr("Edit…"));
    m_removeButton->setText(tr("Remove"));
    m_timelineTitle->setText(tr("Recent changes, newest first"));
    m_model->retranslate();
    refreshConfig();
}

void BackendsPage::refreshConfig()
{
    const int row = selectedRow();
    QString pool;
    QString key;
    if (row >= 0) {
        pool = m_model->data(m_model->index(row, 0), BackendTableModel::PoolNameRole).toString();
        key = m_model->data(m_model->index(row, 0), BackendTableModel::BackendKeyRole).toString();
    }
    m_model->setConfig(m_session.engine().config());
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (row >= 0)
        selectBackend(pool, key);
    refreshStats();
}

void BackendsPage::refreshStats()
{
    const EngineController& engine = m_session.engine();
    const bool running = engine.state() == EngineState::Running;
    m_model->setEngineRunning(running);
    m_model->setStats(engine.lastStats());
    if (!running)
        m_figuresNote->setText(tr("The engine is stopped, so there is nothing to tell about the servers' health "
                                  "and traffic. Press Start to see them."));
    else if (engine.lastStats().backends.isEmpty() && m_model->rowCount() > 0)
        m_figuresNote->setText(tr("The engine has not reported figures for the servers yet."));
    else
        m_figuresNote->setText(tr("Figures are updated every second. Errors count since the engine started."));
    refreshDetails();
    refreshButtons();
}

int BackendsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool BackendsPage::selectBackend(const QString& pool, const QString& backendKey)
{
    const int row = m_model->rowOf(pool, backendKey);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void BackendsPage::refreshButtons()
{
    const int row = selectedRow();
    const bool selected = row >= 0;
    const BackendAdminState state = selected ? m_model->backend(row).state : BackendAdminState::Enabled;
    m_enableButton->setEnabled(selected && state != BackendAdminState::Enabled);
    m_drainButton->setEnabled(selected && state != BackendAdminState::Drain);
    m_maintenanceButton->setEnabled(selected && state != BackendAdminState::Maintenance);
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void BackendsPage::refreshDetails()
{
    const int row = selectedRow();
    m_timeline->clear();
    if (row < 0) {
        m_detailTitle->setText(tr("No server selected"));
        m_detailState->setText(tr("Select a server above to see its health and its recent changes."));
        m_detailCheck->clear();
        m_detailCheck->hide();
        m_timelineTitle->hide();
        m_timeline->hide();
        return;
    }
    const BackendConfig& backend = m_model->backend(row);
    const QString key = m_model->data(m_model->index(row, 0), BackendTableModel::BackendKeyRole).toString();
    //: Detail title: server (host:port) and its pool.
    m_detailTitle->setText(tr("%1 in pool %2").arg(key, m_model->pool(row).name));
    const BackendStats* stats = m_model->stats(row);
    QStringList state{tr("Health: %1").arg(m_model->stateText(row)),
                      tr("Admin state: %1").arg(HealthText::adminStateName(backend.state))};
    if (backend.backup)
        state << tr("Backup: used only while no other server of the pool can take requests");
    if (backend.maxConnections > 0)
        state << tr("At most %n connection(s) at once", nullptr, backend.maxConnections);
    if (stats && stats->queuedRequests > 0)
        state << tr("%n request(s) waiting for a free connection", nullptr, static_cast<int>(stats->queuedRequests));
    m_detailState->setText(state.join(QStringLiteral(" · ")));
    m_detailCheck->setVisible(stats != nullptr);
    m_timelineTitle->setVisible(stats != nullptr);
    m_timeline->setVisible(stats != nullptr);
    if (!stats)
        return;
    m_detailCheck->setText(
        stats->lastCheck.time.isValid()
            ? tr("Last check at %1: %2")
                  .arg(NumberText::eventTime(stats->lastCheck.time), HealthText::checkResult(stats->lastCheck))
            : tr("No active check has run; the pool has none, or the first is still due."));
    for (auto it = stats->transitions.crbegin(); it != stats->transitions.crend(); ++it) {
        auto* item = new QListWidgetItem(
            //: Timeline entry: time, then the change.
            tr("%1  %2").arg(NumberText::eventTime(it->time), HealthText::transition(*it)), m_timeline);
        item->setToolTip(QLocale().toString(it->time.toLocalTime(), QLocale::LongFormat));
        item->setForeground(it->to == BackendHealth::Down      ? UiStyle::errorColor()
                            : it->to == BackendHealth::Ejected ? UiStyle::warningColor()
                            : it->to == BackendHealth::Up      ? UiStyle::successColor()
                                                               : palette().color(QPalette::Text));
    }
    if (stats->transitions.isEmpty())
        new QListWidgetItem(tr("No changes since the engine started."), m_timeline);
}

void BackendsPage::setSelectedAdminState(BackendAdminState state)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    Config config = m_session.engine().config();
    config.pools[m_model->poolIndex(row)].backends[m_model->backendIndex(row)].state = state;
    applyOrReport(config, tr("The server's state was not changed"));
}

void BackendsPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    auto* dialog = new BackendEditDialog(m_session, m_model->poolIndex(row), m_model->backendIndex(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BackendsPage::confirmRemoveSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PoolConfig& pool = m_model->pool(row);
    const QString key = m_model->data(m_model->index(row, 0), BackendTableModel::BackendKeyRole).toString();
    QString text = tr("Remove the server %1 from the pool \"%2\"? Requests in progress finish; new ones go to the "
                      "pool's other servers.")
                       .arg(key, pool.name);
    if (pool.backends.size() == 1)
        text = tr("Remove %1, the only server of the pool \"%2\"? The sites that use the pool will answer with an "
                  "error page until you add another server.")
                   .arg(key, pool.name);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove server"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeBackendMessageBox"));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveBackendButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const int poolIndex = m_model->poolIndex(row);
    const int backendIndex = m_model->backendIndex(row);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, poolIndex, backendIndex](QAbstractButton* button) {
        if (button == remove)
            removeBackend(poolIndex, backendIndex);
    });
    box->open();
}

void BackendsPage::removeBackend(int poolIndex, int backendIndex)
{
    Config config = m_session.engine().config();
    if (poolIndex >= config.pools.size() || backendIndex >= config.pools.at(poolIndex).backends.size())
        return;
    config.pools[poolIndex].backends.removeAt(backendIndex);
    // The confirmation the admin just answered said what goes; a second review would only repeat it.
    ConfigErrors errors;
    if (!ChangeApplier::apply(this, m_session, config, ChangeApplier::Review::AlreadyShown, &errors) &&
        !errors.isEmpty())
        showApplyFailure(this, tr("The server was not removed"), ChangeApplier::failureText(m_session, errors));
}

bool BackendsPage::applyOrReport(const Config& config, const QString& failureTitle)
{
    ConfigErrors errors;
    if (ChangeApplier::apply(this, m_session, config, ChangeApplier::Review::Ask, &errors))
        return true;
    // Cancelled in the review: nothing to report.
    if (!errors.isEmpty())
        showApplyFailure(this, failureTitle, ChangeApplier::failureText(m_session, errors));
    return false;
}

} // namespace Portico
