// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/BackendsPage.h"

#include "app/EngineSession.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Portico {

namespace {

enum Column
{
    NameColumn,
    WeightColumn,
    UsedByColumn,
    ColumnCount,
};

} // namespace

BackendsPage::BackendsPage(EngineSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new PageHeader(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_healthNote(new QLabel(this))
{
    setObjectName(QStringLiteral("backendsPage"));
    m_empty->setObjectName(QStringLiteral("backendsEmptyState"));
    m_tree->setObjectName(QStringLiteral("backendsTreeWidget"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget#backendsTreeWidget::item { padding: 5px 8px; }"));
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(UsedByColumn, QHeaderView::Stretch);
    m_healthNote->setObjectName(QStringLiteral("backendsHealthNoteLabel"));
    m_healthNote->setWordWrap(true);
    UiStyle::makeSecondary(m_healthNote);

    auto* treePage = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree);
    treeLayout->addWidget(m_healthNote);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(treePage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(&session.engine(), &EngineController::configChanged, this, &BackendsPage::refresh, Qt::QueuedConnection);
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
    m_header->setSubtitle(tr("The servers behind your sites, grouped in pools."));
    m_empty->setTitle(tr("No backends yet"));
    m_empty->setDescription(tr("Backends are the servers that run your applications; a pool groups the ones that "
                               "serve the same application. The configuration file %1 has none yet, and editing "
                               "pools in Portico comes in a later version.")
                                .arg(QDir::toNativeSeparators(m_session.configPath())));
    m_tree->setHeaderLabels({tr("Pool / backend"), tr("Weight"), tr("Used by")});
    m_healthNote->setText(tr("This list shows the configured backends. Health checks come in a later version, so "
                             "Portico cannot yet tell whether a backend is up."));
    refresh();
}

void BackendsPage::refresh()
{
    const Config& config = m_session.engine().config();
    m_stack->setCurrentIndex(config.pools.isEmpty() ? 0 : 1);
    m_tree->clear();
    for (const PoolConfig& pool : config.pools) {
        QStringList users;
        for (const SiteConfig& site : config.sites) {
            for (const RouteConfig& route : site.routes) {
                if (route.pool == pool.name)
                    //: Where a pool is used: site name and path prefix.
                    users << tr("%1 (%2)").arg(site.name, route.pathPrefix);
            }
        }
        auto* poolItem = new QTreeWidgetItem(m_tree);
        poolItem->setText(NameColumn, pool.name);
        poolItem->setText(UsedByColumn,
                          users.isEmpty() ? tr("Not used by any site") : users.join(QStringLiteral(", ")));
        QFont bold = poolItem->font(NameColumn);
        bold.setBold(true);
        poolItem->setFont(NameColumn, bold);
        if (pool.backends.isEmpty()) {
            auto* none = new QTreeWidgetItem(poolItem);
            none->setText(NameColumn, tr("No backends"));
        }
        for (const BackendConfig& backend : pool.backends) {
            auto* item = new QTreeWidgetItem(poolItem);
            item->setText(NameColumn, ListenerConfig{backend.host, backend.port, ListenerProtocol::Http}.endpoint());
            item->setText(WeightColumn, QLocale().toString(backend.weight));
        }
    }
    m_tree->expandAll();
}

} // namespace Portico
