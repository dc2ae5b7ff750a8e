// Reading and parsing one source file.
#include "indexer/source_reader.h"

#include <fstream>
#include <sstream>

#include "indexer/enrich.h"
#include "indexer/news_parser.h"
#include "indexer/record_parser.h"

namespace annals::indexer {
namespace {

bool ReadFile(const std::string& path, std::string* bytes, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open file";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    *error = path + ": read error";
    return false;
  }
  *bytes = std::move(buffer).str();
  return true;
}

void ReadNews(const SourceFile& file, const std::string& bytes,
              SourceContents* out) {
  auto parsed = ParseNews(bytes, file.path, file.id);
  if (!parsed.ok()) {
    out->errors.push_back(parsed.status().message());
    return;
  }
  out->warnings.insert(out->warnings.end(), parsed->warnings.begin(),
                       parsed->warnings.end());
  core::StoredDocument doc;
  doc.record = std::move(parsed->record);
  EnrichNews(parsed->body_lines, &doc);
  out->documents.push_back(std::move(doc));
}

void ReadRecords(const SourceFile& file, const std::string& bytes,
                 SourceContents* out) {
  ParsedRecords parsed = file.kind == SourceKind::kJsonl
                             ? ParseRecordsJsonl(bytes, file.path)
                             : ParseRecordsJson(bytes, file.path);
  out->errors.insert(out->errors.end(), parsed.errors.begin(),
                     parsed.errors.end());
  for (core::Record& record : parsed.records) {
    core::StoredDocument doc;
    doc.record = std::move(record);
    doc.event_date_rule = "course record start date";
    out->documents.push_back(std::move(doc));
  }
}

}  // namespace

SourceContents ReadSource(const SourceFile& file) {
  SourceContents out;
  std::string bytes;
  std::string error;
  if (!ReadFile(file.path, &bytes, &error)) {
    out.errors.push_back(error);
    return out;
  }
  out.bytes = bytes.size();
  if (file.kind == SourceKind::kNews) {
    ReadNews(file, bytes, &out);
  } else {
    ReadRecords(file, bytes, &out);
  }
  return out;
}

}  // namespace annals::indexer
