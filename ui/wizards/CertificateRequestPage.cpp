// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizards/CertificateRequestPage.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "widgets/UiStyle.h"
#include "wizards/CertificateFileField.h"
#include "wizards/CertificateNamesEdit.h"
#include "wizards/CertificateWizard.h"
#include "wizards/FieldErrorMap.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Portico {

CertificateRequestPage::CertificateRequestPage(CertificateWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_namesLabel(new QLabel(this))
    , m_names(new CertificateNamesEdit(QStringLiteral("request"), CertificateNamesEdit::Rule::NamesAndAddresses, this))
    , m_namesHint(new QLabel(this))
    , m_keyTypeLabel(new QLabel(this))
    , m_keyType(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new CertificateFileField(QStringLiteral("request"), CertificateFileField::Mode::Save, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("certificateRequestPage"));
    setCommitPage(true);
    m_intro->setWordWrap(true);
    m_namesHint->setWordWrap(true);
    UiStyle::makeSecondary(m_namesHint);
    m_keyType->setMaximumWidth(340);
    m_keyType->setObjectName(QStringLiteral("requestKeyTypeComboBox"));
    m_name->setObjectName(QStringLiteral("requestNameLineEdit"));
    m_error->setObjectName(QStringLiteral("requestErrorLabel"));
    FieldErrorMap::styleErrorLabel(m_error);
    for (QLabel* label : {m_namesLabel, m_keyTypeLabel, m_nameLabel, m_fileLabel})
        label->setWordWrap(true);
    m_namesLabel->setBuddy(m_names->lineEdit());
    m_keyTypeLabel->setBuddy(m_keyType);
    m_nameLabel->setBuddy(m_name);
    m_fileLabel->setBuddy(m_file);

    auto* names = FieldErrorMap::withError(m_names, m_namesHint, this);
    m_namesHint->show();
    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_namesLabel, names);
    form->addRow(m_keyTypeLabel, m_keyType);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_fileLabel, m_file);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_names, &CertificateNamesEdit::namesChanged, this, [this] {
        followNames();
        Q_EMIT completeChanged();
    });
    connect(m_file, &CertificateFileField::pathEdited, this, [this] { m_fileEdited = true; });
    connect(m_file, &CertificateFileField::pathChanged, this, &CertificateRequestPage::completeChanged);
    followNames();
    retranslate();
}

void CertificateRequestPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CertificateRequestPage::retranslate()
{
    setTitle(tr("Request for a commercial certificate authority"));
    setButtonText(QWizard::CommitButton, tr("Create request"));
    setSubTitle(tr("Portico makes the private key and a request (.csr) for you to send to the CA."));
    m_intro->setText(tr("The private key never leaves Portico. Send the request file to the certificate authority "
                        "you buy from; when it sends the certificate back, select the request on the Certificates "
                        "page and choose Import answer."));
    m_namesLabel->setText(tr("Names:"));
    m_names->setPlaceholderText(tr("www.example.com, example.com"));
    m_names->retranslate();
    m_namesHint->setText(tr("The first name becomes the certificate's main name; separate names with commas."));
    m_keyTypeLabel->setText(tr("Key type:"));
    CertificateWizard::fillKeyTypes(m_keyType);
    m_nameLabel->setText(tr("Name in Portico:"));
    m_name->setPlaceholderText(tr("Optional; the first name if empty"));
    m_fileLabel->setText(tr("Save the request as:"));
    m_file->setDialogTitle(tr("Save the certificate request"));
    m_file->setNameFilter(tr("Certificate requests (*.csr);;All files (*)"));
    m_file->retranslate();
}

void CertificateRequestPage::followNames()
{
    if (m_fileEdited)
        return;
    QString base = m_names->names().value(0, QStringLiteral("certificate"));
    base.replace(QLatin1Char('*'), QLatin1String("wildcard"));
    base.replace(QLatin1Char(':'), QLatin1Char('_'));
    // Documents if the system has that folder, else home.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    m_file->setPath(QDir(folder).filePath(base + QStringLiteral(".csr")));
}

bool CertificateRequestPage::isComplete() const
{
    return !m_names->names().isEmpty() && m_names->isValid() && m_file->isUsable();
}

int CertificateRequestPage::nextId() const
{
    return CertificateWizard::DonePageId;
}

bool CertificateRequestPage::validatePage()
{
    FieldErrorMap::setError(m_error, QString());
    const QString path = QDir::fromNativeSeparators(m_file->path());
    // The file is opened first, so a folder that cannot be written leaves no key behind in the store.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_file->setError(tr("Cannot save the request here: %1").arg(file.errorString()));
        return false;
    }
    NewCertificateOptions options;
    options.name = m_name->text().trimmed();
    options.names = m_names->names();
    options.keyType = static_cast<CertificateKeyType>(m_keyType->currentData().toInt());
    CertificateCenter& center = m_wizard->certificates();
    const CertificateResult result = center.createRequest(options);
    if (!result.ok()) {
        file.cancelWriting();
        const QString text = CertificateText::error(*result.error);
        if (result.error->code == CertificateErrorCode::InvalidName ||
            result.error->code == CertificateErrorCode::NoNames)
            m_names->setError(text);
        else
            FieldErrorMap::setError(m_error, text);
        return false;
    }
    if (file.write(result.data) != result.data.size() || !file.commit()) {
        m_file->setError(tr("Cannot save the request here: %1").arg(file.errorString()));
        center.remove(result.id);
        return false;
    }
    m_wizard->setCreatedId(result.id);
    m_wizard->setRequestPath(path);
    return true;
}

} // namespace Portico
