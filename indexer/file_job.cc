// A source file -> its stamped documents.
#include "indexer/file_job.h"

#include "indexer/enrich.h"
#include "indexer/sources/source_reader.h"

namespace annals::indexer {

FileOutcome ProcessFile(const SourceFile& file, const DocumentBuilder& builder,
                        const std::map<std::string, StoredSource>& stored,
                        const FileJobOptions& options) {
  FileOutcome out;
  // Read once: hashed for the stamp, then parsed.
  std::string bytes, read_error;
  bool readable = ReadFileBytes(file.path, &bytes, &read_error);
  out.source = IdentifySource(file.path, readable ? &bytes : nullptr);
  auto known = stored.find(out.source.term);
  out.known = known != stored.end();
  if (options.skip_unchanged && out.known && !out.source.stamp.empty() &&
      known->second.stamp == out.source.stamp) {
    out.unchanged = true;
    return out;
  }
  SourceContents contents;
  if (readable) {
    contents = ParseSource(file, bytes);
  } else {
    contents.errors.push_back(read_error);
  }
  out.bytes = contents.bytes;
  for (const std::string& warning : contents.warnings)
    out.messages.push_back("warning: " + warning);
  out.messages.insert(out.messages.end(), contents.errors.begin(),
                      contents.errors.end());
  out.failed = contents.errors.size();
  for (ParsedDocument& doc : contents.documents) {
    if (options.find_abbreviations) {
      const core::Record& record = doc.stored.record;
      for (const std::string* text : {&record.title, &record.body}) {
        std::vector<AbbreviationPair> found = FindAbbreviations(*text);
        out.abbreviations.insert(out.abbreviations.end(), found.begin(),
                                 found.end());
      }
    }
    Enrich(&doc);
    BuiltDocument built = builder.Build(doc.stored);
    StampDocument(out.source, &built);
    out.ids.push_back(built.id_term);
    out.built.push_back(std::move(built));
  }
  return out;
}

}  // namespace annals::indexer
