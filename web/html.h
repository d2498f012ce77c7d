// Writing HTML safely: every piece of text that reaches a page goes through html_escape(),
// every value in a link through url_encode(). The pages carry no scripts and load nothing
// from elsewhere; the style sheet is served by the server itself.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace agendum::web {

// & < > " ' as entities: safe in element text and in quoted attribute values.
std::string html_escape(std::string_view text);

// Percent-encoding of everything but unreserved characters (RFC 3986), for query values and
// path segments.
std::string url_encode(std::string_view text);

// A query string from name/value pairs (empty values left out): "?q=pay&kind=pay_range".
std::string query_string(const std::vector<std::pair<std::string, std::string>>& parameters);

// A whole page: the title (text, escaped here), navigation and the body (HTML).
std::string html_document(std::string_view title, std::string_view body_html);

// The style sheet the pages link to (/style.css).
std::string_view style_sheet();

}  // namespace agendum::web
