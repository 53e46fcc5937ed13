// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ApplyBanner.h"

#include "widgets/UiStyle.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portico {

ApplyBanner::ApplyBanner(ApplyWatcher& watcher, QWidget* parent)
    : QWidget(parent)
    , m_watcher(watcher)
    , m_card(new QFrame(this))
    , m_text(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_undoButton(new QPushButton(this))
    , m_rollBackButton(new QPushButton(this))
    , m_keepButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("applyBanner"));
    m_card->setObjectName(QStringLiteral("applyBannerCard"));
    m_card->setAttribute(Qt::WA_StyledBackground, true);
    m_text->setObjectName(QStringLiteral("applyBannerTextLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countdown->setObjectName(QStringLiteral("applyBannerCountdownLabel"));
    UiStyle::makeSecondary(m_countdown);
    m_undoButton->setObjectName(QStringLiteral("undoChangeButton"));
    m_rollBackButton->setObjectName(QStringLiteral("rollBackChangeButton"));
    m_keepButton->setObjectName(QStringLiteral("keepChangeButton"));
    m_closeButton->setObjectName(QStringLiteral("closeApplyBannerButton"));

    // The outer margin lines the card up with the page below it, and goes away with the banner.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(UiStyle::pageMargin / 2, UiStyle::pageMargin / 2, UiStyle::pageMargin / 2, 0);
    outer->addWidget(m_card);
    auto* layout = new QHBoxLayout(m_card);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undoButton);
    layout->addWidget(m_rollBackButton);
    layout->addWidget(m_keepButton);
    layout->addWidget(m_countdown);
    layout->addWidget(m_closeButton);

    connect(m_undoButton, &QPushButton::clicked, this, [this] { m_watcher.rollBack(window()); });
    connect(m_rollBackButton, &QPushButton::clicked, this, [this] { m_watcher.rollBack(window()); });
    connect(m_keepButton, &QPushButton::clicked, &m_watcher, &ApplyWatcher::keep);
    connect(m_closeButton, &QPushButton::clicked, this, [this] { setMode(Mode::Hidden); });

    connect(&watcher, &ApplyWatcher::watching, this, [this](int secondsLeft) {
        m_secondsLeft = secondsLeft;
        if (m_mode != Mode::Applied)
            setMode(Mode::Applied);
        else
            retranslate();
    });
    connect(&watcher, &ApplyWatcher::worse, this, [this] {
        setMode(Mode::Worse);
        // Said at once to screen readers: this one needs a decision.
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    });
    connect(&watcher, &ApplyWatcher::finished, this, [this] { setMode(Mode::Hidden); });
    connect(&watcher, &ApplyWatcher::rolledBack, this, [this] { setMode(Mode::RolledBack); });

    setMode(Mode::Hidden);
}

QString ApplyBanner::text() const
{
    return m_text->text();
}

QString ApplyBanner::percent(double share)
{
    //: A share of requests, e.g. "18%".
    return tr("%1%").arg(QLocale().toString(share * 100.0, 'f', share > 0 && share < 0.01 ? 1 : 0));
}

QString ApplyBanner::describe(const ApplyWatcher::Concern& concern)
{
    switch (concern.kind) {
    case ApplyWatcher::Concern::Kind::ErrorRate:
        return tr("Since the change, %1 of requests fail (before: %2).")
            .arg(percent(concern.after), percent(concern.before));
    case ApplyWatcher::Concern::Kind::BackendDown:
        return tr("Since the change, %1 is down.").arg(concern.backend);
    case ApplyWatcher::Concern::Kind::PoolEmpty:
        return tr("Since the change, no server of the pool \"%1\" can take requests.").arg(concern.pool);
    }
    return QString();
}

void ApplyBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

void ApplyBanner::setMode(Mode mode)
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_mode = mode;
    m_undoButton->setVisible(mode == Mode::Applied);
    m_countdown->setVisible(mode == Mode::Applied);
    m_rollBackButton->setVisible(mode == Mode::Worse);
    m_keepButton->setVisible(mode == Mode::Worse);
    m_closeButton->setVisible(mode == Mode::RolledBack);
    setVisible(mode != Mode::Hidden);
    restyle();
    retranslate();
    // Keyboard users who pressed Undo or Keep stay in the banner rather than falling to nowhere.
    if (hadFocus && mode != Mode::Hidden) {
        for (QPushButton* button : {m_undoButton, m_rollBackButton, m_closeButton}) {
            if (button->isVisibleTo(this)) {
                button->setFocus();
                break;
            }
        }
    }
}

void ApplyBanner::restyle()
{
    const QColor accent = m_mode == Mode::Worse ? UiStyle::warningColor() : palette().color(QPalette::Highlight);
    QColor background = accent;
    background.setAlphaF(0.10f);
    const QString sheet = QStringLiteral("QFrame#applyBannerCard { background-color: %1; border: 1px solid %2; "
                                         "border-left: 4px solid %2; border-radius: 6px; }")
                              .arg(background.name(QColor::HexArgb), accent.name());
    // Setting a style sheet changes the palette again: only a new colour may set it.
    if (sheet != m_card->styleSheet())
        m_card->setStyleSheet(sheet);
}

void ApplyBanner::retranslate()
{
    switch (m_mode) {
    case Mode::Hidden:
        m_text->clear();
        break;
    case Mode::Applied:
        m_text->setText(tr("Changes applied."));
        break;
    case Mode::Worse: {
        QStringList lines;
        for (const ApplyWatcher::Concern& concern : m_watcher.concerns())
            lines << describe(concern);
        m_text->setText(lines.join(QLatin1Char('\n')));
        break;
    }
    case Mode::RolledBack:
        m_text->setText(tr("The previous configuration is back in force."));
        break;
    }
    //: Seconds left to undo a change.
    m_countdown->setText(tr("(%n s)", nullptr, m_secondsLeft));
    // As wide as the longest count, so the buttons beside it do not move as it counts down.
    m_countdown->setMinimumWidth(m_countdown->fontMetrics().horizontalAdvance(
        tr("(%n s)", nullptr, static_cast<int>(ApplyWatcher::watchMs / 1000))));
    m_countdown->setAccessibleName(tr("Undo possible for %n more second(s)", nullptr, m_secondsLeft));
    setAccessibleName(m_mode == Mode::Worse ? tr("Warning about the last change") : tr("Last change"));
    setAccessibleDescription(m_text->text());
    m_text->setAccessibleName(m_text->text());
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setAccessibleName(tr("Undo the last change"));
    m_rollBackButton->setText(tr("Roll back"));
    m_rollBackButton->setAccessibleName(tr("Roll back to the configuration before the change"));
    m_keepButton->setText(tr("Keep"));
    m_keepButton->setAccessibleName(tr("Keep the change"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close this message"));
}

} // namespace Portico
