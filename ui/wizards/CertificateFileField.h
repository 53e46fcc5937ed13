// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Portico {

// A file name with a Browse… button and, underneath, a hint and the problem with it. Object names:
// "<prefix>FileLineEdit", "<prefix>BrowseButton", "<prefix>FileErrorLabel", "<prefix>FileHintLabel".
class CertificateFileField : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Open, // the file must exist
        Save, // the folder must exist
    };

    CertificateFileField(const QString& prefix, Mode mode, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    bool isEmpty() const { return path().isEmpty(); }
    // The file (Open) or its folder (Save) is there.
    bool isUsable() const;
    void setError(const QString& text);
    void setHint(const QString& hint);
    void setDialogTitle(const QString& title) { m_dialogTitle = title; }
    void setNameFilter(const QString& filter) { m_filter = filter; }
    void retranslate();

Q_SIGNALS:
    void pathChanged();
    // The admin typed or chose the path (not setPath()).
    void pathEdited();

private:
    void browse();
    void revalidate();

    Mode m_mode;
    QString m_dialogTitle;
    QString m_filter;
    QLineEdit* m_edit;
    QPushButton* m_browse;
    QLabel* m_hint;
    QLabel* m_error;
};

} // namespace Portico
