// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheEntry.h"
#include "cache/CachePurge.h"

#include <QTest>

using namespace Portico;

Q_DECLARE_METATYPE(Portico::CachePurge::Scope)

class TestCachePurge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
};

void TestCachePurge::matches_data()
{
    QTest::addColumn<CachePurge::Scope>("scope");
    QTest::addColumn<QString>("purgeSite");
    QTest::addColumn<QByteArray>("purgePath");
    QTest::addColumn<QString>("entrySite");
    QTest::addColumn<QByteArray>("entryPath");
    QTest::addColumn<bool>("expected");

    using S = CachePurge::Scope;
    const QString shop = QStringLiteral("shop");
    const QString blog = QStringLiteral("blog");
    const QString any;

    QTest::newRow("url, same path") << S::Url << any << QByteArray("/a.css") << shop << QByteArray("/a.css") << true;
    QTest::newRow("url, other path") << S::Url << any << QByteArray("/a.css") << shop << QByteArray("/b.css") << false;
    QTest::newRow("url, longer path") << S::Url << any << QByteArray("/a") << shop << QByteArray("/a/b") << false;
    QTest::newRow("url, site matches") << S::Url << shop << QByteArray("/a.css") << shop << QByteArray("/a.css")
                                       << true;
    QTest::newRow("url, other site") << S::Url << blog << QByteArray("/a.css") << shop << QByteArray("/a.css") << false;
    QTest::newRow("url, case counts") << S::Url << any << QByteArray("/A.css") << shop << QByteArray("/a.css") << false;
    QTest::newRow("prefix, below") << S::Prefix << any << QByteArray("/img/") << shop << QByteArray("/img/x.png")
                                   << true;
    QTest::newRow("prefix, itself") << S::Prefix << any << QByteArray("/img/") << shop << QByteArray("/img/") << true;
    QTest::newRow("prefix, elsewhere") << S::Prefix << any << QByteArray("/img/") << shop << QByteArray("/css/x.css")
                                       << false;
    QTest::newRow("prefix, shorter") << S::Prefix << any << QByteArray("/img/") << shop << QByteArray("/img") << false;
    QTest::newRow("prefix, root") << S::Prefix << any << QByteArray("/") << shop << QByteArray("/anything") << true;
    QTest::newRow("prefix, site matches")
        << S::Prefix << shop << QByteArray("/img/") << shop << QByteArray("/img/x.png") << true;
    QTest::newRow("prefix, other site") << S::Prefix << blog << QByteArray("/img/") << shop << QByteArray("/img/x.png")
                                        << false;
    QTest::newRow("site, same") << S::Site << shop << QByteArray() << shop << QByteArray("/x") << true;
    QTest::newRow("site, other") << S::Site << blog << QByteArray() << shop << QByteArray("/x") << false;
    QTest::newRow("site, path ignored") << S::Site << shop << QByteArray("/y") << shop << QByteArray("/x") << true;
    QTest::newRow("all") << S::All << any << QByteArray() << shop << QByteArray("/x") << true;
    QTest::newRow("all, site ignored") << S::All << blog << QByteArray("/y") << shop << QByteArray("/x") << true;
}

void TestCachePurge::matches()
{
    QFETCH(CachePurge::Scope, scope);
    QFETCH(QString, purgeSite);
    QFETCH(QByteArray, purgePath);
    QFETCH(QString, entrySite);
    QFETCH(QByteArray, entryPath);
    QFETCH(bool, expected);

    CachePurge purge;
    purge.scope = scope;
    purge.site = purgeSite;
    purge.path = purgePath;
    CacheEntry entry;
    entry.key = "http|" + entrySite.toUtf8() + "|example.test|" + entryPath + "?q=1";
    entry.site = entrySite;
    entry.path = entryPath;
    QCOMPARE(purge.matches(entry), expected);
}

QTEST_GUILESS_MAIN(TestCachePurge)
#include "TestCachePurge.moc"
