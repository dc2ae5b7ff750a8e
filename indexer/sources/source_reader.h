// One source file -> the documents it holds, with the messages it deserves.
#pragma once

#include <string>
#include <vector>

#include "core/record_json.h"
#include "indexer/sources/walk.h"
#include "indexer/term_report.h"

namespace annals::indexer {

struct SourceContents {
  std::vector<core::StoredDocument> documents;
  std::vector<std::string> warnings;  // the document is still indexed
  std::vector<std::string> errors;    // something was not indexed
  // Abbreviations the documents write with their expansion, for
  // --report-terms.
  std::vector<AbbreviationPair> abbreviations;
  size_t bytes = 0;
};

// Reads, parses and (for news) enriches one source file. Never throws.
SourceContents ReadSource(const SourceFile& file);

// The same in two steps: the whole file (false with `error` set when it
// cannot be read), then its contents.
bool ReadFileBytes(const std::string& path, std::string* bytes,
                   std::string* error);
SourceContents ParseSource(const SourceFile& file, const std::string& bytes);

}  // namespace annals::indexer
