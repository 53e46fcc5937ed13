// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LoginItem.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portico;

// The Linux autostart entry, in a temporary XDG_CONFIG_HOME (the real user's desktop is never touched).
class TestLoginItem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void offWhenNoEntry();
    void enablingWritesAnAutostartEntry();
    void disablingRemovesIt();
    void anEntrySwitchedOffInTheDesktopCountsAsOff();
    void pathsWithSpacesAreQuoted();
    void relativeXdgConfigHomeIsIgnored();
    void aFolderThatCannotBeCreatedIsReported();

private:
    QString entryPath() const { return m_dir->filePath(QStringLiteral("autostart/portico.desktop")); }
    QByteArray entry() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_savedXdg;
};

void TestLoginItem::init()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    QSKIP("The autostart entry is the Linux (XDG) form");
#endif
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_savedXdg = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->path()));
}

void TestLoginItem::cleanup()
{
    if (m_savedXdg.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", m_savedXdg);
    m_dir.reset();
}

QByteArray TestLoginItem::entry() const
{
    QFile file(entryPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestLoginItem::offWhenNoEntry()
{
    const LoginItem item(QStringLiteral("/opt/portico/bin/portico"));
    QVERIFY(LoginItem::isSupported());
    QCOMPARE(item.location(), entryPath());
    QVERIFY(!item.isEnabled());
}

void TestLoginItem::enablingWritesAnAutostartEntry()
{
    LoginItem item(QStringLiteral("/opt/portico/bin/portico"));
    QVERIFY2(item.setEnabled(true), qPrintable(item.errorString()));
    QVERIFY(item.isEnabled());
    const QByteArray text = entry();
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(text.contains("\nType=Application\n"));
    // At login Portico starts in the tray, not in the admin's face.
    QVERIFY(text.contains("\nExec=/opt/portico/bin/portico --hidden\n"));
    QVERIFY(text.contains("\nX-GNOME-Autostart-enabled=true\n"));
    // Enabling twice leaves one entry, still on.
    QVERIFY(item.setEnabled(true));
    QVERIFY(item.isEnabled());
    // The default constructor uses the running binary.
    QCOMPARE(LoginItem().executablePath(), qEnvironmentVariable("APPIMAGE", QCoreApplication::applicationFilePath()));
}

void TestLoginItem::disablingRemovesIt()
{
    LoginItem item(QStringLiteral("/opt/portico/bin/portico"));
    QVERIFY(item.setEnabled(true));
    QVERIFY(QFile::exists(entryPath()));
    QVERIFY(item.setEnabled(false));
    QVERIFY(!QFile::exists(entryPath()));
    QVERIFY(!item.isEnabled());
    // Already off: nothing to do, no error.
    QVERIFY(item.setEnabled(false));
}

void TestLoginItem::anEntrySwitchedOffInTheDesktopCountsAsOff()
{
    LoginItem item(QStringLiteral("/usr/bin/portico"));
    QVERIFY(item.setEnabled(true));
    QFile file(entryPath());
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!item.isEnabled());
}

void TestLoginItem::pathsWithSpacesAreQuoted()
{
    LoginItem item(QStringLiteral("/home/ann/My Apps/portico 100%"));
    QVERIFY(item.setEnabled(true));
    // Quoted per the Desktop Entry spec, and % doubled since Exec= gives it a meaning of its own.
    QVERIFY2(entry().contains("\nExec=\"/home/ann/My Apps/portico 100%%\" --hidden\n"), entry().constData());
}

void TestLoginItem::relativeXdgConfigHomeIsIgnored()
{
    qputenv("XDG_CONFIG_HOME", "relative/config");
    QCOMPARE(LoginItem(QStringLiteral("/usr/bin/portico")).location(),
             QDir::homePath() + QStringLiteral("/.config/autostart/portico.desktop"));
}

void TestLoginItem::aFolderThatCannotBeCreatedIsReported()
{
    // A file where the config folder should be: the autostart folder cannot be made under it.
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(blocker));
    LoginItem item(QStringLiteral("/usr/bin/portico"));
    QVERIFY(!item.setEnabled(true));
    QVERIFY(!item.errorString().isEmpty());
    QVERIFY(!item.isEnabled());
}

QTEST_GUILESS_MAIN(TestLoginItem)
#include "TestLoginItem.moc"
