// The codec of the document data stored with every Xapian document: a
// StoredDocument (core/record.h) as JSON, and back. The query side renders
// from this.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/record.h"
#include "core/status.h"

namespace annals::core {

// Chooses the people worth decoding from their name, aliases and keys (the
// only fields set when it is called); the others are skipped.
using PersonFilter = std::function<bool(const Person&)>;

std::string ToJson(const StoredDocument& doc);

// A stored document is kept in two parts: its summary (the record without
// its body, small enough for a value slot that person, year, topic and stats
// answers stream by the thousand) and its text (body, provenance facts and
// the event-date rule, in the document data that Xapian compresses). Both
// are JSON objects of the same shape as ToJson's.
std::string SummaryJson(const StoredDocument& doc);
std::string TextJson(const StoredDocument& doc);

// Joins the two parts. An empty `summary` means `data` is a whole document
// (ToJson), as databases written before the split hold.
Result<StoredDocument> FromStored(const std::string& data,
                                  const std::string& summary);

Result<StoredDocument> FromJson(const std::string& json,
                                const PersonFilter& keep_person = nullptr);

}  // namespace annals::core
