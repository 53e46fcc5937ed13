// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/AccessLogBatch.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Portico {

class AccessLogBatch;
class AccessLogFilterModel;
class AccessLogModel;
class Config;
class EngineController;
class EventLogModel;
class PageHeader;

// Two tabs: the live tail of the access log (filters, pause, copy) and the engine's event log.
// The engine is the one events comes from; the page turns its live access log on while it exists.
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        AccessLog,
        Events,
    };

    explicit LogsPage(EventLogModel* events, QWidget* parent = nullptr);
    ~LogsPage() override;

    void showTab(Tab tab);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* createAccessLogTab();
    QWidget* createEventsTab();
    void retranslate();
    void refreshSites(const Config& config);
    void refreshAccessStatus();
    void refreshEventCount();
    void refreshCopyButton();
    void copySelection();
    void onBatch(const AccessLogBatch& batch);
    void rememberScrollPosition();
    void keepScrollPosition(int removedAbove);
    void applyEventSeverity();

    EventLogModel* m_events;
    QPointer<EngineController> m_engine;
    PageHeader* m_header;
    QTabWidget* m_tabs;

    AccessLogModel* m_accessLog;
    // What arrived while the page was hidden: kept aside (newest capacity() entries) and put in the model when
    // it shows, so a busy proxy costs the GUI nothing while the admin looks at another page.
    AccessLogBatch m_whileHidden;
    AccessLogFilterModel* m_accessFilter;
    QComboBox* m_siteCombo;
    QComboBox* m_statusCombo;
    QLineEdit* m_clientEdit;
    QLineEdit* m_textEdit;
    QPushButton* m_pauseButton;
    QPushButton* m_copyButton;
    QPushButton* m_clearButton;
    QAction* m_copyAction;
    QTableView* m_accessView;
    QLabel* m_pausedLabel;
    QLabel* m_accessCountLabel;
    QLabel* m_skippedLabel;
    // Whether the view showed the newest row when the last batch came: then it keeps following.
    bool m_followTail = true;

    QSortFilterProxyModel* m_eventSeverityFilter;
    QSortFilterProxyModel* m_eventTextFilter;
    QComboBox* m_eventSeverityCombo;
    QLineEdit* m_eventTextEdit;
    QListView* m_eventView;
    QLabel* m_eventCountLabel;
};

} // namespace Portico
