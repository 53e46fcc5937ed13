// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace Portico {

class EventLogModel;
class PageHeader;

// The engine's event log, newest first, growing live.
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LogsPage(EventLogModel* events, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshCount();

    EventLogModel* m_events;
    PageHeader* m_header;
    QListView* m_view;
    QLabel* m_countLabel;
};

} // namespace Portico
