// The OpenSearch description, see query/serve/opensearch.h.
#include "query/serve/opensearch.h"

#include <algorithm>

namespace annals::query {
namespace {

bool IsPlainHost(std::string_view host) {
  return !host.empty() && host.size() <= 255 &&
         std::all_of(host.begin(), host.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':' ||
                  c == '[' || c == ']';
         });
}

}  // namespace

std::string BaseUrl(std::string_view host_header,
                    std::string_view forwarded_proto,
                    std::string_view fallback_host) {
  std::string scheme = forwarded_proto == "https" ? "https://" : "http://";
  return scheme +
         std::string(IsPlainHost(host_header) ? host_header : fallback_host);
}

std::string OpenSearchDescription(std::string_view base_url) {
  // base_url holds only the characters IsPlainHost lets through, none of
  // which needs escaping in XML.
  std::string base(base_url);
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Annals</ShortName>
  <Description>Search the Annals archive of medical training records</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template=")" +
         base + R"(/?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template=")" +
         base + R"(/opensearch.xml"/>
</OpenSearchDescription>
)";
}

}  // namespace annals::query
