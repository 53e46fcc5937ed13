// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/LocalCaInstructionsDialog.h"

#include "app/EngineSession.h"
#include "controller/CertificateCenter.h"
#include "text/CertificateText.h"
#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Portico {

namespace {

constexpr int tabCount = 6;

QString steps(const QStringList& items, const QString& note = QString())
{
    QString html = QStringLiteral("<ol style=\"margin-left:0px; -qt-list-indent:1;\">");
    for (const QString& item : items)
        html += QStringLiteral("<li style=\"margin-bottom:6px;\">%1</li>").arg(item);
    html += QStringLiteral("</ol>");
    if (!note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(note);
    return html;
}

QString code(const QString& command)
{
    return QStringLiteral("<br><code>%1</code>").arg(command.toHtmlEscaped());
}

} // namespace

LocalCaInstructionsDialog::LocalCaInstructionsDialog(EngineSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_caSummary(new QLabel(this))
    , m_savePemButton(new QPushButton(this))
    , m_saveDerButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("localCaInstructionsDialog"));
    setMinimumSize(720, 600);
    m_intro->setObjectName(QStringLiteral("localCaIntroLabel"));
    m_intro->setWordWrap(true);
    m_caSummary->setObjectName(QStringLiteral("localCaSummaryLabel"));
    m_caSummary->setWordWrap(true);
    m_caSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savePemButton->setObjectName(QStringLiteral("saveCaPemButton"));
    m_saveDerButton->setObjectName(QStringLiteral("saveCaDerButton"));
    m_status->setObjectName(QStringLiteral("localCaStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_tabs->setObjectName(QStringLiteral("instructionsTabWidget"));

    auto* summaryCard = new QFrame(this);
    summaryCard->setObjectName(QStringLiteral("localCaSummaryFrame"));
    UiStyle::makeCard(summaryCard);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_savePemButton);
    buttons->addWidget(m_saveDerButton);
    buttons->addStretch();
    auto* cardLayout = new QVBoxLayout(summaryCard);
    cardLayout->setContentsMargins(14, 12, 14, 12);
    cardLayout->addWidget(m_caSummary);
    cardLayout->addLayout(buttons);
    cardLayout->addWidget(m_status);

    for (int i = 0; i < tabCount; ++i) {
        auto* label = new QLabel();
        label->setObjectName(QStringLiteral("instructionsLabel%1").arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setContentsMargins(8, 8, 8, 8);
        auto* scroll = new QScrollArea();
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(label);
        m_tabs->addTab(scroll, QString());
        m_steps << label;
    }

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeInstructionsButton"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(summaryCard);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);

    connect(m_savePemButton, &QPushButton::clicked, this,
            [this] { chooseFileAndSave(CertificateStore::ExportFormat::Pem); });
    connect(m_saveDerButton, &QPushButton::clicked, this,
            [this] { chooseFileAndSave(CertificateStore::ExportFormat::Der); });
    connect(&session.engine().certificates(), &CertificateCenter::certificatesChanged, this,
            &LocalCaInstructionsDialog::retranslate);
    retranslate();
}

void LocalCaInstructionsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString LocalCaInstructionsDialog::defaultFileName(CertificateStore::ExportFormat format)
{
    return format == CertificateStore::ExportFormat::Pem ? QStringLiteral("portico-local-ca.crt")
                                                         : QStringLiteral("portico-local-ca.cer");
}

void LocalCaInstructionsDialog::retranslate()
{
    setWindowTitle(tr("Install the local certificate authority"));
    m_intro->setText(tr("Browsers trust the certificates of Portico's local CA once the CA's own certificate is "
                        "installed on each computer and phone that opens your internal sites. Save it below and "
                        "follow the steps for each system. The file holds no secret; the CA's key never leaves "
                        "Portico."));
    m_savePemButton->setText(tr("Save as .crt…"));
    m_savePemButton->setToolTip(tr("PEM format: Linux, macOS, Firefox, Android"));
    m_saveDerButton->setText(tr("Save as .cer…"));
    m_saveDerButton->setToolTip(tr("DER format: Windows, iOS, Android"));

    CertificateCenter& center = m_session.engine().certificates();
    const QString id = center.localCaId();
    const std::optional<CertificateEntry> ca = id.isEmpty() ? std::nullopt : center.entry(id);
    m_savePemButton->setEnabled(ca.has_value());
    m_saveDerButton->setEnabled(ca.has_value());
    const QString caName = ca ? ca->info.commonName : tr("Portico Local CA");
    if (ca) {
        m_caSummary->setText(
            //: %1 the CA's name, %2 its expiry date, %3 and %4 fingerprints.
            tr("%1, valid until %2.\nTo check the file on another computer, compare its fingerprint:\nSHA-256: "
               "%3\nSHA-1 (Windows \"thumbprint\"): %4")
                .arg(caName, CertificateText::date(ca->info.notAfter), ca->info.sha256Fingerprint,
                     ca->info.sha1Fingerprint));
    } else {
        m_caSummary->setText(tr("There is no local CA yet. Create one with New certificate… on the Certificates "
                                "page (choose \"From the local CA\")."));
    }

    const QString pem = defaultFileName(CertificateStore::ExportFormat::Pem);
    const QString der = defaultFileName(CertificateStore::ExportFormat::Der);
    const QString quotedCa = QStringLiteral("<b>%1</b>").arg(caName.toHtmlEscaped());
    const QStringList titles{tr("Windows"), tr("macOS"), tr("Linux"), tr("Firefox"), tr("Android"), tr("iPhone, iPad")};
    const QStringList texts{
        steps({tr("Copy %1 to the computer and double-click it.").arg(der),
               tr("Choose <b>Install Certificate…</b>, then <b>Local Machine</b> (you need to be an administrator)."),
               tr("Choose <b>Place all certificates in the following store</b>, click <b>Browse…</b> and pick "
                  "<b>Trusted Root Certification Authorities</b>."),
               tr("Click <b>Next</b> and <b>Finish</b>. Restart Edge or Chrome if they are open.")},
              tr("Or, in a command prompt run as administrator:") +
                  code(QStringLiteral("certutil -addstore -f Root %1").arg(der)) + QStringLiteral("<br><br>") +
                  tr("For many computers in a Windows domain, import it once in a Group Policy: Computer "
                     "Configuration › Policies › Windows Settings › Security Settings › Public Key Policies › "
                     "Trusted Root Certification Authorities.")),
        steps({tr("Copy %1 to the Mac and double-click it. Keychain Access opens.").arg(pem),
               tr("Add it to the <b>System</b> keychain and enter your password."),
               tr("In Keychain Access, double-click %1, open <b>Trust</b> and set <b>When using this certificate</b> "
                  "to <b>Always Trust</b>. Close the window and enter your password again.")
                   .arg(quotedCa)},
              tr("Or, in Terminal:") + code(QStringLiteral("sudo security add-trusted-cert -d -r trustRoot -k "
                                                           "/Library/Keychains/System.keychain %1")
                                                .arg(pem))),
        steps({tr("Debian, Ubuntu and Mint:") +
                   code(QStringLiteral("sudo cp %1 /usr/local/share/ca-certificates/\nsudo update-ca-certificates")
                            .arg(pem))
                       .replace(QLatin1Char('\n'), QStringLiteral("<br>")),
               tr("Fedora, Red Hat and openSUSE:") +
                   code(QStringLiteral("sudo cp %1 /etc/pki/ca-trust/source/anchors/\nsudo update-ca-trust").arg(pem))
                       .replace(QLatin1Char('\n'), QStringLiteral("<br>")),
               tr("Chrome and Chromium on Linux keep their own list: <b>Settings › Privacy and security › Security › "
                  "Manage certificates › Authorities › Import</b>, pick %1 and tick <b>Trust this certificate for "
                  "identifying websites</b>.")
                   .arg(pem)}),
        steps({tr("Open <b>Settings › Privacy &amp; Security</b>, scroll to <b>Certificates</b> and click <b>View "
                  "Certificates…</b>."),
               tr("On the <b>Authorities</b> tab click <b>Import…</b> and pick %1.").arg(pem),
               tr("Tick <b>Trust this CA to identify websites</b> and click <b>OK</b>.")},
              tr("Firefox keeps its own list on every system, so this is needed even after the system trusts the "
                 "CA. Alternatively, on Windows and macOS, set <code>security.enterprise_roots.enabled</code> to "
                 "true in <code>about:config</code> to use the system's list.")),
        steps({tr("Copy %1 to the phone (by USB, e-mail or a download).").arg(pem),
               tr("Open <b>Settings › Security › More security settings › Encryption &amp; credentials › Install a "
                  "certificate › CA certificate</b>. Menu names differ between makers: search the settings for "
                  "\"CA certificate\"."),
               tr("Confirm the warning and pick the file.")},
              tr("Browsers such as Chrome trust it then; some other apps only trust the certificates built into "
                 "Android.")),
        steps(
            {tr("Send %1 to the device by e-mail or AirDrop and open it; it says <b>Profile Downloaded</b>.").arg(der),
             tr("Open <b>Settings › General › VPN &amp; Device Management</b>, tap the profile and <b>Install</b>."),
             tr("Open <b>Settings › General › About › Certificate Trust Settings</b> and switch on full trust for "
                "%1.")
                 .arg(quotedCa)})};
    for (int i = 0; i < tabCount; ++i) {
        m_tabs->setTabText(i, titles.at(i));
        m_steps.at(i)->setText(texts.at(i));
    }
}

void LocalCaInstructionsDialog::chooseFileAndSave(CertificateStore::ExportFormat format)
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the local CA certificate"), QDir(directory).filePath(defaultFileName(format)),
        format == CertificateStore::ExportFormat::Pem ? tr("Certificates (*.crt *.pem)") : tr("Certificates (*.cer)"));
    if (!path.isEmpty())
        saveCertificate(path, format);
}

bool LocalCaInstructionsDialog::saveCertificate(const QString& path, CertificateStore::ExportFormat format)
{
    const CertificateResult result = m_session.engine().certificates().exportLocalCa(format);
    if (!result.ok()) {
        showStatus(CertificateText::error(*result.error), true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.data) != result.data.size() || !file.commit()) {
        showStatus(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void LocalCaInstructionsDialog::showStatus(const QString& text, bool error)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? UiStyle::errorColor() : UiStyle::successColor());
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->show();
}

} // namespace Portico
