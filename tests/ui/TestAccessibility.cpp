// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EngineSession.h"
#include "app/TranslationManager.h"
#include "app/UiSettings.h"
#include "mainwindow/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;

// Every page of the main window, as a keyboard and screen-reader user meets it: each control Tab can reach has
// a name a screen reader can say, and Tab really reaches all of them.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyControlHasAName();
    void tabReachesEveryControl();

private:
    // The controls Tab stops at on the page shown (and the window around it), in focus-chain order.
    QList<QWidget*> tabStops() const;
    static QString describe(const QWidget* widget);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UiSettings> m_settings;
    std::unique_ptr<TranslationManager> m_translations;
    std::unique_ptr<EngineSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// QWidget::focusNextChild() is protected; this reaches it the way a Tab key press does.
class FocusAccess : public QWidget
{
public:
    static bool next(QWidget* widget) { return (widget->*(&FocusAccess::focusNextChild))(); }
};

// A part of a compound control (the line edit in a spin box, the viewport of a list) counts as the control.
bool isInnerPart(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent))
            return true;
    }
    return false;
}

QString spokenName(const QWidget* widget)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return widget->accessibleName();
    // A button says its own text (an & only marks the shortcut).
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->text().remove(QLatin1Char('&')).trimmed();
    // A tab bar is read as its tabs.
    if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
        QStringList texts;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).trimmed().isEmpty())
                return QString();
            texts << tabs->tabText(i);
        }
        return texts.join(QLatin1Char(' '));
    }
    return QString();
}

// Exclusive buttons (radio buttons, a row of range buttons) are one Tab stop, at the checked one; the arrow keys
// move within them (Qt takes Tab focus from the others once the group has had focus).
bool isUncheckedExclusive(const QWidget* widget)
{
    const auto* button = qobject_cast<const QAbstractButton*>(widget);
    if (!button || !button->isCheckable() || button->isChecked())
        return false;
    const QButtonGroup* group = button->group();
    return button->autoExclusive() || (group && group->exclusive());
}

} // namespace

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    EngineController::registerMetaTypes();
}

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<UiSettings>(m_dir->filePath(QStringLiteral("ui.ini")));
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
    // A site with a pool, so the pages show their tables and details rather than empty states only.
    const QString path = m_dir->filePath(QStringLiteral("portico.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"settings":{"workers":1},"listeners":[{"address":"127.0.0.1","port":0}],
        "sites":[{"name":"wiki","serverNames":["wiki.example.com"],"routes":[{"path":"/","pool":"wiki"}]}],
        "pools":[{"name":"wiki","backends":[{"host":"127.0.0.1","port":9}]}]})");
    file.close();
    m_session = std::make_unique<EngineSession>(path);
    m_session->loadConfig();
    QCOMPARE(m_session->loadResult().status, ConfigLoadStatus::Loaded);
    QVERIFY(m_session->start());
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings, *m_translations);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Figures arrive once a second; pages fill their tables from them.
    QTRY_VERIFY(m_session->engine().lastStats().time.isValid());
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    if (m_session)
        QVERIFY(m_session->stopAndWait(m_session->stopTimeoutMs()));
    m_session.reset();
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestAccessibility::describe(const QWidget* widget)
{
    const QString name = widget->objectName().isEmpty() ? QStringLiteral("(no object name)") : widget->objectName();
    QString where;
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty()) {
            where = parent->objectName();
            break;
        }
    }
    return QStringLiteral("%1 %2 in %3").arg(QString::fromLatin1(widget->metaObject()->className()), name, where);
}

QList<QWidget*> TestAccessibility::tabStops() const
{
    // The same test Qt applies when Tab looks for the next widget.
    QList<QWidget*> stops;
    QWidget* widget = m_window.get();
    do {
        widget = widget->nextInFocusChain();
        if ((widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy() &&
            widget->isVisibleTo(m_window.get()) && widget->isEnabled() && widget->window() == m_window.get() &&
            !isInnerPart(widget))
            stops << widget;
    } while (widget != m_window.get());
    return stops;
}

void TestAccessibility::everyControlHasAName()
{
    QStringList offenders;
    QSet<QWidget*> seen;
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    QVERIFY(pages);
    for (const QString& pageName : MainWindow::pageNames()) {
        m_window->showPage(*MainWindow::pageFromName(pageName));
        QCoreApplication::processEvents();
        for (QWidget* widget : tabStops()) {
            if (seen.contains(widget))
                continue;
            seen.insert(widget);
            if (spokenName(widget).isEmpty()) {
                const QString where =
                    pages->currentWidget()->isAncestorOf(widget) ? pageName : QStringLiteral("window");
                offenders << QStringLiteral("%1: %2").arg(where, describe(widget));
            }
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("%1 control(s) without an accessible name:\n  %2")
                                                 .arg(offenders.size())
                                                 .arg(offenders.join(QStringLiteral("\n  ")))));
}

void TestAccessibility::tabReachesEveryControl()
{
    QStringList unreached;
    for (const QString& pageName : MainWindow::pageNames()) {
        m_window->showPage(*MainWindow::pageFromName(pageName));
        QCoreApplication::processEvents();
        const QList<QWidget*> stops = tabStops();
        QVERIFY2(!stops.isEmpty(), qPrintable(pageName));
        stops.first()->setFocus(Qt::TabFocusReason);
        QCOMPARE(m_window->focusWidget(), stops.first());
        // Tab until the focus comes back where it started; a control that swallows Tab, or that Tab skips, shows.
        QSet<QWidget*> reached{stops.first()};
        for (qsizetype i = 0; i < stops.size() * 2; ++i) {
            FocusAccess::next(m_window.get());
            QWidget* focused = m_window->focusWidget();
            if (focused == stops.first())
                break;
            reached.insert(focused);
        }
        for (QWidget* widget : stops) {
            if (!reached.contains(widget) && !isUncheckedExclusive(widget))
                unreached << QStringLiteral("%1: %2").arg(pageName, describe(widget));
        }
    }
    QVERIFY2(unreached.isEmpty(), qPrintable(QStringLiteral("%1 control(s) Tab does not reach:\n  %2")
                                                 .arg(unreached.size())
                                                 .arg(unreached.join(QStringLiteral("\n  ")))));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
