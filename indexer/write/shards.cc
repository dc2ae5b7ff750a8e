// Shard layouts, stub files and compaction.
#include "indexer/write/shards.h"

#include <fmt/format.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>

#include "core/database.h"

namespace annals::indexer {
namespace fs = std::filesystem;

namespace {

constexpr const char* kLexiconName = "lexicon";

std::string ShardName(size_t index) { return fmt::format("{:02}", index); }

core::Result<ShardLayout> ReadStub(const std::string& target) {
  ShardLayout layout{target, true, {}, ""};
  std::ifstream in(target);
  fs::path base = fs::path(target).parent_path();
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string path = line;
    if (line.rfind("auto ", 0) == 0 || line.rfind("glass ", 0) == 0) {
      path = line.substr(line.find(' ') + 1);
    } else if (line.rfind("remote ", 0) == 0) {
      return core::Status::Invalid(
          target + ": cannot index into a remote shard (" + line + ")");
    }
    fs::path shard = path;
    if (shard.is_relative()) shard = base / shard;
    if (shard.filename() == kLexiconName) {
      layout.lexicon = shard.string();
    } else {
      layout.shards.push_back(shard.string());
    }
  }
  if (layout.shards.empty())
    return core::Status::Invalid(target + ": stub file lists no database");
  return layout;
}

}  // namespace

core::Result<ShardLayout> ResolveShardLayout(const std::string& target,
                                             size_t requested) {
  std::error_code error;
  if (fs::is_regular_file(target, error)) {
    auto layout = ReadStub(target);
    if (layout.ok() && requested > 0 && requested != layout->shards.size()) {
      return core::Status::Invalid(
          target + ": has " + std::to_string(layout->shards.size()) +
          " shards, not " + std::to_string(requested) +
          "; index into a new database to change the count");
    }
    return layout;
  }
  if (fs::is_directory(target, error)) {
    if (requested > 1)
      return core::Status::Invalid(
          target + ": is a single database; index into a new one for shards");
    return ShardLayout{target, false, {target}, ""};
  }
  if (requested <= 1) return ShardLayout{target, false, {target}, ""};
  ShardLayout layout{target, true, {}, target + ".shards/" + kLexiconName};
  for (size_t i = 0; i < requested; ++i)
    layout.shards.push_back(target + ".shards/" + ShardName(i));
  return layout;
}

core::Status WriteStub(const ShardLayout& layout) {
  if (!layout.stub) return core::Status::Ok();
  fs::path base = fs::path(layout.target).parent_path();
  auto relative = [&](const std::string& path) {
    return fs::path(path)
        .lexically_relative(base.empty() ? fs::path(".") : base)
        .generic_string();
  };
  std::string text;
  if (!layout.lexicon.empty())
    text += "auto " + relative(layout.lexicon) + "\n";
  for (const std::string& shard : layout.shards)
    text += "auto " + relative(shard) + "\n";
  std::string temp = layout.target + ".new";
  {
    std::ofstream out(temp, std::ios::trunc);
    out << text;
    if (!out) return core::Status::IoError(temp + ": cannot write stub file");
  }
  std::error_code error;
  fs::rename(temp, layout.target, error);
  if (error)
    return core::Status::IoError(layout.target + ": " + error.message());
  return core::Status::Ok();
}

bool LayoutIsEmpty(const ShardLayout& layout) {
  for (const std::string& shard : layout.shards) {
    std::error_code error;
    if (!fs::exists(shard, error)) continue;
    Xapian::doccount count = 1;
    core::Status status = core::CatchXapian(
        shard, [&] { count = Xapian::Database(shard).get_doccount(); });
    if (!status.ok() || count > 0) return false;
  }
  return true;
}

core::Status CompactInto(const std::vector<std::string>& sources,
                         const std::string& destination) {
  return core::CatchXapian(destination + ": compact", [&] {
    Xapian::Database all;
    for (const std::string& source : sources)
      all.add_database(Xapian::Database(source));
    all.compact(destination, Xapian::DBCOMPACT_MULTIPASS);
  });
}

}  // namespace annals::indexer
