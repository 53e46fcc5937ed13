// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ConfigHistoryWidget.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "config/ConfigStore.h"
#include "text/ChangeText.h"
#include "widgets/UiStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Portico {

ConfigHistoryWidget::ConfigHistoryWidget(EngineSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_restoreButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("configHistoryWidget"));
    m_intro->setObjectName(QStringLiteral("configHistoryIntroLabel"));
    m_intro->setWordWrap(true);
    UiStyle::makeSecondary(m_intro);
    m_list->setObjectName(QStringLiteral("configHistoryTreeWidget"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("configHistoryEmptyLabel"));
    m_empty->setWordWrap(true);
    UiStyle::makeSecondary(m_empty);
    m_restoreButton->setObjectName(QStringLiteral("restoreConfigButton"));

    auto* buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(m_restoreButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConfigHistoryWidget::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { restore(m_list->indexOfTopLevelItem(item)); });
    connect(m_restoreButton, &QPushButton::clicked, this,
            [this] { restore(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(&session, &EngineSession::configSaved, this, &ConfigHistoryWidget::refresh);

    retranslate();
}

void ConfigHistoryWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConfigHistoryWidget::retranslate()
{
    m_intro->setText(tr("Every saved change keeps the version it replaced. Restoring one shows what changes "
                        "before anything is applied."));
    m_list->setHeaderLabels({tr("Saved"), tr("What restoring it changes")});
    m_list->setAccessibleName(tr("Configuration history"));
    m_list->setAccessibleDescription(tr("Earlier versions of the configuration, newest first"));
    m_empty->setText(tr("No earlier versions yet. Each change you apply keeps the version it replaces here."));
    m_restoreButton->setText(tr("Restore…"));
    m_restoreButton->setAccessibleName(tr("Restore the selected version"));
    refresh();
}

void ConfigHistoryWidget::refresh()
{
    const int selected = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_entries = ConfigStore(m_session.configPath()).history();
    const Config& current = m_session.engine().config();
    m_list->clear();
    for (const ConfigHistoryEntry& entry : std::as_const(m_entries)) {
        const ConfigLoadResult loaded = ConfigStore(entry.filePath).load(ConfigStore::OnBadFile::Keep);
        QString summary;
        if (loaded.status != ConfigLoadStatus::Loaded) {
            summary = tr("This version cannot be read.");
        } else {
            const QStringList changes = ChangeText::describe(current, loaded.config);
            summary = changes.size() > 1
                          //: The first change, then how many more: "Removes the site "wiki" … and 3 more".
                          ? tr("%1 … and %n more", nullptr, static_cast<int>(changes.size() - 1)).arg(changes.first())
                          : changes.value(0);
        }
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(0, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat));
        item->setText(1, summary);
        item->setToolTip(1, summary);
        item->setData(0, Qt::UserRole, loaded.status == ConfigLoadStatus::Loaded);
    }
    if (selected >= 0 && selected < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(selected));
    m_list->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    updateButtons();
}

bool ConfigHistoryWidget::restore(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const ConfigLoadResult loaded = ConfigStore(m_entries.at(row).filePath).load(ConfigStore::OnBadFile::Keep);
    if (loaded.status != ConfigLoadStatus::Loaded) {
        refresh();
        return false;
    }
    return ChangeApplier::apply(this, m_session, loaded.config, ChangeApplier::Review::Ask);
}

void ConfigHistoryWidget::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    m_restoreButton->setEnabled(item && item->isSelected() && item->data(0, Qt::UserRole).toBool());
}

} // namespace Portico
