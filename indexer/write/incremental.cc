// Source stamps: size, modification time and a content hash.
#include "indexer/write/incremental.h"

#include <fmt/format.h>
#include <xapian.h>

#include <filesystem>

#include "core/database.h"
#include "core/schema.h"

namespace annals::indexer {
namespace fs = std::filesystem;
namespace schema = core::schema;

namespace {

// FNV-1a over 8-byte words: fast, stable, good enough to notice an edit.
uint64_t HashBytes(const std::string& bytes) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word = 0;
    for (int k = 0; k < 8; ++k)
      word |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[i + k]))
              << (8 * k);
    hash = (hash ^ word) * 0x100000001b3ULL;
    hash ^= hash >> 29;
  }
  for (; i < bytes.size(); ++i)
    hash = (hash ^ static_cast<unsigned char>(bytes[i])) * 0x100000001b3ULL;
  return hash;
}

}  // namespace

SourceIdentity IdentifySource(const std::string& path,
                              const std::string* bytes) {
  SourceIdentity source;
  std::error_code error;
  fs::path absolute = fs::absolute(path, error).lexically_normal();
  source.path = error ? path : absolute.string();
  std::string term = std::string(schema::kPrefixSource) + source.path;
  if (term.size() > schema::kMaxTermBytes) {
    term = fmt::format("{}#{:016x}", schema::kPrefixSource,
                       HashBytes(source.path));
  }
  source.term = term;
  if (bytes == nullptr) return source;
  auto mtime = fs::last_write_time(path, error);
  if (error) return source;
  source.stamp =
      fmt::format("{}:{}:{:016x}", bytes->size(),
                  mtime.time_since_epoch().count(), HashBytes(*bytes));
  return source;
}

void StampDocument(const SourceIdentity& source, BuiltDocument* built) {
  built->document.add_boolean_term(source.term);
  built->document.add_value(schema::SlotNumber(schema::Slot::kSourceStamp),
                            source.stamp);
  built->document.add_value(schema::SlotNumber(schema::Slot::kSourcePath),
                            source.path);
}

core::Result<std::map<std::string, StoredSource>> LoadStoredSources(
    const std::vector<std::string>& databases) {
  std::map<std::string, StoredSource> stored;
  const std::string prefix(schema::kPrefixSource);
  for (const std::string& path : databases) {
    std::error_code error;
    if (!fs::exists(path, error)) continue;
    core::Status status = core::CatchXapian(path, [&] {
      Xapian::Database db(path);
      for (auto term = db.allterms_begin(prefix);
           term != db.allterms_end(prefix); ++term) {
        auto posting = db.postlist_begin(*term);
        if (posting == db.postlist_end(*term)) continue;
        Xapian::Document doc = db.get_document(*posting);
        stored[*term] = {
            doc.get_value(schema::SlotNumber(schema::Slot::kSourcePath)),
            doc.get_value(schema::SlotNumber(schema::Slot::kSourceStamp))};
      }
    });
    if (!status.ok()) return status;
  }
  return stored;
}

}  // namespace annals::indexer
