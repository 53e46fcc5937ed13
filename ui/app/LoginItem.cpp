// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LoginItem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLoginItem, "portico.ui.login", QtInfoMsg)

namespace Portico {

namespace {

#if defined(Q_OS_WIN)
const QString runKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString valueName = QStringLiteral("Portico");
#elif defined(Q_OS_MACOS)
const QString agentLabel = QStringLiteral("org.portico.Portico");
#else
// An Exec= argument: quoted when it holds anything the desktop entry spec reserves, then escaped as a string.
QString execArgument(const QString& path)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString argument = path;
    if (std::any_of(path.cbegin(), path.cend(), [](QChar c) { return reserved.contains(c); })) {
        argument.clear();
        for (const QChar c : path) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
                argument += QLatin1Char('\\');
            argument += c;
        }
        argument = QLatin1Char('"') + argument + QLatin1Char('"');
    }
    argument.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    argument.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return argument;
}
#endif

#if !defined(Q_OS_WIN)
bool writeFile(const QString& path, const QByteArray& contents, QString& error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        error =
            LoginItem::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        error = LoginItem::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
#endif

} // namespace

LoginItem::LoginItem()
    : LoginItem(qEnvironmentVariable("APPIMAGE", QCoreApplication::applicationFilePath()))
{}

LoginItem::LoginItem(QString executablePath)
    : m_executable(std::move(executablePath))
{}

QString LoginItem::hiddenOption()
{
    return QStringLiteral("--hidden");
}

bool LoginItem::isSupported()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS) || (defined(Q_OS_UNIX) && !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS))
    return true;
#else
    return false;
#endif
}

QString LoginItem::location() const
{
#if defined(Q_OS_WIN)
    return runKey + QLatin1Char('\\') + valueName;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + agentLabel + QStringLiteral(".plist");
#else
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The spec says a relative path is invalid and must be ignored.
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/autostart/portico.desktop");
#endif
}

bool LoginItem::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(runKey, QSettings::NativeFormat).contains(valueName);
#elif defined(Q_OS_MACOS)
    return QFileInfo::exists(location());
#else
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // An entry the user switched off in the desktop's own settings stays in place but is not started.
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return false;
    }
    return true;
#endif
}

bool LoginItem::setEnabled(bool enabled)
{
    m_error.clear();
#if defined(Q_OS_WIN)
    QSettings run(runKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(valueName, QLatin1Char('"') + QDir::toNativeSeparators(m_executable) + QStringLiteral("\" ") +
                                    hiddenOption());
    else
        run.remove(valueName);
    run.sync();
    if (run.status() != QSettings::NoError) {
        m_error = LoginItem::tr("Windows did not accept the change to %1.").arg(runKey);
        return false;
    }
#else
    const QString path = location();
    if (enabled) {
#if defined(Q_OS_MACOS)
        const QByteArray contents =
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                           "<plist version=\"1.0\">\n<dict>\n"
                           "    <key>Label</key>\n    <string>%1</string>\n"
                           "    <key>ProgramArguments</key>\n    <array>\n        <string>%2</string>\n"
                           "        <string>%3</string>\n    </array>\n"
                           "    <key>RunAtLoad</key>\n    <true/>\n"
                           "</dict>\n</plist>\n")
                .arg(agentLabel, m_executable.toHtmlEscaped(), hiddenOption())
                .toUtf8();
#else
        const QByteArray contents = QStringLiteral("[Desktop Entry]\n"
                                                   "Type=Application\n"
                                                   "Name=Portico\n"
                                                   "Comment=Publish local web services through a managed reverse "
                                                   "proxy\n"
                                                   "Exec=%1 %2\n"
                                                   "Icon=portico\n"
                                                   "Terminal=false\n"
                                                   "X-GNOME-Autostart-enabled=true\n")
                                        .arg(execArgument(m_executable), hiddenOption())
                                        .toUtf8();
#endif
        if (!writeFile(path, contents, m_error))
            return false;
    } else if (QFileInfo::exists(path) && !QFile::remove(path)) {
        m_error = LoginItem::tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
#endif
    qCInfo(lcLoginItem) << (enabled ? "Start at login on:" : "Start at login off:") << location();
    return true;
}

} // namespace Portico
