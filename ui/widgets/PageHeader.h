// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Portico {

// A page's title and a line saying what the page is for.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setSubtitle(const QString& subtitle);
    QString title() const;
    QLabel* titleLabel() const { return m_title; }

private:
    QLabel* m_title;
    QLabel* m_subtitle;
};

} // namespace Portico
