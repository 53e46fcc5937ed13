// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ChangeApplier.h"

#include "app/EngineSession.h"
#include "config/ConfigValidator.h"
#include "controller/CertificateCenter.h"
#include "dialogs/ReviewChangesDialog.h"
#include "text/ChangeText.h"
#include "text/ErrorText.h"

#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcApply, "portico.ui.apply", QtInfoMsg)

namespace Portico {

bool ChangeApplier::apply(QWidget* parent, EngineSession& session, const Config& candidate, Review review,
                          ConfigErrors* failure)
{
    const auto refuse = [&](const ConfigErrors& errors) {
        qCInfo(lcApply).noquote() << "Change refused:" << errors.first().toString();
        if (failure)
            *failure = errors;
        else
            showMessage(parent, QStringLiteral("applyFailedMessageBox"), true, tr("The change was not applied"),
                        failureText(session, errors));
        return false;
    };

    const ConfigValidation validation = ConfigValidator::validate(candidate);
    if (!validation.ok())
        return refuse(validation.errors);
    // Compared as validated: the validator drops keys that do not apply, as applying would.
    const Config& after = *validation.config;
    const Config before = session.engine().config();
    if (after == before) {
        if (review == Review::Ask)
            showMessage(parent, QStringLiteral("nothingChangesMessageBox"), false, tr("Nothing changes"),
                        tr("The configuration in force already reads like this; nothing was applied."));
        return true;
    }

    if (review == Review::Ask) {
        QHash<QString, QString> certificateNames;
        for (const CertificateEntry& entry : session.engine().certificates().list())
            certificateNames.insert(entry.id, entry.name);
        ReviewChangesDialog dialog(ChangeText::describe(before, after, certificateNames), parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }

    if (const ConfigErrors errors = session.applyConfig(after); !errors.isEmpty())
        return refuse(errors);
    return true;
}

QString ChangeApplier::failureText(const EngineSession& session, const ConfigErrors& errors)
{
    QString text = ErrorText::describeAll(errors);
    QStringList hints;
    for (const ConfigError& error : errors) {
        // The bind hint speaks of pressing Start; the message itself says what went wrong here.
        const QString hint = error.code == ConfigErrorCode::BindFailed ? QString() : ErrorText::hint(error);
        if (!hint.isEmpty() && !hints.contains(hint))
            hints << hint;
    }
    if (!hints.isEmpty())
        text += QStringLiteral("\n\n") + hints.join(QLatin1Char('\n'));
    text += QStringLiteral("\n\n");
    text += session.engine().state() == EngineState::Stopped
                ? tr("Nothing was changed: the configuration stays as it was.")
                : tr("Nothing was changed: Portico keeps serving with the configuration it had before.");
    return text;
}

void ChangeApplier::showMessage(QWidget* parent, const QString& objectName, bool warning, const QString& title,
                                const QString& text)
{
    // Not exec(): the caller carries on (a page, a dialog) while the admin reads it.
    auto* box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok,
                                parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(title);
    box->setAccessibleDescription(text);
    box->open();
}

} // namespace Portico
