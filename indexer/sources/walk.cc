// Finding source files under the paths given on the command line.
#include "indexer/sources/walk.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace annals::indexer {
namespace {

namespace fs = std::filesystem;

bool KindOf(const fs::path& path, SourceKind* kind) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  if (ext == ".txt")
    *kind = SourceKind::kNews;
  else if (ext == ".json")
    *kind = SourceKind::kJson;
  else if (ext == ".jsonl")
    *kind = SourceKind::kJsonl;
  else
    return false;
  return true;
}

void AddFile(const fs::path& file, const fs::path& root, WalkResult* result) {
  SourceKind kind;
  if (!KindOf(file, &kind)) {
    result->skipped.push_back(file.string() +
                              ": skipped (not a .txt, .json or .jsonl file)");
    return;
  }
  fs::path relative = file.lexically_relative(root);
  if (relative.empty() || relative.native().starts_with(".."))
    relative = file.filename();
  relative.replace_extension();
  result->files.push_back({file.string(), relative.generic_string(), kind});
}

void WalkFolder(const fs::path& folder, WalkResult* result) {
  std::error_code error;
  fs::recursive_directory_iterator it(
      folder, fs::directory_options::skip_permission_denied, error);
  if (error) {
    result->errors.push_back(folder.string() +
                             ": cannot read folder: " + error.message());
    return;
  }
  std::vector<fs::path> files;
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      result->errors.push_back(it->path().string() + ": " + error.message());
      error.clear();
      continue;
    }
    std::error_code status_error;
    if (it->is_regular_file(status_error)) {
      files.push_back(it->path());
    } else if (it->is_symlink(status_error) &&
               !fs::exists(it->path(), status_error)) {
      result->errors.push_back(it->path().string() +
                               ": cannot read: broken symbolic link");
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) AddFile(file, folder, result);
}

}  // namespace

WalkResult WalkSources(const std::vector<std::string>& paths) {
  WalkResult result;
  for (const std::string& given : paths) {
    fs::path path(given);
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      result.errors.push_back(given + ": no such file or folder");
    } else if (fs::is_directory(status)) {
      WalkFolder(path, &result);
    } else if (fs::is_regular_file(status)) {
      AddFile(path, path.parent_path(), &result);
    } else {
      result.skipped.push_back(given + ": skipped (not a regular file)");
    }
  }
  return result;
}

}  // namespace annals::indexer
