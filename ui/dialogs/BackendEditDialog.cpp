// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/BackendEditDialog.h"

#include "app/ChangeApplier.h"
#include "app/EngineSession.h"
#include "config/ConfigValidator.h"
#include "text/ErrorText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Portico {

namespace {

QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    FieldErrorMap::styleErrorLabel(label);
    return label;
}

} // namespace

BackendEditDialog::BackendEditDialog(EngineSession& session, int poolIndex, int backendIndex, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_base(session.engine().config())
    , m_poolIndex(poolIndex)
    , m_backendIndex(backendIndex)
    , m_intro(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_hostError(errorLabel(this, "editBackendHostErrorLabel"))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_portError(errorLabel(this, "editBackendPortErrorLabel"))
    , m_weightLabel(new QLabel(this))
    , m_weight(new QSpinBox(this))
    , m_weightError(errorLabel(this, "editBackendWeightErrorLabel"))
    , m_maxConnectionsLabel(new QLabel(this))
    , m_maxConnections(new QSpinBox(this))
    , m_maxConnectionsError(errorLabel(this, "editBackendMaxConnectionsErrorLabel"))
    , m_backup(new QCheckBox(this))
    , m_backupError(errorLabel(this, "editBackendBackupErrorLabel"))
    , m_generalError(errorLabel(this, "editBackendErrorLabel"))
    , m_saveButton(nullptr)
    , m_cancelButton(nullptr)
{
    setObjectName(QStringLiteral("backendEditDialog"));
    setMinimumWidth(520);
    m_intro->setWordWrap(true);
    m_host->setObjectName(QStringLiteral("editBackendHostLineEdit"));
    m_port->setObjectName(QStringLiteral("editBackendPortSpinBox"));
    m_port->setRange(1, 65535);
    m_weight->setObjectName(QStringLiteral("editBackendWeightSpinBox"));
    m_weight->setRange(1, 1000);
    m_maxConnections->setObjectName(QStringLiteral("editBackendMaxConnectionsSpinBox"));
    m_maxConnections->setRange(0, 1'000'000);
    m_backup->setObjectName(QStringLiteral("editBackendBackupCheckBox"));

    const BackendConfig& backend = m_base.pools.at(poolIndex).backends.at(backendIndex);
    m_host->setText(backend.host);
    m_port->setValue(backend.port);
    m_weight->setValue(backend.weight);
    m_maxConnections->setValue(backend.maxConnections);
    m_backup->setChecked(backend.backup);

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_hostLabel, FieldErrorMap::withError(m_host, m_hostError, this));
    form->addRow(m_portLabel, FieldErrorMap::withError(m_port, m_portError, this));
    form->addRow(m_weightLabel, FieldErrorMap::withError(m_weight, m_weightError, this));
    form->addRow(m_maxConnectionsLabel, FieldErrorMap::withError(m_maxConnections, m_maxConnectionsError, this));
    form->addRow(QString(), FieldErrorMap::withError(m_backup, m_backupError, this));
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_weightLabel->setBuddy(m_weight);
    m_maxConnectionsLabel->setBuddy(m_maxConnections);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveBackendButton"));
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelBackendButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(buttons);

    const QString path = QStringLiteral("pools[%1].backends[%2]").arg(poolIndex).arg(backendIndex);
    m_errors.add(path + QStringLiteral(".host"), m_hostError);
    m_errors.add(path + QStringLiteral(".port"), m_portError);
    m_errors.add(path + QStringLiteral(".weight"), m_weightError);
    m_errors.add(path + QStringLiteral(".maxConnections"), m_maxConnectionsError);
    m_errors.add(path + QStringLiteral(".backup"), m_backupError);
    m_errors.addScope(QStringLiteral("pools[%1]").arg(poolIndex));
    m_errors.setGeneralLabel(m_generalError);

    connect(m_host, &QLineEdit::textChanged, this, &BackendEditDialog::revalidate);
    for (QSpinBox* spin : {m_port, m_weight, m_maxConnections})
        connect(spin, &QSpinBox::valueChanged, this, &BackendEditDialog::revalidate);
    connect(m_backup, &QCheckBox::toggled, this, &BackendEditDialog::revalidate);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackendEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    revalidate();
}

void BackendEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BackendEditDialog::retranslate()
{
    const PoolConfig& pool = m_base.pools.at(m_poolIndex);
    const BackendConfig& backend = pool.backends.at(m_backendIndex);
    setWindowTitle(tr("Edit server"));
    m_intro->setText(
        tr("Server %1 of the pool \"%2\". Save applies the change at once and keeps the previous "
           "configuration in the history.")
            .arg(ListenerConfig{backend.host, backend.port, ListenerProtocol::Http}.endpoint(), pool.name));
    m_hostLabel->setText(tr("Host:"));
    m_portLabel->setText(tr("Port:"));
    m_weightLabel->setText(tr("Weight:"));
    m_maxConnectionsLabel->setText(tr("Connection limit:"));
    m_maxConnections->setSpecialValueText(tr("No limit"));
    m_backup->setText(tr("Backup: use only while no other server of the pool can take requests"));
    m_saveButton->setText(tr("Save"));
    m_cancelButton->setText(tr("Cancel"));
}

Config BackendEditDialog::candidate() const
{
    Config config = m_base;
    BackendConfig& backend = config.pools[m_poolIndex].backends[m_backendIndex];
    backend.host = m_host->text().trimmed();
    backend.port = static_cast<quint16>(m_port->value());
    backend.weight = m_weight->value();
    backend.maxConnections = m_maxConnections->value();
    backend.backup = m_backup->isChecked();
    return config;
}

void BackendEditDialog::revalidate()
{
    const int shown = m_errors.show(ConfigValidator::validate(candidate()).errors);
    m_saveButton->setEnabled(shown == 0);
}

void BackendEditDialog::save()
{
    ConfigErrors errors;
    if (ChangeApplier::apply(this, m_session, candidate(), ChangeApplier::Review::Ask, &errors)) {
        accept();
        return;
    }
    // Empty when the admin cancelled the review: the dialog stays open for more edits.
    if (!errors.isEmpty())
        FieldErrorMap::setError(m_generalError, ChangeApplier::failureText(m_session, errors));
}

} // namespace Portico
