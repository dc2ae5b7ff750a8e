// Readers of single JSON values for the record parser: each checks one value
// against what docs/formats.md section 2 allows and says why when it does not.
#pragma once

#include <rapidjson/document.h>

#include <string>
#include <string_view>

#include "core/status.h"

namespace annals::indexer {

std::string_view View(const rapidjson::Value& string);

// "a string", "a number", "an array" ... for messages.
std::string TypeName(const rapidjson::Value& value);

// "expected <what>, got <type of value>".
core::Status Expected(const char* what, const rapidjson::Value& value);

// Scalar leaves in document order joined by spaces (strings as they are,
// numbers and booleans printed); iterative, so deep nesting is safe.
std::string Flatten(const rapidjson::Value& root);

// Each reader sets *out only when the value is valid.
core::Status ReadString(const rapidjson::Value& value, std::string* out);
core::Status ReadText(const rapidjson::Value& value, std::string* out);
core::Status ReadId(const rapidjson::Value& value, std::string* out);
core::Status ReadDay(const rapidjson::Value& value, std::string* out);
core::Status ReadCountry(const rapidjson::Value& value, std::string* out);
core::Status ReadIntAtLeast(const rapidjson::Value& value, int minimum,
                            int* out);

template <int kMinimum>
core::Status ReadInt(const rapidjson::Value& value, int* out) {
  return ReadIntAtLeast(value, kMinimum, out);
}

}  // namespace annals::indexer
