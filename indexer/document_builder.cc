// Record -> Xapian::Document.
#include "indexer/document_builder.h"

#include <iterator>
#include <map>

#include "core/countries.h"
#include "core/dates.h"
#include "core/glossary.h"
#include "core/person_name.h"
#include "core/person_terms.h"
#include "core/schema.h"

namespace annals::indexer {
namespace {

namespace schema = core::schema;
using core::Script;

// Positions between fields, so that phrases never span two fields.
constexpr Xapian::termpos kFieldGap = 100;

std::string Prefixed(std::string_view prefix, const std::string& value) {
  return CapTerm(std::string(prefix) + value);
}

std::string Joined(const std::set<std::string>& values) {
  std::string out;
  for (const std::string& value : values) {
    if (!out.empty()) out += '\t';
    out += value;
  }
  return out;
}

std::string EffectiveLanguage(const core::Record& record) {
  if (!record.language.empty()) return record.language;
  return core::TextAnalyzer::DetectLanguage(record.title + "\n" + record.body);
}

}  // namespace

std::string PrimaryLanguage(const std::string& tag) {
  std::string primary = tag.substr(0, tag.find_first_of("-_"));
  for (char& c : primary)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return primary;
}

std::string EventKey(int edition, const core::PartialDate& date) {
  if (edition <= 0 || date.month == 0) return "";
  return "ed" + std::to_string(edition) + "@" + date.SlotValue().substr(0, 6);
}

std::string CapTerm(std::string term) {
  if (term.size() <= schema::kMaxTermBytes) return term;
  size_t cut = schema::kMaxTermBytes;
  while (cut > 0 && (static_cast<unsigned char>(term[cut]) & 0xC0) == 0x80)
    --cut;
  term.resize(cut);
  return term;
}

namespace {

// Adds analysed words (see IndexText).
void IndexTokens(const std::vector<core::Token>& tokens,
                 const std::string& prefix, Xapian::termpos* position,
                 BuiltDocument* built) {
  Xapian::Document& doc = built->document;
  std::string run;  // the current run of adjacent Han/Thai words
  size_t run_end = 0;
  auto flush_run = [&] {
    for (const std::string& bigram : core::TextAnalyzer::Bigrams(run)) {
      doc.add_term(Prefixed(schema::kPrefixBigram, bigram), 0);
    }
    run.clear();
  };
  for (const core::Token& token : tokens) {
    if (token.stem.size() > 64) continue;  // unsegmented junk; bigrams cover it
    doc.add_posting(CapTerm(token.stem), token.position);
    if (!prefix.empty())
      doc.add_posting(Prefixed(prefix, token.stem), token.position);
    bool spellable =
        token.script == Script::kLatin || token.script == Script::kCyrillic;
    if (spellable && token.term.size() >= 4)
      built->spelling_words.insert(token.term);
    if (core::IsUnspacedScript(token.script)) {
      if (!run.empty() && token.begin != run_end) flush_run();
      run += token.term;
      run_end = token.end;
    } else if (!run.empty()) {
      flush_run();
    }
  }
  if (!run.empty()) flush_run();
  if (!tokens.empty()) *position = tokens.back().position + kFieldGap;
}

// Languages whose tokens are stemmed as Analyze(text) without a language
// stems them (Latin: English, Cyrillic: Russian), so that the title and
// body tokens serve the glossary too.
bool StemsLikeDefault(const std::string& language) {
  std::string primary = PrimaryLanguage(language);
  return primary.empty() || primary == "en" || primary == "zh" ||
         primary == "ru" || primary == "th" || primary == "fa";
}

}  // namespace

std::vector<core::Token> DocumentBuilder::IndexText(
    const std::string& text, const std::string& language,
    const std::string& prefix, Xapian::termpos* position,
    BuiltDocument* built) const {
  std::vector<core::Token> tokens =
      analyzer_.Analyze(text, language, *position);
  IndexTokens(tokens, prefix, position, built);
  return tokens;
}

namespace {

// Files a non-ASCII name as written under its key, so that a query naming
// the person that way finds the key without transliterating (see
// core::WrittenName).
void AddWrittenNameTerm(const std::string& name, const std::string& key,
                        Xapian::Document* doc) {
  std::string written = core::WrittenName(name);
  if (written.empty() || key.empty()) return;
  std::string term = std::string(schema::kPrefixPersonName) +
                     core::WrittenNameTermBody(written, key);
  // A term cut at Xapian's length limit would file a wrong key.
  if (term.size() <= schema::kMaxTermBytes) doc->add_boolean_term(term);
}

}  // namespace

void DocumentBuilder::IndexEntities(const core::StoredDocument& stored,
                                    BuiltDocument* built) const {
  const core::Record& r = stored.record;
  Xapian::Document& doc = built->document;
  const auto& gazetteer = core::CountryGazetteer::Default();
  std::set<std::string> countries;
  if (!r.country.empty()) countries.insert(r.country);
  for (const core::TraineeCount& t : r.trainees) countries.insert(t.country);
  std::string month = core::EventMonth(r.event_date);
  for (const core::Person& person : r.people) {
    // One key per identity (core::PersonIndexKeys); every spelling written
    // in other letters is filed under it and under its own key.
    std::vector<std::string> keys = core::PersonIndexKeys(person);
    std::string identity_key = keys.empty() ? "" : keys.front();
    AddWrittenNameTerm(person.name, identity_key, &doc);
    AddWrittenNameTerm(person.name, core::CachedPersonKey(person.name), &doc);
    for (const std::string& alias : person.names) {
      AddWrittenNameTerm(alias, identity_key, &doc);
      AddWrittenNameTerm(alias, core::CachedPersonKey(alias), &doc);
    }
    std::string han = core::HanIdentity(person);
    for (const std::string& key : keys) {
      doc.add_boolean_term(Prefixed(schema::kPrefixPerson, key));
      // A term cut at Xapian's length limit would name a wrong spelling.
      std::string identity = std::string(schema::kPrefixPersonIdentity) +
                             core::IdentityTermBody(key, han);
      if (!han.empty() && identity.size() <= schema::kMaxTermBytes)
        doc.add_boolean_term(identity);
      std::string in_month = std::string(schema::kPrefixPersonMonth) +
                             core::MonthTermBody(key, month);
      if (in_month.size() <= schema::kMaxTermBytes)
        doc.add_boolean_term(in_month);
    }
    for (const std::string& role : person.roles) {
      doc.add_boolean_term(Prefixed(schema::kPrefixRole, role));
    }
    if (!person.country.empty()) countries.insert(person.country);
  }
  for (const auto& mention : gazetteer.FindAll(r.title + "\n" + r.body)) {
    countries.insert(mention.code);
  }
  for (const std::string& code : countries) {
    doc.add_boolean_term(Prefixed(schema::kPrefixCountry, code));
  }
  std::set<std::string> topics;
  const core::Glossary& glossary = core::Glossary::Default();
  for (const std::string& topic : r.topics) {
    topics.insert(glossary.TopicKey(analyzer_, topic));
  }
  // Topics found in the title and body are added by Build.
  for (const std::string& topic : topics) {
    if (!topic.empty())
      doc.add_boolean_term(Prefixed(schema::kPrefixTopic, topic));
  }
  doc.add_value(schema::SlotNumber(schema::Slot::kCountries),
                Joined(countries));
}

void DocumentBuilder::SetValues(const core::StoredDocument& stored,
                                BuiltDocument* built) const {
  const core::Record& r = stored.record;
  Xapian::Document& doc = built->document;
  auto event = core::ParseIsoDate(r.event_date);
  auto published = core::ParseIsoDate(r.published);
  if (event.ok()) {
    doc.add_value(schema::SlotNumber(schema::Slot::kEventDate),
                  event->SlotValue());
    std::string key = EventKey(r.edition, *event);
    if (!key.empty()) {
      doc.add_value(schema::SlotNumber(schema::Slot::kEventKey), key);
      doc.add_boolean_term(Prefixed(schema::kPrefixEvent, key));
    }
    std::string year = std::to_string(event->year);
    doc.add_value(schema::SlotNumber(schema::Slot::kYear), year);
    doc.add_boolean_term(Prefixed(schema::kPrefixYear, year));
  }
  if (published.ok()) {
    doc.add_value(schema::SlotNumber(schema::Slot::kPublished),
                  published->SlotValue());
  }
  if (r.views >= 0) {
    doc.add_value(schema::SlotNumber(schema::Slot::kViews),
                  Xapian::sortable_serialise(static_cast<double>(r.views)));
  }
  doc.add_value(schema::SlotNumber(schema::Slot::kType),
                core::DocTypeName(r.type));
  std::set<std::string> roles;
  for (const core::Person& person : r.people) {
    roles.insert(person.roles.begin(), person.roles.end());
  }
  doc.add_value(schema::SlotNumber(schema::Slot::kRoles), Joined(roles));
  // The four facet slots once more in one value (kCountries is set by
  // IndexEntities, which runs first).
  std::string facets;
  for (schema::Slot slot : {schema::Slot::kYear, schema::Slot::kType,
                            schema::Slot::kCountries, schema::Slot::kRoles}) {
    if (slot != schema::Slot::kYear) facets += schema::kFacetSeparator;
    facets += doc.get_value(schema::SlotNumber(slot));
  }
  doc.add_value(schema::SlotNumber(schema::Slot::kFacets), facets);
}

BuiltDocument DocumentBuilder::Build(const core::StoredDocument& stored) const {
  const core::Record& r = stored.record;
  BuiltDocument built;
  built.id_term = Prefixed(schema::kPrefixId, r.id);
  Xapian::Document& doc = built.document;
  doc.add_boolean_term(built.id_term);
  std::string language = EffectiveLanguage(r);
  doc.add_boolean_term(
      Prefixed(schema::kPrefixType, core::DocTypeName(r.type)));
  doc.add_boolean_term(
      Prefixed(schema::kPrefixLanguage, PrimaryLanguage(language)));
  doc.add_value(schema::SlotNumber(schema::Slot::kLanguage), language);

  Xapian::termpos position = 1;
  std::vector<core::Token> tokens =
      analyzer_.Analyze(r.title, language, position);
  IndexTokens(tokens, std::string(schema::kPrefixTitle), &position, &built);
  std::vector<core::Token> body = analyzer_.Analyze(r.body, language, position);
  IndexTokens(body, "", &position, &built);
  tokens.insert(tokens.end(), std::make_move_iterator(body.begin()),
                std::make_move_iterator(body.end()));
  const core::Glossary& glossary = core::Glossary::Default();
  auto concepts_in = [&](const std::vector<core::Token>& words,
                         const std::string& text) {
    return StemsLikeDefault(language) ? glossary.CountConceptsInTokens(words)
                                      : glossary.CountConcepts(analyzer_, text);
  };
  std::map<std::string, int> concepts =
      concepts_in(tokens, r.title + "\n" + r.body);
  for (const auto& [topic, mentions] : concepts) {
    if (!topic.empty())
      doc.add_boolean_term(Prefixed(schema::kPrefixTopic, topic));
  }
  std::vector<std::string> fields = {r.series, r.host, r.city, r.programme};
  fields.insert(fields.end(), r.topics.begin(), r.topics.end());
  for (const core::Person& person : r.people) {
    fields.push_back(person.name);
    fields.insert(fields.end(), person.names.begin(), person.names.end());
    fields.push_back(person.position);
    fields.push_back(person.affiliation);
    fields.insert(fields.end(), person.talks.begin(), person.talks.end());
  }
  for (const auto& [key, value] : r.extra) fields.push_back(value);
  // Fields quoted from the text (an article's people, their positions and
  // talks, its city) are indexed there already; indexing them again would
  // double their postings and their weight.
  for (const std::string& field : fields) {
    bool quoted = r.title.find(field) != std::string::npos ||
                  r.body.find(field) != std::string::npos;
    if (field.empty() || quoted) continue;
    auto words = IndexText(field, language, "", &position, &built);
    for (const auto& [key, mentions] : concepts_in(words, field))
      concepts[key] += mentions;
  }
  // A concept's mentions under any of its names, so that a query naming it
  // reads one posting list instead of a phrase per name.
  for (const auto& [key, mentions] : concepts) {
    if (!key.empty())
      doc.add_term(Prefixed(schema::kPrefixConcept, key),
                   static_cast<Xapian::termcount>(mentions));
  }
  IndexEntities(stored, &built);
  SetValues(stored, &built);
  doc.set_data(core::TextJson(stored));
  doc.add_value(schema::SlotNumber(schema::Slot::kSummary),
                core::SummaryJson(stored));
  return built;
}

}  // namespace annals::indexer
