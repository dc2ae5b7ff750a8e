// Command-line paths -> the sorted list of source files to index.
#pragma once

#include <string>
#include <vector>

namespace annals::indexer {

enum class SourceKind { kNews, kJson, kJsonl };

struct SourceFile {
  std::string path;  // as it will be printed and stored
  std::string id;    // news: path relative to the given folder, no extension
  SourceKind kind = SourceKind::kNews;
};

struct WalkResult {
  std::vector<SourceFile> files;
  std::vector<std::string> skipped;  // "PATH: not a .txt, .json or .jsonl file"
  std::vector<std::string> errors;   // unreadable or missing paths
};

// Walks files and folders (recursively, symlinks to files followed), in
// sorted order so runs are reproducible.
WalkResult WalkSources(const std::vector<std::string>& paths);

}  // namespace annals::indexer
