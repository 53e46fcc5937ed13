// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/HttpDate.h"

#include "http/HttpChars.h"

namespace Portico {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {}

    bool atEnd() const { return m_position >= m_text.size(); }
    bool skip(char c)
    {
        if (atEnd() || m_text[m_position] != c)
            return false;
        ++m_position;
        return true;
    }
    void skipSpaces()
    {
        while (!atEnd() && m_text[m_position] == ' ')
            ++m_position;
    }
    // Exactly `digits` digits, or between 1 and `digits` when `exact` is false.
    std::optional<int> number(int digits, bool exact = true)
    {
        int value = 0;
        int count = 0;
        while (count < digits && !atEnd() && HttpChars::isDigit(m_text[m_position])) {
            value = value * 10 + (m_text[m_position] - '0');
            ++m_position;
            ++count;
        }
        if (count == 0 || (exact && count != digits))
            return std::nullopt;
        return value;
    }
    QByteArrayView word()
    {
        const qsizetype start = m_position;
        while (!atEnd() && ((m_text[m_position] >= 'a' && m_text[m_position] <= 'z') ||
                            (m_text[m_position] >= 'A' && m_text[m_position] <= 'Z')))
            ++m_position;
        return m_text.sliced(start, m_position - start);
    }

private:
    QByteArrayView m_text;
    qsizetype m_position = 0;
};

int monthNumber(QByteArrayView name)
{
    static constexpr const char* months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (HttpChars::equalsIgnoreCase(name, QByteArrayView(months[i], 3)))
            return i + 1;
    }
    return 0;
}

bool validDayName(QByteArrayView name)
{
    static constexpr const char* shortNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static constexpr const char* longNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
    for (const char* day : shortNames) {
        if (HttpChars::equalsIgnoreCase(name, QByteArrayView(day)))
            return true;
    }
    for (const char* day : longNames) {
        if (HttpChars::equalsIgnoreCase(name, QByteArrayView(day)))
            return true;
    }
    return false;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

std::optional<qint64> compose(int year, int month, int day, int hour, int minute, int second)
{
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute) * 60000LL + qMin(second, 59) * 1000LL;
}

bool readTime(Scanner& scanner, int& hour, int& minute, int& second)
{
    const auto h = scanner.number(2);
    if (!h || !scanner.skip(':'))
        return false;
    const auto m = scanner.number(2);
    if (!m || !scanner.skip(':'))
        return false;
    const auto s = scanner.number(2);
    if (!s)
        return false;
    hour = *h;
    minute = *m;
    second = *s;
    return true;
}

} // namespace

std::optional<qint64> HttpDate::parse(QByteArrayView text)
{
    text = HttpChars::trimmed(text);
    Scanner scanner(text);
    const QByteArrayView dayName = scanner.word();
    if (!validDayName(dayName))
        return std::nullopt;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (scanner.skip(',')) {
        scanner.skipSpaces();
        // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" or RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT".
        const auto day = scanner.number(2);
        if (!day)
            return std::nullopt;
        const bool rfc850 = scanner.skip('-');
        if (!rfc850 && !scanner.skip(' '))
            return std::nullopt;
        const int month = monthNumber(scanner.word());
        if (month == 0)
            return std::nullopt;
        if (rfc850 ? !scanner.skip('-') : !scanner.skip(' '))
            return std::nullopt;
        auto year = scanner.number(rfc850 ? 2 : 4);
        if (!year)
            return std::nullopt;
        if (rfc850) {
            // RFC 9110 5.6.7: a two-digit year more than 50 years in the future is in the past century.
            *year += *year < 70 ? 2000 : 1900;
        }
        if (!scanner.skip(' ') || !readTime(scanner, hour, minute, second) || !scanner.skip(' '))
            return std::nullopt;
        if (!HttpChars::equalsIgnoreCase(scanner.word(), "GMT"))
            return std::nullopt;
        scanner.skipSpaces();
        if (!scanner.atEnd())
            return std::nullopt;
        return compose(*year, month, *day, hour, minute, second);
    }
    // asctime: "Sun Nov  6 08:49:37 1994"
    if (!scanner.skip(' '))
        return std::nullopt;
    const int month = monthNumber(scanner.word());
    if (month == 0 || !scanner.skip(' '))
        return std::nullopt;
    scanner.skipSpaces();
    const auto day = scanner.number(2, false);
    if (!day || !scanner.skip(' ') || !readTime(scanner, hour, minute, second) || !scanner.skip(' '))
        return std::nullopt;
    const auto year = scanner.number(4);
    if (!year || !scanner.atEnd())
        return std::nullopt;
    return compose(*year, month, *day, hour, minute, second);
}

} // namespace Portico
