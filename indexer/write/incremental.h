// Incremental indexing: every document carries the source term and stamp
// of the file it came from (core/schema.h: kPrefixSource, kSourceStamp,
// kSourcePath), so that a later run can skip unchanged sources and prune
// documents whose source is gone.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/status.h"
#include "indexer/document_builder.h"

namespace annals::indexer {

struct SourceIdentity {
  std::string path;   // absolute, lexically normal
  std::string term;   // kPrefixSource + path, hashed when too long
  std::string stamp;  // "size:mtime:hash"; "" when the file cannot be read
};

// The identity of the source at `path` whose contents are `bytes` (null
// when it could not be read: no stamp then).
SourceIdentity IdentifySource(const std::string& path,
                              const std::string* bytes);

// Adds the source term and slots to a built document.
void StampDocument(const SourceIdentity& source, BuiltDocument* built);

struct StoredSource {
  std::string path;
  std::string stamp;
};

// Every source term of the databases -> its stored path and stamp.
core::Result<std::map<std::string, StoredSource>> LoadStoredSources(
    const std::vector<std::string>& databases);

}  // namespace annals::indexer
