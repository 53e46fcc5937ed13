// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ReviewChangesDialog.h"

#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Portico {

ReviewChangesDialog::ReviewChangesDialog(const QStringList& changes, QWidget* parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_intro(new QLabel(this))
    , m_list(new QLabel())
    , m_note(new QLabel(this))
    , m_applyButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewChangesDialog"));
    setModal(true);

    UiStyle::makeHeading(m_intro, 2);
    m_intro->setObjectName(QStringLiteral("reviewChangesIntroLabel"));
    m_intro->setWordWrap(true);

    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString& line : changes)
        html += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_list->setObjectName(QStringLiteral("reviewChangesListLabel"));
    m_list->setTextFormat(Qt::RichText);
    m_list->setText(html);
    m_list->setWordWrap(true);
    m_list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_list->setContentsMargins(4, 4, 4, 4);
    // Tab reaches the list so a screen reader reads the changes before the buttons.
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewChangesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_list);

    m_note->setObjectName(QStringLiteral("reviewChangesNoteLabel"));
    m_note->setWordWrap(true);
    UiStyle::makeSecondary(m_note);

    m_applyButton->setObjectName(QStringLiteral("applyChangesButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelChangesButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("reviewChangesButtonBox"));
    buttons->addButton(m_applyButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    m_applyButton->setDefault(true);
    m_applyButton->setAutoDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    retranslate();
    resize(sizeHint().expandedTo(QSize(560, 320)));
    m_applyButton->setFocus();
}

void ReviewChangesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReviewChangesDialog::retranslate()
{
    setWindowTitle(tr("Review changes"));
    m_intro->setText(tr("Apply these changes?"));
    m_list->setAccessibleName(tr("Changes"));
    m_list->setAccessibleDescription(m_changes.join(QLatin1Char('\n')));
    m_note->setText(tr("Portico applies them without dropping connections and saves the previous version in the "
                       "history. For 60 seconds afterwards you can undo them with one click."));
    m_applyButton->setText(tr("Apply"));
    m_applyButton->setAccessibleName(tr("Apply the changes"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel: change nothing"));
}

} // namespace Portico
