// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SitesPage.h"

#include "app/EngineSession.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Portico {

namespace {

enum Column
{
    NameColumn,
    ServerNamesColumn,
    RoutesColumn,
    ColumnCount,
};

} // namespace

SitesPage::SitesPage(EngineSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new PageHeader(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_addSiteButton(new QPushButton(this))
    , m_addSiteNote(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_sourceNote(new QLabel(this))
{
    setObjectName(QStringLiteral("sitesPage"));
    m_empty->setObjectName(QStringLiteral("sitesEmptyState"));
    m_addSiteButton->setObjectName(QStringLiteral("addSiteButton"));
    // Honest about it: the wizard is not written yet, so the button cannot pretend to work.
    m_addSiteButton->setEnabled(false);
    m_addSiteButton->setMinimumWidth(160);
    m_addSiteNote->setObjectName(QStringLiteral("addSiteNoteLabel"));
    m_addSiteNote->setAlignment(Qt::AlignCenter);
    UiStyle::makeSecondary(m_addSiteNote);
    m_empty->addAction(m_addSiteButton);
    m_empty->addAction(m_addSiteNote);

    m_tree->setObjectName(QStringLiteral("sitesTreeWidget"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget#sitesTreeWidget::item { padding: 8px 8px; }"));
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ServerNamesColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(RoutesColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_sourceNote->setObjectName(QStringLiteral("sitesSourceNoteLabel"));
    m_sourceNote->setWordWrap(true);
    m_sourceNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::makeSecondary(m_sourceNote);

    auto* tablePage = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tree);
    tableLayout->addWidget(m_sourceNote);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(tablePage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(&session.engine(), &EngineController::configChanged, this, &SitesPage::refresh, Qt::QueuedConnection);
    retranslate();
}

void SitesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SitesPage::retranslate()
{
    m_header->setTitle(tr("Sites"));
    m_header->setSubtitle(tr("The web addresses Portico answers, and where it sends their requests."));
    m_empty->setTitle(tr("No sites yet"));
    m_empty->setDescription(tr("Until you add a site, Portico answers every request with its welcome page. A site "
                               "ties names like intranet.example.com to the servers that run the application."));
    m_addSiteButton->setText(tr("Add site…"));
    const QString later = tr("The wizard for adding sites comes in a later version of Portico. Until then, sites are "
                             "added by editing the configuration file.");
    m_addSiteButton->setToolTip(later);
    m_addSiteNote->setText(tr("Adding sites here comes in a later version."));
    m_tree->setHeaderLabels({tr("Site"), tr("Server names"), tr("Routes")});
    m_sourceNote->setText(tr("Read from %1. Editing sites in Portico comes in a later version.")
                              .arg(QDir::toNativeSeparators(m_session.configPath())));
    refresh();
}

void SitesPage::refresh()
{
    const Config& config = m_session.engine().config();
    m_stack->setCurrentIndex(config.sites.isEmpty() ? 0 : 1);
    m_tree->clear();
    for (const SiteConfig& site : config.sites) {
        QString name = site.name;
        if (site.isDefault)
            name = tr("%1 (default site)").arg(site.name);
        QString names = site.serverNames.join(QLatin1Char('\n'));
        if (names.isEmpty())
            names = tr("Any name no other site claims");
        QStringList routes;
        for (const RouteConfig& route : site.routes) {
            if (route.type == RouteType::Redirect)
                //: A redirect route: path prefix, HTTP status, target URL.
                routes << tr("%1 → redirect (%2) to %3")
                              .arg(route.pathPrefix)
                              .arg(route.redirect.status)
                              .arg(route.redirect.to);
            else
                //: A route: path prefix, then the pool its requests go to.
                routes << tr("%1 → %2").arg(route.pathPrefix, route.pool);
        }
        if (routes.isEmpty())
            routes << tr("No routes");
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, name);
        item->setText(ServerNamesColumn, names);
        item->setText(RoutesColumn, routes.join(QLatin1Char('\n')));
    }
}

} // namespace Portico
