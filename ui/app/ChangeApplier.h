// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "config/ConfigError.h"

#include <QCoreApplication>

class QWidget;

namespace Portico {

class EngineSession;

// The one way the GUI changes the configuration: validate -> show in plain words what changes -> apply.
// A config that fails validation or cannot be applied (a port already taken) is refused with the reason in
// plain words, and the running config keeps serving.
class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(Portico::ChangeApplier)

public:
    enum class Review
    {
        Ask,          // show the summary and apply only when the admin confirms
        AlreadyShown, // a wizard's review page showed it: apply at once
    };

    // True when the change is in force and saved, or when it changes nothing. A refused change is reported
    // in a message box over parent; a caller that shows errors in place (beside the fields) passes failure
    // instead, and gets the errors there with no message box.
    static bool apply(QWidget* parent, EngineSession& session, const Config& candidate, Review review = Review::Ask,
                      ConfigErrors* failure = nullptr);

    // The errors in plain words, then that the configuration in force did not change.
    static QString failureText(const EngineSession& session, const ConfigErrors& errors);

private:
    static void showMessage(QWidget* parent, const QString& objectName, bool warning, const QString& title,
                            const QString& text);
};

} // namespace Portico
