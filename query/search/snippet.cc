// Choosing and marking a snippet.
#include "query/search/snippet.h"

#include <map>
#include <string_view>

namespace annals::query {
namespace {

// Bytes of text between two token offsets, newlines made spaces.
std::string Slice(const std::string& text, size_t begin, size_t end) {
  std::string out = text.substr(begin, end - begin);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

void Append(std::vector<SnippetPart>* parts, std::string text, bool match) {
  if (text.empty()) return;
  if (!parts->empty() && parts->back().match == match) {
    parts->back().text += text;
  } else {
    parts->push_back({std::move(text), match});
  }
}

size_t BestWindowStart(const std::vector<core::Token>& tokens,
                       const std::vector<bool>& matched, size_t max_words) {
  size_t best_start = 0;
  size_t best_score = 0;
  std::map<std::string, size_t> in_window;  // stem -> occurrences in window
  for (size_t end = 0; end < tokens.size(); ++end) {
    if (matched[end]) ++in_window[tokens[end].stem];
    if (end >= max_words) {
      size_t gone = end - max_words;
      if (matched[gone] && --in_window[tokens[gone].stem] == 0) {
        in_window.erase(tokens[gone].stem);
      }
    }
    size_t start = end >= max_words ? end - max_words + 1 : 0;
    if (in_window.size() > best_score) {
      best_score = in_window.size();
      // Start a few words before the first match, for context.
      size_t first = start;
      while (first < end && !matched[first]) ++first;
      best_start = first > 3 ? std::max(start, first - 3) : start;
    }
  }
  return best_start;
}

// A paragraph, or a piece of a long one cut at a space: snippets analyse
// only the pieces that may hold a match, not the whole text.
struct Chunk {
  size_t begin, end;
};

std::vector<Chunk> SplitChunks(const std::string& text) {
  // About a hundred words of English or three hundred Chinese characters:
  // enough for a snippet window, little to analyse.
  constexpr size_t kMaxChunkBytes = 600;
  std::vector<Chunk> chunks;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    end = end == std::string::npos ? text.size() : end + 1;
    if (end - begin > kMaxChunkBytes) {
      // Cut at the last space before the limit, else at a UTF-8 boundary.
      size_t cut = text.rfind(' ', begin + kMaxChunkBytes);
      if (cut == std::string::npos || cut <= begin) {
        cut = begin + kMaxChunkBytes;
        while (cut > begin + 1 && (text[cut] & 0xC0) == 0x80) --cut;
      }
      end = cut + 1;
    }
    chunks.push_back({begin, end});
    begin = end;
  }
  return chunks;
}

// Text folded for the probe tests: ASCII and Cyrillic letters lower-cased
// (ё as е, as the analyzer has it), other bytes as they are. Cheaper than
// the analyzer's normalisation by two orders of magnitude, which matters
// when a query's synonyms in four languages are never all in one chunk and
// every chunk of the text is tested; letters it leaves alone (full-width
// Latin, Greek capitals) only cost snippet quality.
std::string FoldForProbes(std::string_view text) {
  std::string folded(text);
  for (size_t i = 0; i < folded.size(); ++i) {
    auto byte = static_cast<unsigned char>(folded[i]);
    if (byte >= 'A' && byte <= 'Z') {
      folded[i] = static_cast<char>(byte + ('a' - 'A'));
    } else if ((byte == 0xD0 || byte == 0xD1) && i + 1 < folded.size()) {
      // Cyrillic: U+0400-U+047F as D0/D1 and a continuation byte.
      auto next = static_cast<unsigned char>(folded[i + 1]);
      char32_t c = ((byte & 0x1F) << 6) | (next & 0x3F);
      if (c >= 0x0410 && c <= 0x042F) {
        c += 0x20;  // А-Я -> а-я
      } else if (c >= 0x0400 && c <= 0x040F) {
        c += 0x50;  // Ѐ-Џ -> ѐ-џ
      }
      if (c == 0x0451) c = 0x0435;  // ё -> е
      folded[i] = static_cast<char>(0xC0 | (c >> 6));
      folded[i + 1] = static_cast<char>(0x80 | (c & 0x3F));
      ++i;
    }
  }
  return folded;
}

// What the probes found in a chunk.
struct ChunkProbes {
  size_t distinct = 0;      // probes found, each counted once
  bool run_script = false;  // a Han/Thai probe among them
};

// The probes (see Probes) each chunk contains; an occurrence belongs to the
// chunk of its last byte. `run_script[p]` tells whether probe p is Han/Thai.
std::vector<ChunkProbes> ProbesPerChunk(const std::string& folded,
                                        const std::vector<Chunk>& chunks,
                                        const ProbeMatcher& matcher,
                                        const std::vector<bool>& run_script) {
  std::vector<ChunkProbes> found(chunks.size());
  std::vector<size_t> counted_in(matcher.probe_count(), chunks.size());
  size_t c = 0;
  matcher.Scan(folded, [&](size_t probe, size_t last_byte) {
    while (c < chunks.size() && chunks[c].end <= last_byte) ++c;
    if (c == chunks.size() || counted_in[probe] == c) return;
    counted_in[probe] = c;
    ++found[c].distinct;
    if (run_script[probe]) found[c].run_script = true;
  });
  return found;
}

// What the chunks are searched for: each stem less its last letter for
// alphabetic scripts, since stemmers rewrite endings ("studi" for "study").
// Substring tests with them estimate the distinct stems a chunk holds; a
// wrong estimate only costs snippet quality.
std::vector<std::string> Probes(const std::set<std::string>& stems) {
  std::vector<std::string> probes;
  for (const std::string& stem : stems) {
    std::string probe = stem;
    core::Script script = core::TextAnalyzer::ScriptOf(stem);
    if (script != core::Script::kHan && script != core::Script::kThai) {
      // Drop the last (possibly multi-byte) letter of a longer stem.
      size_t cut = probe.size();
      do --cut;
      while (cut > 0 && (probe[cut] & 0xC0) == 0x80);
      if (cut >= 3) probe.resize(cut);
    }
    if (!probe.empty()) probes.push_back(std::move(probe));
  }
  return probes;
}

// The tokens of the chunks from `first_chunk` on, chunk by chunk until
// there are more than `count`; *to_end tells whether the text's last chunk
// was reached. A chunk's Han/Thai words are segmented only when a Han/Thai
// probe is in it: loading ICU's dictionaries costs a one-shot search about
// a millisecond, for words that would match nothing.
std::vector<core::Token> TokensFrom(const core::TextAnalyzer& analyzer,
                                    const std::string& text,
                                    const std::vector<Chunk>& chunks,
                                    const std::vector<ChunkProbes>& found,
                                    size_t first_chunk, size_t count,
                                    bool* to_end) {
  std::vector<core::Token> tokens;
  size_t c = first_chunk;
  for (; c < chunks.size() && tokens.size() <= count; ++c) {
    std::string_view piece(text.data() + chunks[c].begin,
                           chunks[c].end - chunks[c].begin);
    for (core::Token& t :
         found[c].run_script
             ? analyzer.Analyze(piece)
             : analyzer.AnalyzeOutsideDictionaryScripts(piece)) {
      t.begin += chunks[c].begin;
      t.end += chunks[c].begin;
      tokens.push_back(std::move(t));
    }
  }
  *to_end = c == chunks.size();
  return tokens;
}

}  // namespace

SnippetMaker::SnippetMaker(const core::TextAnalyzer& analyzer,
                           std::set<std::string> stems)
    : analyzer_(analyzer),
      stems_(std::move(stems)),
      probes_(Probes(stems_)),
      matcher_(probes_) {
  for (const std::string& probe : probes_)
    run_script_probe_.push_back(
        core::IsUnspacedScript(core::TextAnalyzer::ScriptOf(probe)));
}

std::vector<SnippetPart> SnippetMaker::Make(const std::string& text,
                                            size_t max_words) const {
  std::vector<SnippetPart> parts;
  std::vector<Chunk> chunks = SplitChunks(text);
  // The chunk holding the most query words (earliest on ties), judged on
  // the folded text without segmenting it: only the chosen chunk (and
  // what follows, for context) goes through the analyzer, so a snippet
  // costs about one paragraph's analysis whatever the length of the text.
  std::vector<ChunkProbes> found =
      ProbesPerChunk(FoldForProbes(text), chunks, matcher_, run_script_probe_);
  size_t best_chunk = 0;
  for (size_t c = 0; c < chunks.size(); ++c) {
    if (found[c].distinct > found[best_chunk].distinct) best_chunk = c;
  }
  // Tokens from the chosen chunk on, enough for a window plus context.
  bool to_end = false;
  std::vector<core::Token> tokens = TokensFrom(
      analyzer_, text, chunks, found, best_chunk, 2 * max_words, &to_end);
  if (tokens.empty()) return parts;
  std::vector<bool> matched(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    matched[i] = stems_.count(tokens[i].stem) > 0;
  }
  size_t start = BestWindowStart(tokens, matched, max_words);
  size_t stop = std::min(tokens.size(), start + max_words);
  if (start > 0 || best_chunk > 0) Append(&parts, "…", false);
  size_t cursor = tokens[start].begin;
  for (size_t i = start; i < stop; ++i) {
    Append(&parts, Slice(text, cursor, tokens[i].begin), false);
    Append(&parts, Slice(text, tokens[i].begin, tokens[i].end), matched[i]);
    cursor = tokens[i].end;
  }
  if (stop < tokens.size()) {
    Append(&parts, Slice(text, cursor, tokens[stop].begin), false);
    Append(&parts, "…", false);
  } else if (to_end) {
    Append(&parts, Slice(text, cursor, text.size()), false);
  } else {
    Append(&parts, "…", false);
  }
  return parts;
}

std::vector<SnippetPart> MakeSnippet(const core::TextAnalyzer& analyzer,
                                     const std::string& text,
                                     const std::set<std::string>& stems,
                                     size_t max_words) {
  return SnippetMaker(analyzer, stems).Make(text, max_words);
}

}  // namespace annals::query
