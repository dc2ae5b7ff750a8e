// One source file -> the documents it holds, as parsed (not yet enriched),
// with the messages it deserves.
#pragma once

#include <string>
#include <vector>

#include "core/record_json.h"
#include "indexer/sources/walk.h"

namespace annals::indexer {

// A document as its parser left it, with what enrichment needs to cite it.
struct ParsedDocument {
  core::StoredDocument stored;
  // News: the 1-based file line of each body paragraph; empty for records.
  std::vector<int> body_lines;
};

struct SourceContents {
  std::vector<ParsedDocument> documents;
  std::vector<std::string> warnings;  // the document is still indexed
  std::vector<std::string> errors;    // something was not indexed
  size_t bytes = 0;
};

// Reads and parses one source file (enrich.h enriches what it holds).
// Never throws.
SourceContents ReadSource(const SourceFile& file);

// The same in two steps: the whole file (false with `error` set when it
// cannot be read), then its contents.
bool ReadFileBytes(const std::string& path, std::string* bytes,
                   std::string* error);
SourceContents ParseSource(const SourceFile& file, const std::string& bytes);

}  // namespace annals::indexer
