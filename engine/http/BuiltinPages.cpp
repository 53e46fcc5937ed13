// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/BuiltinPages.h"

namespace Portico {

namespace {

QByteArray page(const QByteArray& title, const QByteArray& body)
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>" +
           title +
           "</title><style>"
           "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;background:#f4f6f9;color:#1d2733}"
           "main{max-width:40rem;margin:4rem auto;padding:2rem 2.5rem;background:#fff;border-radius:12px;"
           "box-shadow:0 1px 4px rgba(0,0,0,.08)}"
           "h1{margin-top:0;font-size:1.6rem}.brand{color:#2b6cb0;font-weight:600;letter-spacing:.02em}"
           "code{background:#eef2f7;padding:.1rem .35rem;border-radius:4px}small{color:#5b6776}"
           "</style></head><body><main><p class=\"brand\">Portico</p>" +
           body + "</main></body></html>\n";
}

} // namespace

QByteArray BuiltinPages::welcome()
{
    static const QByteArray html =
        page("Portico is running",
             "<h1>Portico is running</h1>"
             "<p>This is Portico's welcome page: no site is configured yet, so there is nothing to forward to.</p>"
             "<p>To put a web application behind Portico, open the Portico app, go to <b>Sites</b> and choose "
             "<b>Add site</b>. On a server without a desktop, add a site and a pool to the configuration file and "
             "check it with <code>porticod --check-config FILE</code>.</p>"
             "<p><small>Portico " PORTICO_VERSION "</small></p>");
    return html;
}

QByteArray BuiltinPages::error(int status, const QByteArray& requestId, const QByteArray& explanation)
{
    const QByteArray code = QByteArray::number(status);
    QByteArray body = "<h1>" + code + " " + reasonPhrase(status) + "</h1>";
    if (!explanation.isEmpty())
        body += "<p>" + explanation + "</p>";
    if (!requestId.isEmpty())
        body += "<p><small>Request ID: <code>" + requestId + "</code></small></p>";
    return page(code + " " + reasonPhrase(status), body);
}

QByteArray BuiltinPages::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace Portico
