// The web page's files (query/serve/web/), compiled into annals-query at build
// time (tools/cmake/EmbedFiles.cmake). The server serves these and nothing
// else from disk-like paths, so no request can reach the file system.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::query {

// One embedded file; `path` starts with "/" ("/app.js").
struct EmbeddedFile {
  const char* path;
  const char* data;
  size_t size;
};

// Defined in the generated web_assets_data.cc.
extern const EmbeddedFile kEmbeddedFiles[];
extern const size_t kEmbeddedFileCount;

struct WebAsset {
  std::string_view body;
  std::string_view content_type;  // with charset for text
};

// The file served at `request_path` ("/" is "/index.html"), compared
// byte for byte with the embedded paths. Returns false when there is none.
bool FindWebAsset(std::string_view request_path, WebAsset* asset);

}  // namespace annals::query
