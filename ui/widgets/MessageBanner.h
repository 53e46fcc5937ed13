// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Portico {

// A coloured box at the top of a page for something the user must know: a config file that could
// not be used, an engine that could not start.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Warning,
        Error,
    };

    explicit MessageBanner(Kind kind, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setText(const QString& text);
    QString title() const;
    QString text() const;

private:
    QLabel* m_title;
    QLabel* m_text;
};

} // namespace Portico
