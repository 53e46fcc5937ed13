// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Portico {

class EmptyStateWidget;
class PageHeader;

// Where the response cache will be shown; says honestly that this version does not cache.
class CachePage : public QWidget
{
    Q_OBJECT

public:
    explicit CachePage(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PageHeader* m_header;
    EmptyStateWidget* m_empty;
};

} // namespace Portico
