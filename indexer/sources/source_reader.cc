// Reading and parsing one source file.
#include "indexer/sources/source_reader.h"

#include <fstream>
#include <sstream>

#include "core/text_analyzer.h"
#include "indexer/sources/news_parser.h"
#include "indexer/sources/record_parser.h"

namespace annals::indexer {
namespace {

// Every document is stored with a language, so that every answer can show
// it: the record's own when given, else the one its script says.
void DetectLanguageIfUnset(core::Record* record) {
  if (!record->language.empty()) return;
  record->language =
      core::TextAnalyzer::DetectLanguage(record->title + "\n" + record->body);
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
  ParsedDocument doc;
  doc.stored.record = std::move(parsed->record);
  doc.body_lines = std::move(parsed->body_lines);
  DetectLanguageIfUnset(&doc.stored.record);
  out->documents.push_back(std::move(doc));
}

void ReadRecords(const SourceFile& file, const std::string& bytes,
                 SourceContents* out) {
  ParsedRecords parsed = file.kind == SourceKind::kJsonl
                             ? ParseRecordsJsonl(bytes, file.path)
                             : ParseRecordsJson(bytes, file.path);
  out->errors.insert(out->errors.end(), parsed.errors.begin(),
                     parsed.errors.end());
  out->warnings.insert(out->warnings.end(), parsed.warnings.begin(),
                       parsed.warnings.end());
  for (core::Record& record : parsed.records) {
    ParsedDocument doc;
    doc.stored.record = std::move(record);
    DetectLanguageIfUnset(&doc.stored.record);
    out->documents.push_back(std::move(doc));
  }
}

}  // namespace

bool ReadFileBytes(const std::string& path, std::string* bytes,
                   std::string* error) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) {
    *error = path + ": cannot open file";
    return false;
  }
  std::streamoff size = in.tellg();
  if (size >= 0) {
    bytes->resize(static_cast<size_t>(size));
    in.seekg(0);
    in.read(bytes->data(), size);
    bytes->resize(static_cast<size_t>(in.gcount()));
  } else {  // not seekable: read it as a stream
    in.clear();
    std::ostringstream buffer;
    buffer << in.rdbuf();
    *bytes = std::move(buffer).str();
  }
  if (in.bad()) {
    *error = path + ": read error";
    return false;
  }
  return true;
}

SourceContents ParseSource(const SourceFile& file, const std::string& bytes) {
  SourceContents out;
  out.bytes = bytes.size();
  if (file.kind == SourceKind::kNews) {
    ReadNews(file, bytes, &out);
  } else {
    ReadRecords(file, bytes, &out);
  }
  return out;
}

SourceContents ReadSource(const SourceFile& file) {
  std::string bytes;
  std::string error;
  if (!ReadFileBytes(file.path, &bytes, &error)) {
    SourceContents out;
    out.errors.push_back(error);
    return out;
  }
  return ParseSource(file, bytes);
}

}  // namespace annals::indexer
