// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Portico {

class BackendTableModel;
class EmptyStateWidget;
class EngineSession;
class PageHeader;

// Every backend with its health and why, its admin state, weight, traffic and latency, live from
// the engine; a timeline of the selected one's state changes; and the admin actions, each of them
// a config change applied and saved through the session.
class BackendsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackendsPage(EngineSession& session, QWidget* parent = nullptr);

    BackendTableModel* model() const { return m_model; }
    // Selects pool/host:port; false when there is no such backend.
    bool selectBackend(const QString& pool, const QString& backendKey);
    void setSelectedAdminState(BackendAdminState state);
    void editSelected();
    void confirmRemoveSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshConfig();
    void refreshStats();
    void refreshDetails();
    void refreshButtons();
    int selectedRow() const;
    void removeBackend(int poolIndex, int backendIndex);
    bool applyOrReport(const Config& config, const QString& failureTitle);

    EngineSession& m_session;
    BackendTableModel* m_model;
    PageHeader* m_header;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QPushButton* m_enableButton;
    QPushButton* m_drainButton;
    QPushButton* m_maintenanceButton;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QTableView* m_table;
    QLabel* m_figuresNote;
    QLabel* m_detailTitle;
    QLabel* m_detailState;
    QLabel* m_detailCheck;
    QLabel* m_timelineTitle;
    QListWidget* m_timeline;
};

} // namespace Portico
