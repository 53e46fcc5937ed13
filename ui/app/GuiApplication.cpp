// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiApplication.h"

#include "app/CommandLine.h"
#include "app/EngineSession.h"
#include "app/SingleInstance.h"
#include "app/UiSettings.h"
#include "config/ConfigStore.h"
#include "history/MetricsHistory.h"
#include "mainwindow/MainWindow.h"
#include "tray/TrayIcon.h"
#include "widgets/PorticoStyle.h"
#include "widgets/UiStyle.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QPixmap>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTextStream>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGui, "portico.ui", QtInfoMsg)

namespace Portico {

namespace {

constexpr int screenshotStatsTimeoutMs = 5000;
const QSize screenshotSize(1280, 800);
const QSize defaultWindowSize(1180, 760);

enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

} // namespace

GuiApplication::GuiApplication(QObject* parent)
    : QObject(parent)
{}

GuiApplication::~GuiApplication()
{
    m_tray.reset();
    m_window.reset();
    m_session.reset();
}

void GuiApplication::setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("Portico"));
    QCoreApplication::setOrganizationName(QStringLiteral("Portico"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTICO_VERSION));
}

int GuiApplication::run()
{
    setApplicationInfo();
    QGuiApplication::setDesktopFileName(QStringLiteral("portico"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/portico.svg")));
    EngineController::registerMetaTypes();

    QTextStream err(stderr);
    CommandLine commandLine;
    if (const QString error = commandLine.parse(QCoreApplication::arguments()); !error.isEmpty()) {
        err << "portico: " << error << Qt::endl;
        return ExitUsage;
    }
    const bool screenshot = !commandLine.screenshotPath.isEmpty();
    applyColorScheme(commandLine.colorScheme);
    // The system switching between light and dark reaches the widgets as a new application palette.
    QCoreApplication::instance()->installEventFilter(this);

    m_settings = std::make_unique<UiSettings>();
    m_translations.setLanguage(commandLine.languageGiven ? commandLine.language : m_settings->language());

    const QString configPath =
        QFileInfo(commandLine.configPath.isEmpty() ? ConfigStore::defaultFilePath() : commandLine.configPath)
            .absoluteFilePath();
    // A screenshot run must work next to a running Portico, so it neither asks nor answers.
    if (!screenshot) {
        m_instance = std::make_unique<SingleInstance>(SingleInstance::keyForConfig(configPath));
        if (m_instance->notifyRunningInstance()) {
            QTextStream(stdout) << "Portico is already running with " << configPath
                                << "; its window was brought to the front." << Qt::endl;
            return ExitOk;
        }
        m_instance->listen();
    }

    m_session = std::make_unique<EngineSession>(configPath);
    // One history per config (one GUI runs per config); a screenshot run only looks and keeps nothing.
    if (!screenshot)
        m_session->engine().setHistoryPath(historyPathFor(configPath));
    m_session->loadConfig();
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings, m_translations);
    if (const auto page = MainWindow::pageFromName(commandLine.page))
        m_window->showPage(*page);
    if (screenshot)
        return takeScreenshot(commandLine);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<TrayIcon>(*m_session);
        connect(m_tray.get(), &TrayIcon::openRequested, m_window.get(), &MainWindow::showAndRaise);
        connect(m_tray.get(), &TrayIcon::quitRequested, this, &GuiApplication::quit);
        connect(m_window.get(), &MainWindow::hiddenToTray, m_tray.get(), &TrayIcon::notifyHiddenToTray);
        m_window->setTrayAvailable(true);
        m_tray->show();
    }
    connect(m_window.get(), &MainWindow::quitRequested, this, &GuiApplication::quit);
    connect(m_instance.get(), &SingleInstance::activationRequested, m_window.get(), &MainWindow::showAndRaise);

    if (!m_window->restoreGeometry(m_settings->windowGeometry()))
        m_window->resize(defaultWindowSize);
    m_session->start();
    // Started at login: serve quietly from the tray. Without a tray there would be no way back to the window.
    if (!commandLine.hidden || !m_tray)
        m_window->show();

    QApplication::setQuitOnLastWindowClosed(false);
    const int exitCode = QApplication::exec();
    // The event loop can also end without quit() (the desktop session closing): stop gracefully anyway.
    m_session->stopAndWait(m_session->stopTimeoutMs());
    m_settings->sync();
    return exitCode;
}

void GuiApplication::applyColorScheme(const QString& scheme)
{
    if (scheme.isEmpty())
        return;
    // Native styles (Windows, macOS) draw many controls in the system's colours whatever the palette says;
    // Fusion (under PorticoStyle) draws everything from the palette.
    QApplication::setStyle(new PorticoStyle());
    QApplication::setPalette(
        UiStyle::palette(scheme == QLatin1String("dark") ? ColorScheme::Dark : ColorScheme::Light));
    qCInfo(lcGui) << "Colour scheme:" << scheme;
}

bool GuiApplication::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
        UiStyle::refreshAll();
    return QObject::eventFilter(watched, event);
}

QString GuiApplication::historyPathFor(const QString& configPath)
{
    const QString path = MetricsHistory::defaultPath();
    if (configPath == QFileInfo(ConfigStore::defaultFilePath()).absoluteFilePath())
        return path;
    const QByteArray hash = QCryptographicHash::hash(configPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QFileInfo(path).absolutePath() + QStringLiteral("/metrics-") + QString::fromLatin1(hash) +
           QStringLiteral(".dat");
}

int GuiApplication::takeScreenshot(const CommandLine& commandLine)
{
    const QString& path = commandLine.screenshotPath;
    QTextStream err(stderr);
    m_window->resize(screenshotSize);
    m_window->show();

    EngineController& engine = m_session->engine();
    QEventLoop loop;
    bool statsArrived = false;
    // Connected after the pages, so they have the figures by the time this runs.
    connect(
        &engine, &EngineController::statsUpdated, &loop,
        [&loop, &statsArrived] {
            statsArrived = true;
            loop.quit();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(screenshotStatsTimeoutMs, &loop, &QEventLoop::quit);
    if (m_session->start())
        loop.exec();
    else
        err << "portico: the engine did not start; the screenshot shows why" << Qt::endl;
    if (engine.state() == EngineState::Running && !statsArrived)
        err << "portico: no figures arrived within " << screenshotStatsTimeoutMs / 1000 << " s" << Qt::endl;
    if (commandLine.screenshotAfterS > 0 && engine.state() == EngineState::Running) {
        QEventLoop wait;
        QTimer::singleShot(commandLine.screenshotAfterS * 1000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    QCoreApplication::processEvents();

    if (m_window->size() != screenshotSize)
        err << "portico: the window is " << m_window->width() << "x" << m_window->height() << ", not "
            << screenshotSize.width() << "x" << screenshotSize.height() << Qt::endl;
    QWidget* shown = m_window.get();
    if (!commandLine.dialog.isEmpty()) {
        QDialog* dialog = m_window->openDialog(commandLine.dialog, commandLine.wizardPage);
        if (!dialog) {
            err << "portico: cannot open " << commandLine.dialog << " (a site to edit is needed)" << Qt::endl;
            m_session->stopAndWait(m_session->stopTimeoutMs());
            return ExitFailure;
        }
        dialog->resize(dialog->sizeHint().expandedTo(dialog->minimumSize()));
        QCoreApplication::processEvents();
        shown = dialog;
    }
    const QPixmap pixmap = shown->grab();
    const bool saved = pixmap.save(path, "PNG");
    if (shown != m_window.get())
        shown->close();
    m_window->hide();
    m_session->stopAndWait(m_session->stopTimeoutMs());
    if (!saved) {
        err << "portico: cannot write the screenshot to " << path << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

void GuiApplication::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_window->hide();
    if (m_tray)
        m_tray->hide();

    EngineController& engine = m_session->engine();
    if (engine.state() == EngineState::Stopped) {
        QCoreApplication::quit();
        return;
    }
    // Graceful: let requests in flight finish, but never hang the logout on a stuck engine.
    connect(
        &engine, &EngineController::stateChanged, this,
        [](EngineState state) {
            if (state == EngineState::Stopped)
                QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(m_session->stopTimeoutMs(), this, [] { QCoreApplication::quit(); });
    qCInfo(lcGui) << "Stopping the engine before quitting";
    m_session->stop();
}

} // namespace Portico
