// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ApplyWatcher.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace Portico {

// The strip at the top of the window after a change: "Changes applied. [Undo] (45 s)" for a minute, or a
// warning with Roll back and Keep when the traffic got clearly worse. It follows an ApplyWatcher.
class ApplyBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Hidden,
        Applied,
        Worse,
        RolledBack,
    };

    explicit ApplyBanner(ApplyWatcher& watcher, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QString text() const;

    // A concern in a sentence: "Since the change, web1:8080 is down."
    static QString describe(const ApplyWatcher::Concern& concern);

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString percent(double share);
    void setMode(Mode mode);
    void retranslate();
    void restyle();

    ApplyWatcher& m_watcher;
    Mode m_mode = Mode::Hidden;
    QFrame* m_card;
    int m_secondsLeft = 0;
    QLabel* m_text;
    QLabel* m_countdown;
    QPushButton* m_undoButton;
    QPushButton* m_rollBackButton;
    QPushButton* m_keepButton;
    QPushButton* m_closeButton;
};

} // namespace Portico
