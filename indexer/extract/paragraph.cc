// Paragraph: hits, sentences, quotes and countries shared by the rules.
#include "indexer/extract/paragraph.h"

#include <algorithm>

#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

constexpr size_t kMaxQuoteBytes = 400;

// The closing mark of an opening quote mark, 0 for other characters.
char32_t ClosingQuote(char32_t c) {
  switch (c) {
    case U'“':
      return U'”';
    case U'«':
      return U'»';
    case U'《':
      return U'》';
    case U'„':
      return U'“';
    case U'「':
      return U'」';
    case U'『':
      return U'』';
    case U'"':
      return U'"';
    default:
      return 0;
  }
}

// ASCII bytes that may end a sentence or open a quote.
bool IsSentenceByte(unsigned char b) {
  return b == '.' || b == '!' || b == '?' || b == ';' || b == '"';
}

bool IsTerminator(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ';' || c == U'。' ||
         c == U'！' || c == U'？' || c == U'；';
}

// A full stop that ends an initial ("J. Smith", "И.И. Иванов"), a number
// ("3.5") or nothing visible is not the end of a sentence.
bool EndsSentence(std::string_view text, size_t dot) {
  size_t after = dot + 1;
  if (after < text.size() && !IsSpace(DecodeAt(text, after).c)) return false;
  size_t word = WordStartBefore(text, dot);
  if (word == dot) return true;
  CodePoint first = DecodeAt(text, word);
  return !(IsUpper(first.c) && word + first.len == dot);
}

}  // namespace

std::string RuleLang(const Hit& hit, int category) {
  const LexTag* tag = hit.Tag(category);
  return tag != nullptr && !tag->lang.empty() ? tag->lang : "any";
}

Paragraph::Paragraph(std::string_view text, int index, const PeopleRules& rules,
                     const core::CountryGazetteer& countries)
    : text_(text), index_(index), rules_(rules), gazetteer_(countries) {
  hits_ = rules.lexicon.Scan(text);
  SplitSentences();
}

bool Paragraph::InHit(size_t pos) const {
  auto it = std::upper_bound(
      hits_.begin(), hits_.end(), pos,
      [](size_t value, const Hit& hit) { return value < hit.begin; });
  return it != hits_.begin() && std::prev(it)->end > pos;
}

void Paragraph::SplitSentences() {
  size_t start = 0;
  char32_t closing = 0;  // the quote we are inside, 0 outside
  for (size_t pos = 0; pos < text_.size();) {
    auto byte = static_cast<unsigned char>(text_[pos]);
    if (byte < 0x80 && !IsSentenceByte(byte)) {
      ++pos;
      continue;
    }
    CodePoint cp = DecodeAt(text_, pos);
    if (closing != 0) {
      if (cp.c == closing) closing = 0;
    } else if (char32_t close = ClosingQuote(cp.c); close != 0) {
      closing = close;
    } else if (IsTerminator(cp.c) &&
               (cp.c != '.' || EndsSentence(text_, pos)) && !InHit(pos)) {
      sentences_.push_back({start, pos + cp.len});
      start = pos + cp.len;
    }
    pos += cp.len;
  }
  if (start < text_.size()) sentences_.push_back({start, text_.size()});
  if (sentences_.empty()) sentences_.push_back({0, 0});
}

const Hit* Paragraph::HitStartingAt(size_t pos) const {
  auto it = std::lower_bound(
      hits_.begin(), hits_.end(), pos,
      [](const Hit& hit, size_t value) { return hit.begin < value; });
  return it != hits_.end() && it->begin == pos ? &*it : nullptr;
}

const Hit* Paragraph::HitEndingAt(size_t pos) const {
  auto it = std::lower_bound(
      hits_.begin(), hits_.end(), pos,
      [](const Hit& hit, size_t value) { return hit.end < value; });
  return it != hits_.end() && it->end == pos ? &*it : nullptr;
}

std::pair<size_t, size_t> Paragraph::HitsIn(Span span) const {
  auto by_begin = [](const Hit& hit, size_t value) {
    return hit.begin < value;
  };
  auto first =
      std::lower_bound(hits_.begin(), hits_.end(), span.begin, by_begin);
  auto last = std::lower_bound(first, hits_.end(), span.end, by_begin);
  return {static_cast<size_t>(first - hits_.begin()),
          static_cast<size_t>(last - hits_.begin())};
}

Span Paragraph::SentenceOf(size_t pos) const {
  for (const Span& sentence : sentences_) {
    if (pos < sentence.end) return sentence;
  }
  return sentences_.back();
}

std::vector<Span> Paragraph::QuotesIn(Span span) const {
  std::vector<Span> quotes;
  for (size_t pos = span.begin; pos < span.end;) {
    CodePoint open = DecodeAt(text_, pos);
    char32_t close = ClosingQuote(open.c);
    pos += open.len;
    if (close == 0) continue;
    int depth = 1;
    size_t limit = std::min(span.end, pos + kMaxQuoteBytes);
    for (size_t inner = pos; inner < limit;) {
      CodePoint cp = DecodeAt(text_, inner);
      if (cp.c == open.c && close != open.c) ++depth;
      if (cp.c == close && --depth == 0) {
        quotes.push_back({pos, inner});
        pos = inner + cp.len;
        break;
      }
      inner += cp.len;
    }
  }
  return quotes;
}

const std::vector<core::CountryMention>& Paragraph::Countries() const {
  if (!countries_) countries_ = gazetteer_.FindAll(text_);
  return *countries_;
}

std::optional<core::CountryMention> Paragraph::CountryAt(size_t pos) const {
  pos = SkipSpaces(text_, pos);
  size_t word_end = WordEnd(text_, pos);
  if (word_end > pos &&
      InSet(rules_.articles, text_.substr(pos, word_end - pos))) {
    pos = SkipSpaces(text_, word_end);
  }
  const std::vector<core::CountryMention>& all = Countries();
  auto it = std::lower_bound(all.begin(), all.end(), pos,
                             [](const core::CountryMention& c, size_t value) {
                               return c.begin < value;
                             });
  if (it != all.end() && it->begin == pos) return *it;
  return std::nullopt;
}

size_t Paragraph::ConjunctionEnd(size_t pos) const {
  size_t word_end = WordEnd(text_, pos);
  if (word_end > pos) {
    return InSet(rules_.conjunctions, text_.substr(pos, word_end - pos))
               ? word_end
               : pos;
  }
  for (const std::string& conjunction : rules_.conjunctions) {
    if (StartsWith(text_, pos, conjunction)) return pos + conjunction.size();
  }
  return pos;
}

size_t Paragraph::CapitalisedPhraseEnd(size_t pos) const {
  size_t last = pos;
  while (pos < text_.size()) {
    size_t end = WordEnd(text_, pos);
    if (end == pos) break;
    bool capital = IsUpper(DecodeAt(text_, pos).c);
    if (!capital && !InSet(rules_.host_links, text_.substr(pos, end - pos))) {
      break;
    }
    if (capital) last = end;
    if (end >= text_.size() || text_[end] != ' ') break;
    pos = end + 1;
  }
  return last;
}

std::vector<std::string> Paragraph::CountryListAt(size_t pos,
                                                  size_t* end) const {
  std::vector<std::string> codes;
  *end = pos;
  for (auto country = CountryAt(pos); country; country = CountryAt(pos)) {
    codes.push_back(country->code);
    *end = country->end;
    pos = SkipSpaces(text_, country->end);
    if (pos < text_.size()) {
      CodePoint cp = DecodeAt(text_, pos);
      if (cp.c == ',' || cp.c == U'，' || cp.c == U'、' || cp.c == ';') {
        pos = SkipSpaces(text_, pos + cp.len);
      }
    }
    pos = SkipSpaces(text_, ConjunctionEnd(pos));
  }
  return codes;
}

std::optional<core::CountryMention> Paragraph::CountryEndingAt(
    size_t pos) const {
  for (const core::CountryMention& country : Countries()) {
    if (country.end == pos) return country;
    if (country.begin >= pos) break;
  }
  return std::nullopt;
}

}  // namespace annals::indexer::people
