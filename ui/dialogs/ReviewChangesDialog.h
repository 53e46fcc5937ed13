// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Portico {

// Asks before a change goes live: what changes, sentence by sentence, with Apply (the default) and Cancel.
class ReviewChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewChangesDialog(const QStringList& changes, QWidget* parent = nullptr);

    const QStringList& changes() const { return m_changes; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QStringList m_changes;
    QLabel* m_intro;
    QLabel* m_list;
    QLabel* m_note;
    QPushButton* m_applyButton;
    QPushButton* m_cancelButton;
};

} // namespace Portico
