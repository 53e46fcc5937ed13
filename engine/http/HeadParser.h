// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpLimits.h"
#include "http/MessageHead.h"
#include "http/ParseError.h"

#include <QByteArrayView>

namespace Portico {

// The incremental line machinery shared by RequestParser, ResponseParser and TrailerParser: finds
// lines with memchr, resumes where the previous call stopped (so bytes trickling in cost O(n) in
// total), enforces the size limits as soon as they are exceeded, validates field lines and derives
// the framing facts (Content-Length, Transfer-Encoding, Connection) in the same pass.
class HeadParser
{
public:
    enum class Status : quint8
    {
        NeedMore, // call again with the same bytes plus more
        Complete, // consumed = bytes of the head; what follows is body or the next message
        Error,    // error says why; close the connection after answering httpStatusFor(error)
    };

    struct Result
    {
        Status status = Status::NeedMore;
        ParseError error = ParseError::None;
        qsizetype consumed = 0;
    };

    virtual ~HeadParser() = default;
    HeadParser(const HeadParser&) = delete;
    HeadParser& operator=(const HeadParser&) = delete;

    const HttpLimits& limits() const { return m_limits; }
    // The last result; Complete and Error stay until reset().
    Result result() const { return m_result; }

protected:
    HeadParser(const HttpLimits& limits, bool hasStartLine, bool skipLeadingEmptyLines);

    // data: every byte received for this head so far, starting at its first byte.
    Result run(QByteArrayView data);
    void restart();

    virtual ParseError parseStartLine(QByteArrayView line) = 0;
    virtual ParseError addField(HttpHeader& field) = 0;
    virtual ParseError finish() = 0;
    // The caller's buffer moved: move every view the head holds.
    virtual void rebase(quintptr from, quintptr to) = 0;

    // "HTTP/1.1" and friends; sets minor to 0 or 1.
    static ParseError parseVersion(QByteArrayView version, int& minor);
    // Content-Length, Transfer-Encoding, Connection and the hop-by-hop fields, for requests and responses.
    ParseError applyFramingField(MessageHead& head, HttpHeader& field);
    // After the last field: framing, keep-alive, fields named by Connection.
    ParseError finishFraming(MessageHead& head);

private:
    enum class Stage : quint8
    {
        StartLine,
        Fields,
    };

    Result fail(ParseError error);
    Result checkPartialLine(const char* base, qsizetype size);
    ParseError transferEncodingVerdict() const;
    static void markFieldsNamedByConnection(MessageHead& head);

    HttpLimits m_limits;
    Result m_result;
    const char* m_base = nullptr;
    // The current line starts at m_lineStart; bytes before m_searchFrom hold no LF.
    qsizetype m_lineStart = 0;
    qsizetype m_searchFrom = 0;
    qsizetype m_fieldsStart = 0;
    int m_fieldCount = 0;
    Stage m_stage = Stage::StartLine;
    const bool m_hasStartLine;
    const bool m_skipLeadingEmptyLines;

    // Framing facts gathered field by field, judged in finishFraming().
    bool m_contentLengthSeen = false;
    bool m_transferEncodingSeen = false;
    bool m_transferEncodingMalformed = false;
    bool m_lastCodingChunked = false;
    bool m_otherCoding = false;
    bool m_connectionNamesFields = false;
    int m_codingCount = 0;
    int m_chunkedCount = 0;
};

} // namespace Portico
