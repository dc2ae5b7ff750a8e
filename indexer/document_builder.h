// Turns an analysed Record into a Xapian::Document: terms with positions,
// entity terms, value slots and the stored JSON data (core/schema.h names
// every prefix and slot used here).
#pragma once

#include <xapian.h>

#include <set>
#include <string>

#include "core/dates.h"
#include "core/record_json.h"
#include "core/text_analyzer.h"

namespace annals::indexer {

struct BuiltDocument {
  Xapian::Document document;
  std::string id_term;                   // "Q<id>", for replace_document
  std::set<std::string> spelling_words;  // words to add to the spelling table
};

class DocumentBuilder {
 public:
  explicit DocumentBuilder(const core::TextAnalyzer& analyzer)
      : analyzer_(analyzer) {}

  // REQUIRES: doc.record.id is not empty.
  BuiltDocument Build(const core::StoredDocument& doc) const;

 private:
  // Adds the analysed words of `text` (unprefixed, and with `prefix` too
  // when not empty) from *position on; Han/Thai runs also add bigrams.
  // Returns the words.
  std::vector<core::Token> IndexText(const std::string& text,
                                     const std::string& language,
                                     const std::string& prefix,
                                     Xapian::termpos* position,
                                     BuiltDocument* built) const;
  void IndexEntities(const core::StoredDocument& doc,
                     BuiltDocument* built) const;
  void SetValues(const core::StoredDocument& doc, BuiltDocument* built) const;

  const core::TextAnalyzer& analyzer_;
};

// A term cut to Xapian's limit (bytes beyond it are dropped on a UTF-8
// boundary).
std::string CapTerm(std::string term);

// The key shared by the documents of one event, in any language: the
// edition and the month it started ("ed42@201805"); "" when either is
// unknown. Documents without one are never merged.
std::string EventKey(int edition, const core::PartialDate& date);

// "zh" for "zh-Hans-CN": the lower-case primary subtag of a BCP-47 tag.
std::string PrimaryLanguage(const std::string& tag);

}  // namespace annals::indexer
