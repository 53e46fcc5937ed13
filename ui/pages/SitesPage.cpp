// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SitesPage.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "dialogs/RouteTesterDialog.h"
#include "models/SiteTableModel.h"
#include "text/ErrorText.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"
#include "widgets/UiStyle.h"
#include "wizards/SiteWizard.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Portico {

SitesPage::SitesPage(EngineSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SiteTableModel(this))
    , m_header(new PageHeader(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_addFirstSiteButton(new QPushButton(this))
    , m_addSiteButton(new QPushButton(this))
    , m_editSiteButton(new QPushButton(this))
    , m_removeSiteButton(new QPushButton(this))
    , m_testRoutesButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_sourceNote(new QLabel(this))
{
    setObjectName(QStringLiteral("sitesPage"));
    m_empty->setObjectName(QStringLiteral("sitesEmptyState"));
    m_addFirstSiteButton->setObjectName(QStringLiteral("addFirstSiteButton"));
    m_addFirstSiteButton->setMinimumWidth(160);
    m_empty->addAction(m_addFirstSiteButton);

    m_addSiteButton->setObjectName(QStringLiteral("addSiteButton"));
    m_editSiteButton->setObjectName(QStringLiteral("editSiteButton"));
    m_removeSiteButton->setObjectName(QStringLiteral("removeSiteButton"));
    m_testRoutesButton->setObjectName(QStringLiteral("testRoutesButton"));
    auto* toolbar = new QHBoxLayout();
    toolbar->setSpacing(8);
    toolbar->addWidget(m_addSiteButton);
    toolbar->addWidget(m_editSiteButton);
    toolbar->addWidget(m_removeSiteButton);
    toolbar->addStretch();
    toolbar->addWidget(m_testRoutesButton);

    m_table->setObjectName(QStringLiteral("sitesTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setStyleSheet(QStringLiteral("QTableView#sitesTableView::item { padding: 6px 8px; }"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(SiteTableModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SiteTableModel::ServerNamesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SiteTableModel::RoutesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SiteTableModel::PoolsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SiteTableModel::RequestsPerSecondColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SiteTableModel::ErrorsColumn, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_sourceNote->setObjectName(QStringLiteral("sitesSourceNoteLabel"));
    m_sourceNote->setWordWrap(true);
    m_sourceNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::makeSecondary(m_sourceNote);

    auto* tablePage = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(10);
    tableLayout->addLayout(toolbar);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_sourceNote);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(tablePage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin, UiStyle::pageMargin);
    layout->setSpacing(UiStyle::sectionSpacing);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_addFirstSiteButton, &QPushButton::clicked, this, [this] { openSiteWizard(); });
    connect(m_addSiteButton, &QPushButton::clicked, this, [this] { openSiteWizard(); });
    connect(m_editSiteButton, &QPushButton::clicked, this, &SitesPage::editSelected);
    connect(m_removeSiteButton, &QPushButton::clicked, this, &SitesPage::confirmRemoveSelected);
    connect(m_testRoutesButton, &QPushButton::clicked, this, &SitesPage::openRouteTester);
    connect(m_table, &QTableView::doubleClicked, this, &SitesPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SitesPage::refreshButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SitesPage::refreshButtons);

    EngineController& engine = session.engine();
    connect(&engine, &EngineController::configChanged, this, &SitesPage::refresh, Qt::QueuedConnection);
    connect(&engine, &EngineController::statsUpdated, m_model, &SiteTableModel::setStats, Qt::QueuedConnection);
    connect(
        &engine, &EngineController::stateChanged, this,
        [this](EngineState state) {
            if (state != EngineState::Running)
                m_model->setStats(StatsSnapshot());
        },
        Qt::QueuedConnection);
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
    m_table->setAccessibleName(tr("Sites"));
    m_header->setSubtitle(tr("The web addresses Portico answers, and where it sends their requests."));
    m_empty->setTitle(tr("No sites yet"));
    m_empty->setDescription(tr("Until you add a site, Portico answers every request with its welcome page. A site "
                               "ties names like intranet.example.com to the servers that run the application."));
    m_addFirstSiteButton->setText(tr("Add site…"));
    m_addSiteButton->setText(tr("Add site…"));
    m_editSiteButton->setText(tr("Edit…"));
    m_removeSiteButton->setText(tr("Remove"));
    m_testRoutesButton->setText(tr("Test routes…"));
    m_testRoutesButton->setToolTip(tr("Find out which site, route and server would answer an address"));
    m_sourceNote->setText(tr("Saved in %1. Changes take effect at once; earlier versions are kept in its history "
                             "folder.")
                              .arg(QDir::toNativeSeparators(m_session.configPath())));
    m_model->retranslate();
    refresh();
}

void SitesPage::refresh()
{
    const QString selected = selectedSite();
    m_model->setConfig(m_session.engine().config());
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(row);
    refreshButtons();
}

void SitesPage::refreshButtons()
{
    const bool hasSelection = !selectedSite().isEmpty();
    m_editSiteButton->setEnabled(hasSelection);
    m_removeSiteButton->setEnabled(hasSelection);
}

QString SitesPage::selectedSite() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SiteTableModel::SiteNameRole).toString();
}

SiteWizard* SitesPage::openSiteWizard(const QString& siteName, int startPage)
{
    auto* wizard = new SiteWizard(m_session, siteName, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setStartId(startPage);
    wizard->open();
    return wizard;
}

RouteTesterDialog* SitesPage::openRouteTester()
{
    auto* dialog = new RouteTesterDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString site = selectedSite();
    const int row = m_model->rowOf(site);
    if (row >= 0 && !m_model->site(row).serverNames.isEmpty()) {
        QString host = m_model->site(row).serverNames.first();
        if (host.startsWith(QLatin1String("*.")))
            host = QStringLiteral("www") + host.mid(1);
        dialog->setUrl(QStringLiteral("http://%1/").arg(host));
    }
    dialog->open();
    return dialog;
}

void SitesPage::editSelected()
{
    const QString site = selectedSite();
    if (!site.isEmpty())
        openSiteWizard(site);
}

void SitesPage::confirmRemoveSelected()
{
    const QString site = selectedSite();
    if (site.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove site"),
                                tr("Remove the site \"%1\"? Portico stops answering its names at once. Its pool is "
                                   "removed too unless another site uses it. The configuration file keeps the "
                                   "previous version in its history.")
                                    .arg(site),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeSiteMessageBox"));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveSiteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, site](QAbstractButton* button) {
        if (button == remove)
            removeSite(site);
    });
    box->open();
}

void SitesPage::removeSite(const QString& siteName)
{
    Config config = m_session.engine().config();
    QStringList pools;
    for (qsizetype i = 0; i < config.sites.size(); ++i) {
        if (config.sites.at(i).name != siteName)
            continue;
        for (const RouteConfig& route : config.sites.at(i).routes) {
            if (route.type == RouteType::Proxy)
                pools << route.pool;
        }
        config.sites.removeAt(i);
        break;
    }
    // A pool goes with its site unless another site still sends requests to it.
    for (const QString& pool : pools) {
        bool used = false;
        for (const SiteConfig& site : config.sites) {
            for (const RouteConfig& route : site.routes)
                used = used || (route.type == RouteType::Proxy && route.pool == pool);
        }
        if (!used)
            config.pools.removeIf([&pool](const PoolConfig& p) { return p.name == pool; });
    }
    // The confirmation the admin just answered said what goes; a second review would only repeat it.
    ConfigErrors errors;
    if (!ChangeApplier::apply(this, m_session, config, ChangeApplier::Review::AlreadyShown, &errors) &&
        !errors.isEmpty())
        showErrors(tr("The site was not removed"), ChangeApplier::failureText(m_session, errors));
}

void SitesPage::showErrors(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("sitesErrorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Portico
