// The OpenSearch description served at /opensearch.xml, so that a browser
// offers Annals as a search engine: its search URL is the page's
// /?q={searchTerms}, which the page answers as its search route.
#pragma once

#include <string>
#include <string_view>

namespace annals::query {

// The server's own address as a client reached it: "https://" when a
// reverse proxy says so (X-Forwarded-Proto: https), else "http://", and the
// Host header when it is a plain host[:port] (letters, digits, '.', '-',
// ':', '[', ']'); else the address the server listens on, `fallback_host`.
std::string BaseUrl(std::string_view host_header,
                    std::string_view forwarded_proto,
                    std::string_view fallback_host);

// The description's XML for a server at `base_url` ("http://host:port").
std::string OpenSearchDescription(std::string_view base_url);

}  // namespace annals::query
