// The fields a search hit shows, in a value slot of their own
// (schema::Slot::kHitHeader): a hit reads this ~150-byte value instead of
// reading and parsing the whole summary (~2.4 KB of JSON with every person
// at 100,000 documents), which was a tenth of a search.
#pragma once

#include <string>
#include <string_view>

#include "core/record.h"

namespace annals::core {

struct HitHeader {
  std::string id;
  std::string type;  // DocTypeName
  std::string title;
  std::string event_date;
  std::string published;
  std::string source;  // with ":line" for a record of a JSONL/JSON array
  std::string language;
  std::string event_key;
};

HitHeader HeaderOf(const Record& record, const std::string& language,
                   const std::string& event_key);

// Each field as its byte length (a varint) and its bytes, in the order of
// the struct.
std::string EncodeHitHeader(const HitHeader& header);

// False for a value that is not one EncodeHitHeader wrote (an empty one, in
// databases written before the slot).
bool DecodeHitHeader(std::string_view value, HitHeader* header);

}  // namespace annals::core
