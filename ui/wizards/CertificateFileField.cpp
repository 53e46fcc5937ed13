// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateFileField.h"

#include "widgets/UiStyle.h"
#include "wizards/FieldErrorMap.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portico {

CertificateFileField::CertificateFileField(const QString& prefix, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_edit->setObjectName(prefix + QStringLiteral("FileLineEdit"));
    m_edit->setClearButtonEnabled(true);
    m_browse->setObjectName(prefix + QStringLiteral("BrowseButton"));
    m_hint->setObjectName(prefix + QStringLiteral("FileHintLabel"));
    m_hint->setWordWrap(true);
    UiStyle::makeSecondary(m_hint);
    m_hint->hide();
    m_error->setObjectName(prefix + QStringLiteral("FileErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_error);

    auto* row = new QHBoxLayout();
    row->setSpacing(6);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);

    connect(m_browse, &QPushButton::clicked, this, &CertificateFileField::browse);
    connect(m_edit, &QLineEdit::textEdited, this, &CertificateFileField::pathEdited);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        revalidate();
        Q_EMIT pathChanged();
    });
    retranslate();
}

QString CertificateFileField::path() const
{
    return m_edit->text().trimmed();
}

void CertificateFileField::setPath(const QString& path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

bool CertificateFileField::isUsable() const
{
    const QString path = this->path();
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    if (m_mode == Mode::Open)
        return info.isFile() && info.isReadable();
    return !info.isDir() && info.absoluteDir().exists();
}

void CertificateFileField::setError(const QString& text)
{
    FieldErrorMap::setError(m_error, text);
}

void CertificateFileField::setHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void CertificateFileField::retranslate()
{
    m_browse->setText(tr("Browse…"));
    revalidate();
}

void CertificateFileField::revalidate()
{
    const QString path = this->path();
    QString problem;
    if (!path.isEmpty() && !isUsable()) {
        const QFileInfo info(path);
        if (m_mode == Mode::Open)
            problem = info.isDir() ? tr("This is a folder; choose a file in it.") : tr("There is no such file.");
        else
            problem = info.isDir() ? tr("This is a folder; add a file name.") : tr("There is no such folder.");
    }
    setError(problem);
}

void CertificateFileField::browse()
{
    const QString start = path().isEmpty() ? QDir::homePath() : path();
    const QString chosen = m_mode == Mode::Open ? QFileDialog::getOpenFileName(this, m_dialogTitle, start, m_filter)
                                                : QFileDialog::getSaveFileName(this, m_dialogTitle, start, m_filter);
    if (chosen.isEmpty())
        return;
    setPath(chosen);
    Q_EMIT pathEdited();
}

} // namespace Portico
