// THE registry of everything Annals stores in a Xapian database: term
// prefixes, value slots, metadata keys and the schema version. Nothing else
// in the code base invents a prefix or a slot number.
//
// Prefixes follow Omega's conventions where one exists (Q unique id, S title,
// L language) and start with X for our own.
#pragma once

#include <string_view>

namespace annals::core::schema {

// ---------------------------------------------------------------------------
// DO NOT CHANGE: stored on disk. Changing any of these needs a new
// kSchemaVersion and a re-index.
// ---------------------------------------------------------------------------

// 2: person keys fold romanisation variants, read Palladius Cyrillic as
// pinyin and romanise Thai (core/person_name.h); a person is filed under one
// identity key (core::PersonIndexKeys).
inline constexpr int kSchemaVersion = 2;
inline constexpr std::string_view kMetaSchemaVersion = "annals.schema";
// "1" in databases created since every document carries its person identity
// and person-month terms (kPrefixPersonIdentity, kPrefixPersonMonth); older
// ones are read the slow way.
inline constexpr std::string_view kMetaPersonTerms = "annals.person_terms";
// "1" in databases created since every document carries its concept terms
// (kPrefixConcept); queries on older ones match each synonym as a phrase.
inline constexpr std::string_view kMetaConceptTerms = "annals.concept_terms";
// "1" in databases that list non-ASCII names as written with their keys
// (kPrefixPersonName); queries on older ones transliterate the name.
inline constexpr std::string_view kMetaNameTerms = "annals.name_terms";
// Followed by a glossary key (Han/Thai words glued, "超声内镜"): its words
// with spaces ("超声 内镜"), so that a query splits a synonym without
// loading the dictionary segmenter. Keys without an entry are analysed.
inline constexpr std::string_view kMetaKeyWordsPrefix = "annals.key_words:";

// Term prefixes. Unprefixed terms are the analysed words of the whole text
// (title, body and searchable record fields), one form per word (stemmed where
// the script has a stemmer), with positions.
inline constexpr std::string_view kPrefixId = "Q";     // unique id
inline constexpr std::string_view kPrefixTitle = "S";  // title words, positions
inline constexpr std::string_view kPrefixLanguage = "L";  // "Len", "Lzh"
inline constexpr std::string_view kPrefixType = "XT";  // "XTnews", "XTcourse"
inline constexpr std::string_view kPrefixBigram =
    "XB";  // Han/Thai character bigrams (recall fallback)
inline constexpr std::string_view kPrefixPerson =
    "XP";  // person key: "XPli xun"
inline constexpr std::string_view kPrefixPersonIdentity =
    "XI";  // person key, tab, Han spelling: "XIma lin\t马琳"
inline constexpr std::string_view kPrefixPersonMonth =
    "XM";  // person key, tab, event month "YYYYMM" ("" undated): "XMli
           // xun\t201906"
inline constexpr std::string_view kPrefixPersonName =
    "XN";  // a non-ASCII name as written (normalised), tab, its key:
           // "XN李汛\tli xun" (see core/person_terms.h)
inline constexpr std::string_view kPrefixCountry =
    "XC";  // ISO alpha-2, upper case: "XCTH"
inline constexpr std::string_view kPrefixTopic =
    "XO";  // normalised topic: "XOercp"
inline constexpr std::string_view kPrefixConcept =
    "XG";  // glossary concept named in the text, wdf = mentions: "XGesd"
inline constexpr std::string_view kPrefixYear = "XY";  // event year: "XY2018"
inline constexpr std::string_view kPrefixRole =
    "XR";  // a role anybody had: "XRspeaker"
inline constexpr std::string_view kPrefixSeries =
    "XS";  // normalised series key
inline constexpr std::string_view kPrefixEvent =
    "XE";  // event key shared by documents of one event
inline constexpr std::string_view kPrefixSource =
    "XF";  // source path (for pruning), hashed if long

// Value slots. DO NOT RENUMBER.
enum class Slot : unsigned {
  kEventDate =
      0,  // "YYYYMMDD" (month/day 00 when unknown); string order = time order
  kPublished = 1,  // "YYYYMMDD", publication date (news) or start (records)
  kViews = 2,      // Xapian::sortable_serialise(view count)
  kType = 3,       // "news" | "course"
  kYear = 4,       // "YYYY" of the event date (facets)
  kCountries = 5,  // ISO codes of countries mentioned, joined by '\t' (facets)
  kRoles = 6,  // roles held by anybody in the document, joined by '\t' (facets)
  kEventKey = 7,  // event key, for collapsing hits on the event
  kLanguage = 8,  // primary language tag
  kSourceStamp =
      9,  // "size:mtime:hash" of the source file (incremental indexing)
  kSourcePath = 10,  // absolute path of the source file (for --prune)
  kSummary = 11,     // the stored record without its body (JSON, see
                     // core/record_json.h); the document data holds the text
  kFacets = 12,      // kYear, kType, kCountries and kRoles joined by
                     // kFacetSeparator: facet counts read one value a match
};

inline constexpr char kFacetSeparator = '\x1f';

constexpr unsigned SlotNumber(Slot slot) { return static_cast<unsigned>(slot); }

// Xapian silently refuses terms longer than this many bytes; builders cut or
// hash before adding.
inline constexpr size_t kMaxTermBytes = 245;

}  // namespace annals::core::schema
