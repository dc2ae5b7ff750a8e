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

// What a file job does beyond reading and building.
struct FileJobOptions {
  // A source whose stamp is the same as stored is not read further.
  bool skip_unchanged = false;
  // List the abbreviations written with their expansion (--report-terms);
  // a scan of every text, so only when asked.
  bool find_abbreviations = false;
};

// `stored` (may be empty) holds the sources already indexed.
FileOutcome ProcessFile(const SourceFile& file, const DocumentBuilder& builder,
                        const std::map<std::string, StoredSource>& stored,
                        const FileJobOptions& options);

}  // namespace annals::indexer
