// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Portico {

// What a page shows when it has nothing to list: what would be here and how to get it.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setDescription(const QString& description);
    // Adds a button (or any widget) under the text; the empty state takes ownership.
    void addAction(QWidget* widget);

    QString title() const;
    QString description() const;

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_description;
    QVBoxLayout* m_actions;
};

} // namespace Portico
