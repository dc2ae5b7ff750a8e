// Reading one course record's fields from its JSON object, by a table of
// rules per object kind (record, person, trainee entry, location).
#pragma once

#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "core/record.h"
#include "core/status.h"

namespace annals::indexer {

// Fills *record (whose source and source_line are set) from one JSON value;
// an error means the record cannot be indexed. A problem with an optional
// field, "field "PATH": cause; kept as text only", goes to *problems, and the
// field's text to record->extra, so that nothing written is lost.
core::Status ReadRecordFields(const rapidjson::Value& value,
                              core::Record* record,
                              std::vector<std::string>* problems);

}  // namespace annals::indexer
