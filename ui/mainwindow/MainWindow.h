// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/EngineState.h"

#include <QMainWindow>

#include <optional>

class QDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Portico {

class EngineSession;
class EventLogModel;
class SitesPage;
class TranslationManager;
class UiSettings;

// The main window: a sidebar of pages, the engine's Start and Stop buttons and a status bar with
// the engine state and the addresses it really listens on.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Dashboard,
        Sites,
        Backends,
        Certificates,
        Cache,
        Security,
        Logs,
        Settings,
    };

    MainWindow(EngineSession& session, UiSettings& settings, TranslationManager& translations,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // "dashboard", "sites", ... as accepted by --page.
    static QStringList pageNames();
    static std::optional<Page> pageFromName(const QString& name);

    // "add-site", "edit-site", "route-tester", "certificate-wizard", "review-changes" (what restoring the
    // newest saved version would change), as accepted by --dialog.
    static QStringList dialogNames();

    void showPage(Page page);
    // Opens a dialog over the window (edit-site edits the first site; wizardPage is one of
    // SiteWizard::pageNames(), or CertificateWizard::pageNames() for certificate-wizard, or empty).
    // Returns it, or nullptr when it cannot open (no site to edit).
    QDialog* openDialog(const QString& name, const QString& wizardPage = QString());
    Page currentPage() const;
    // With a tray, closing the window only hides it (if the user wants that).
    void setTrayAvailable(bool available);
    void showAndRaise();

Q_SIGNALS:
    // The user closed the window without a tray to hide in, or chose Quit.
    void quitRequested();
    // The window went to the tray instead of closing.
    void hiddenToTray();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* createSidebar();
    void retranslate();
    void refreshEngineState();

    EngineSession& m_session;
    UiSettings& m_settings;
    EventLogModel* m_events;
    SitesPage* m_sitesPage;
    bool m_trayAvailable = false;

    QLabel* m_appNameLabel;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QLabel* m_sidebarStateLabel;
    QPushButton* m_startButton;
    QPushButton* m_stopButton;
    QLabel* m_engineStateLabel;
    QLabel* m_engineErrorLabel;
    QLabel* m_listenerAddressesLabel;
};

} // namespace Portico
