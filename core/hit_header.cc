// Encoding the hit header value.
#include "core/hit_header.h"

#include <cstdint>

namespace annals::core {
namespace {

void PutField(std::string_view field, std::string* out) {
  uint64_t length = field.size();
  while (length >= 0x80) {
    out->push_back(static_cast<char>(0x80 | (length & 0x7F)));
    length >>= 7;
  }
  out->push_back(static_cast<char>(length));
  out->append(field);
}

bool GetField(std::string_view* in, std::string* field) {
  uint64_t length = 0;
  for (int shift = 0;; shift += 7) {
    if (in->empty() || shift > 28) return false;
    auto byte = static_cast<unsigned char>(in->front());
    in->remove_prefix(1);
    length |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if (byte < 0x80) break;
  }
  if (length > in->size()) return false;
  field->assign(in->substr(0, length));
  in->remove_prefix(length);
  return true;
}

}  // namespace

HitHeader HeaderOf(const Record& record, const std::string& language,
                   const std::string& event_key) {
  HitHeader header;
  header.id = record.id;
  header.type = DocTypeName(record.type);
  header.title = record.title;
  header.event_date = record.event_date;
  header.published = record.published;
  header.source = record.source_line > 0
                      ? record.source + ":" + std::to_string(record.source_line)
                      : record.source;
  header.language = language;
  header.event_key = event_key;
  return header;
}

std::string EncodeHitHeader(const HitHeader& header) {
  std::string out;
  for (const std::string* field :
       {&header.id, &header.type, &header.title, &header.event_date,
        &header.published, &header.source, &header.language, &header.event_key})
    PutField(*field, &out);
  return out;
}

bool DecodeHitHeader(std::string_view value, HitHeader* header) {
  for (std::string* field :
       {&header->id, &header->type, &header->title, &header->event_date,
        &header->published, &header->source, &header->language,
        &header->event_key}) {
    if (!GetField(&value, field)) return false;
  }
  return value.empty();
}

}  // namespace annals::core
