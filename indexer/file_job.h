// One source file's work in a parallel run: read, parse, enrich, build its
// documents and stamp them with their source (thread-safe; no database
// access), plus the messages it deserves, in order.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "indexer/document_builder.h"
#include "indexer/sources/walk.h"
#include "indexer/term_report.h"
#include "indexer/write/incremental.h"

namespace annals::indexer {

struct FileOutcome {
  SourceIdentity source;
  std::vector<BuiltDocument> built;             // emptied once written
  std::vector<std::string> ids;                 // id terms built, in order
  std::vector<std::string> messages;            // warnings and errors, in order
  std::vector<AbbreviationPair> abbreviations;  // for --report-terms
  size_t bytes = 0;
  size_t failed = 0;
  size_t indexed = 0;      // set by whoever writes the documents
  size_t replaced = 0;     // ditto
  bool unchanged = false;  // skipped: the stored stamp is the same
  bool known = false;      // the database had this source before
};

// `stored` (may be empty) holds the sources already indexed; with
// `skip_unchanged`, a source whose stamp is the same is not read further.
FileOutcome ProcessFile(const SourceFile& file, const DocumentBuilder& builder,
                        const std::map<std::string, StoredSource>& stored,
                        bool skip_unchanged);

}  // namespace annals::indexer
