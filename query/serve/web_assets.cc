// Looking up the embedded web files by request path.
#include "query/serve/web_assets.h"

namespace annals::query {
namespace {

std::string_view ContentType(std::string_view path) {
  if (path.ends_with(".html")) return "text/html; charset=utf-8";
  if (path.ends_with(".css")) return "text/css; charset=utf-8";
  if (path.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (path.ends_with(".svg")) return "image/svg+xml";
  if (path.ends_with(".png")) return "image/png";
  return "application/octet-stream";
}

}  // namespace

bool FindWebAsset(std::string_view request_path, WebAsset* asset) {
  if (request_path == "/") request_path = "/index.html";
  for (size_t i = 0; i < kEmbeddedFileCount; ++i) {
    const EmbeddedFile& file = kEmbeddedFiles[i];
    if (request_path != file.path) continue;
    asset->body = std::string_view(file.data, file.size);
    asset->content_type = ContentType(request_path);
    return true;
  }
  return false;
}

}  // namespace annals::query
