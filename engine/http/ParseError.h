// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Portico {

// Why a message head or a chunked body was rejected. httpStatusFor() gives the status to answer a
// client with; every error ends the connection (the framing can no longer be trusted). For an
// upstream response any error means 502 Bad Gateway instead.
enum class ParseError : quint8
{
    None,
    // Start line
    InvalidRequestLine,
    InvalidMethod,
    InvalidTarget,
    TargetFormNotAllowed, // "*" other than with OPTIONS, authority-form other than with CONNECT
    InvalidVersion,
    UnsupportedVersion, // a well-formed HTTP version other than 1.x
    StartLineTooLong,
    InvalidStatusLine,
    // Field section
    BareLf,
    ObsFold, // a line starting with SP or HTAB
    WhitespaceBeforeColon,
    InvalidFieldName,
    InvalidFieldValue, // CR, NUL or another control character in a value
    HeaderSectionTooLarge,
    TooManyHeaderFields,
    MissingHost,
    DuplicateHost,
    InvalidHost,
    InvalidContentLength,
    DuplicateContentLength,
    ContentLengthWithTransferEncoding,
    InvalidTransferEncoding,   // anything but a single, final "chunked"
    UnsupportedTransferCoding, // e.g. "gzip, chunked": well-formed, but only chunked is implemented
    TransferEncodingInHttp10,
    UnsupportedExpectation,
    // Chunked body
    InvalidChunkSize,
    ChunkSizeOverflow,
    InvalidChunkExtension,
    ChunkExtensionTooLong,
    MissingChunkDataCrlf,
};

constexpr int httpStatusFor(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return 200;
    case ParseError::UnsupportedVersion:
        return 505;
    case ParseError::StartLineTooLong:
        return 414;
    case ParseError::HeaderSectionTooLarge:
    case ParseError::TooManyHeaderFields:
        return 431;
    case ParseError::UnsupportedTransferCoding:
        return 501;
    case ParseError::UnsupportedExpectation:
        return 417;
    case ParseError::InvalidStatusLine:
        return 502;
    default:
        return 400;
    }
}

// Stable names for logs and test output.
constexpr const char* parseErrorName(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return "None";
    case ParseError::InvalidRequestLine:
        return "InvalidRequestLine";
    case ParseError::InvalidMethod:
        return "InvalidMethod";
    case ParseError::InvalidTarget:
        return "InvalidTarget";
    case ParseError::TargetFormNotAllowed:
        return "TargetFormNotAllowed";
    case ParseError::InvalidVersion:
        return "InvalidVersion";
    case ParseError::UnsupportedVersion:
        return "UnsupportedVersion";
    case ParseError::StartLineTooLong:
        return "StartLineTooLong";
    case ParseError::InvalidStatusLine:
        return "InvalidStatusLine";
    case ParseError::BareLf:
        return "BareLf";
    case ParseError::ObsFold:
        return "ObsFold";
    case ParseError::WhitespaceBeforeColon:
        return "WhitespaceBeforeColon";
    case ParseError::InvalidFieldName:
        return "InvalidFieldName";
    case ParseError::InvalidFieldValue:
        return "InvalidFieldValue";
    case ParseError::HeaderSectionTooLarge:
        return "HeaderSectionTooLarge";
    case ParseError::TooManyHeaderFields:
        return "TooManyHeaderFields";
    case ParseError::MissingHost:
        return "MissingHost";
    case ParseError::DuplicateHost:
        return "DuplicateHost";
    case ParseError::InvalidHost:
        return "InvalidHost";
    case ParseError::InvalidContentLength:
        return "InvalidContentLength";
    case ParseError::DuplicateContentLength:
        return "DuplicateContentLength";
    case ParseError::ContentLengthWithTransferEncoding:
        return "ContentLengthWithTransferEncoding";
    case ParseError::InvalidTransferEncoding:
        return "InvalidTransferEncoding";
    case ParseError::UnsupportedTransferCoding:
        return "UnsupportedTransferCoding";
    case ParseError::TransferEncodingInHttp10:
        return "TransferEncodingInHttp10";
    case ParseError::UnsupportedExpectation:
        return "UnsupportedExpectation";
    case ParseError::InvalidChunkSize:
        return "InvalidChunkSize";
    case ParseError::ChunkSizeOverflow:
        return "ChunkSizeOverflow";
    case ParseError::InvalidChunkExtension:
        return "InvalidChunkExtension";
    case ParseError::ChunkExtensionTooLong:
        return "ChunkExtensionTooLong";
    case ParseError::MissingChunkDataCrlf:
        return "MissingChunkDataCrlf";
    }
    return "Unknown";
}

} // namespace Portico
