// WebServer on cpp-httplib: every GET goes through one handler that sends
// /api/... to HandleApi and anything else to the embedded files, by exact
// path, so no request reaches the file system.
#include "query/serve/web_server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/database.h"
#include "query/search/facet_table.h"
#include "query/serve/opensearch.h"
#include "query/serve/web_api.h"
#include "query/serve/web_assets.h"

namespace annals::query {
namespace {

constexpr const char* kJsonType = "application/json; charset=utf-8";

// Only our own files, no framing, no inline script.
constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'";

std::string ErrorMessage(int status) {
  switch (status) {
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 413:
      return "payload too large";
    case 414:
      return "request URI too long";
    default:
      return status < 500 ? "bad request" : "internal error";
  }
}

// What one API request reads with. A Xapian::Database is not shared between
// threads, so each request borrows a set of its own.
struct ReadHandles {
  Xapian::Database db;
  Xapian::Database counting_partner;  // see SearchAids
  FacetTable facet_table;
};

core::Result<std::unique_ptr<ReadHandles>> OpenHandles(
    const std::string& path) {
  auto db = core::OpenForReading(path);
  if (!db.ok()) return db.status();
  auto partner = core::OpenForReading(path);
  if (!partner.ok()) return partner.status();
  auto handles = std::make_unique<ReadHandles>();
  handles->db = std::move(*db);
  handles->counting_partner = std::move(*partner);
  return handles;
}

// Sets of handles for the server's worker threads: as many API requests
// are answered at once as there are sets, opened on demand up to one per
// core, at least two and at most eight (a facet search already uses two
// cores; more sets would only queue in the processor). Other requests wait
// for a set.
class HandlePool {
 public:
  HandlePool(std::string path, size_t most)
      : path_(std::move(path)), most_(most) {}

  // Opens the first set, so that Start() reports a missing database.
  core::Status Open() {
    auto first = OpenHandles(path_);
    if (!first.ok()) return first.status();
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(*first));
    opened_ = 1;
    return core::Status::Ok();
  }

  // A set for the caller alone until Return; null when a new one cannot be
  // opened (the error in *status).
  std::unique_ptr<ReadHandles> Borrow(core::Status* status) {
    std::unique_lock<std::mutex> lock(mutex_);
    freed_.wait(lock, [&] { return !idle_.empty() || opened_ < most_; });
    if (!idle_.empty()) {
      auto handles = std::move(idle_.back());
      idle_.pop_back();
      return handles;
    }
    ++opened_;
    lock.unlock();
    auto handles = OpenHandles(path_);
    if (handles.ok()) return std::move(*handles);
    *status = handles.status();
    lock.lock();
    --opened_;
    freed_.notify_one();
    return nullptr;
  }

  void Return(std::unique_ptr<ReadHandles> handles) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      idle_.push_back(std::move(handles));
    }
    freed_.notify_one();
  }

 private:
  const std::string path_;
  const size_t most_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<ReadHandles>> idle_;
  size_t opened_ = 0;  // idle or borrowed
};

// A borrowed set, returned to its pool however the request ends.
class HandleLease {
 public:
  HandleLease(HandlePool& pool, core::Status* status)
      : pool_(pool), handles_(pool.Borrow(status)) {}
  ~HandleLease() {
    if (handles_) pool_.Return(std::move(handles_));
  }
  HandleLease(const HandleLease&) = delete;
  HandleLease& operator=(const HandleLease&) = delete;
  ReadHandles* get() const { return handles_.get(); }

 private:
  HandlePool& pool_;
  std::unique_ptr<ReadHandles> handles_;
};

}  // namespace

struct WebServer::Impl {
  ServeOptions options;
  httplib::Server http;
  std::unique_ptr<HandlePool> handles;
  int port = 0;
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> finished{false};

  void Answer(const httplib::Request& request, httplib::Response& response);
  ApiResponse Api(const httplib::Request& request);
};

ApiResponse WebServer::Impl::Api(const httplib::Request& request) {
  core::Status opened;
  HandleLease lease(*handles, &opened);
  ReadHandles* read = lease.get();
  if (read == nullptr) return {503, ErrorJson(opened.message())};
  core::Status reopened =
      core::CatchXapian("reopen", [&] { read->db.reopen(); });
  if (!reopened.ok()) return {503, ErrorJson(reopened.message())};
  try {
    return HandleApi(read->db, request.path, request.params,
                     {&read->counting_partner, &read->facet_table});
  } catch (const Xapian::Error& e) {
    return {500, ErrorJson("database: " + e.get_description())};
  }
}

void WebServer::Impl::Answer(const httplib::Request& request,
                             httplib::Response& response) {
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "no-referrer");
  if (request.path.starts_with("/api/")) {
    ApiResponse answer = Api(request);
    response.status = answer.status;
    response.set_header("Cache-Control", "no-store");
    response.set_content(answer.body, kJsonType);
    return;
  }
  if (request.path == "/opensearch.xml") {
    std::string listening = options.host + ":" + std::to_string(port);
    response.set_header("Cache-Control", "no-cache");
    response.set_content(
        OpenSearchDescription(
            BaseUrl(request.get_header_value("Host"),
                    request.get_header_value("X-Forwarded-Proto"), listening)),
        "application/opensearchdescription+xml; charset=utf-8");
    return;
  }
  WebAsset asset;
  if (!FindWebAsset(request.path, &asset)) {
    response.status = 404;
    response.set_content(ErrorJson("not found"), kJsonType);
    return;
  }
  response.set_header("Content-Security-Policy", kPagePolicy);
  response.set_header("Cache-Control", "no-cache");
  response.set_content(std::string(asset.body),
                       std::string(asset.content_type));
}

WebServer::WebServer(ServeOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
}

WebServer::~WebServer() = default;

core::Status WebServer::Start() {
  // Each set holds a dozen open files; eight sets keep a large machine
  // far from the usual limit of 1024.
  constexpr unsigned kMostSets = 8;
  impl_->handles = std::make_unique<HandlePool>(
      impl_->options.db_path,
      std::clamp(std::thread::hardware_concurrency(), 2u, kMostSets));
  ANNALS_RETURN_IF_ERROR(impl_->handles->Open());
  Impl* impl = impl_.get();
  impl->http.set_read_timeout(5, 0);
  impl->http.set_write_timeout(5, 0);
  impl->http.set_payload_max_length(64 * 1024);
  // Every GET and HEAD is answered here; other methods fall through to
  // httplib's routing, which has no routes, and so to the error handler.
  impl->http.set_pre_routing_handler(
      [impl](const httplib::Request& request, httplib::Response& response) {
        if (request.method != "GET" && request.method != "HEAD") {
          return httplib::Server::HandlerResponse::Unhandled;
        }
        impl->Answer(request, response);
        return httplib::Server::HandlerResponse::Handled;
      });
  impl->http.set_error_handler([](const httplib::Request&,
                                  httplib::Response& response) {
    if (!response.body.empty()) return;
    response.set_content(ErrorJson(ErrorMessage(response.status)), kJsonType);
  });
  impl->http.set_exception_handler([](const httplib::Request&,
                                      httplib::Response& response,
                                      std::exception_ptr) {
    response.status = 500;
    response.set_content(ErrorJson("internal error"), kJsonType);
  });
  const ServeOptions& options = impl->options;
  if (options.port == 0) {
    impl->port = impl->http.bind_to_any_port(options.host);
  } else if (impl->http.bind_to_port(options.host, options.port)) {
    impl->port = options.port;
  } else {
    impl->port = -1;
  }
  if (impl->port <= 0) {
    return core::Status::IoError(options.host + ":" +
                                 std::to_string(options.port) +
                                 ": cannot listen (address in use?)");
  }
  return core::Status::Ok();
}

int WebServer::port() const { return impl_->port; }

void WebServer::Run() {
  if (!impl_->stop_requested) impl_->http.listen_after_bind();
  impl_->finished = true;
}

void WebServer::Stop() {
  impl_->stop_requested = true;
  if (impl_->port <= 0) return;
  // stop() does nothing until the server runs: wait for it or for the end.
  while (!impl_->finished && !impl_->http.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  impl_->http.stop();
}

}  // namespace annals::query
