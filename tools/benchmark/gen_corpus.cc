// gen-corpus N OUT [--seed S]: a synthetic archive for benchmarks, in the
// formats of docs/formats.md. Deterministic for the same N and seed.
// 60% English, 25% Chinese, 10% Russian, 5% Thai news; one course record per
// ten articles (JSONL files of 50 and some single .json files); a pool of
// recurring people written in every script; Zipf-like vocabularies (a word
// list per language, then made-up words for the long tail). Also writes
// OUT/queries.tsv, the query mix of tools/bench.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tools/benchmark/gen_corpus_lexicon.h"

namespace fs = std::filesystem;

namespace {

using annals::tools::Lexicon;

class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ULL + 1) {}
  uint64_t Next() {  // splitmix64: the same sequence on every platform
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n == 0 ? 0 : Next() % n; }
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(hi - lo + 1));
  }
  double Unit() { return (Next() >> 11) * (1.0 / 9007199254740992.0); }

 private:
  uint64_t state_;
};

// Zipf(s=1) over `size` ranks by inverse CDF on precomputed sums.
class Zipf {
 public:
  explicit Zipf(size_t size) : cumulative_(size) {
    double sum = 0;
    for (size_t r = 0; r < size; ++r)
      cumulative_[r] = sum += std::pow(r + 1.5, -1.15);
  }
  size_t Draw(Random& rng) const {
    double x = rng.Unit() * cumulative_.back();
    return std::lower_bound(cumulative_.begin(), cumulative_.end(), x) -
           cumulative_.begin();
  }

 private:
  std::vector<double> cumulative_;
};

// A made-up word for rank r of a language's long tail, from its syllables.
std::string TailWord(const std::vector<std::string>& syllables, size_t rank) {
  std::string word;
  size_t n = syllables.size();
  size_t x = rank * 2654435761u + 17;
  int parts = 2 + static_cast<int>(rank % 3);
  for (int i = 0; i < parts; ++i, x /= n) word += syllables[x % n];
  return word;
}

struct Person {
  std::string latin, han, cyrillic, thai, country, honorific_en, honorific_zh,
      honorific_ru, honorific_th, position, affiliation;
};

struct Generator {
  Random rng;
  const Lexicon& lex = annals::tools::DefaultLexicon();
  std::vector<Person> people;
  Zipf zipf{40000};
  Zipf person_zipf{3000};

  explicit Generator(uint64_t seed) : rng(seed) { MakePeople(3000); }

  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[rng.Below(v.size())];
  }

  void MakePeople(size_t count) {
    for (size_t i = 0; i < count; ++i) {
      Person p;
      size_t kind = i % 10;  // 6 Chinese, 2 Russian-speaking, 2 Thai
      const auto& names = kind < 6   ? lex.zh_names
                          : kind < 8 ? lex.ru_names
                                     : lex.th_names;
      const auto& first = Pick(names.first);
      const auto& last = Pick(names.last);
      bool zh = kind < 6;
      p.latin = zh ? last[0] + " " + first[0] : first[0] + " " + last[0];
      p.han = zh ? last[1] + first[1] : first[1] + "·" + last[1];
      p.cyrillic = zh ? last[2] + " " + first[2] : first[2] + " " + last[2];
      p.thai = zh ? last[3] + " " + first[3] : first[3] + " " + last[3];
      p.country = zh ? "CN" : kind < 8 ? Pick(lex.ru_countries) : "TH";
      size_t h = rng.Below(lex.honorifics.size());
      p.honorific_en = lex.honorifics[h][0];
      p.honorific_zh = lex.honorifics[h][1];
      p.honorific_ru = lex.honorifics[h][2];
      p.honorific_th = lex.honorifics[h][3];
      p.position = Pick(lex.positions);
      p.affiliation = Pick(lex.hospitals);
      people.push_back(std::move(p));
    }
  }

  const Person& SomePerson() { return people[person_zipf.Draw(rng)]; }

  std::string Word(const std::vector<std::string>& words,
                   const std::vector<std::string>& syllables) {
    size_t rank = zipf.Draw(rng);
    return rank < words.size() ? words[rank] : TailWord(syllables, rank);
  }

  std::string Sentence(const std::string& lang, int words) {
    std::string out;
    bool spaced = lang == "en" || lang == "ru";
    const auto& list = lang == "en"   ? lex.en_words
                       : lang == "ru" ? lex.ru_words
                       : lang == "zh" ? lex.zh_words
                                      : lex.th_words;
    const auto& syllables = lang == "en"   ? lex.en_syllables
                            : lang == "ru" ? lex.ru_syllables
                            : lang == "zh" ? lex.zh_syllables
                                           : lex.th_syllables;
    for (int i = 0; i < words; ++i) {
      if (spaced && i > 0) out += ' ';
      if (lang == "th" && i > 0 && rng.Below(6) == 0) out += ' ';
      if (rng.Below(25) == 0) {
        out += Pick(lex.terms);  // a glossary term (ERCP, 超声内镜 ...)
        continue;
      }
      out += Word(list, syllables);
    }
    if (lang == "en" && !out.empty())
      out[0] =
          static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    out += spaced ? ". " : lang == "zh" ? "。" : " ";
    return out;
  }

  std::string Mention(const std::string& lang) {
    const Person& p = SomePerson();
    const std::string& talk_term = Pick(lex.terms);
    if (lang == "zh")
      return p.han + p.honorific_zh + "作了题为“" + talk_term +
             "的新进展”的讲座。";
    if (lang == "ru")
      return p.honorific_ru + " " + p.cyrillic + " выступил с докладом о " +
             talk_term + ". ";
    if (lang == "th")
      return p.honorific_th + p.thai + " บรรยายเรื่อง " + talk_term + " ";
    std::string country = lex.CountryName(p.country);
    return p.honorific_en + (rng.Below(5) == 0 ? "" : " ") + p.latin + " (" +
           country + "), " + p.position + " of " + p.affiliation +
           ", gave a lecture on “" + talk_term + " in practice”. ";
  }

  struct Event {
    int year, month, day, edition;
    std::string series, city, city_code;
  };

  Event SomeEvent() {
    Event e;
    e.year = rng.Between(2010, 2025);
    e.month = rng.Between(1, 12);
    e.day = rng.Between(1, 25);
    e.edition = rng.Between(1, 60);
    e.series = Pick(lex.series);
    size_t c = rng.Below(lex.cities.size());
    e.city = lex.cities[c][0];
    e.city_code = lex.cities[c][4];
    return e;
  }

  std::string News(const std::string& lang, size_t length) {
    Event e = SomeEvent();
    size_t c = 0;
    while (lex.cities[c][0] != e.city) ++c;
    const auto& city = lex.cities[c];
    std::string text;
    char date[64];
    int pub_day = e.day + rng.Between(0, 3);
    if (lang == "zh") {
      text += "第" + std::to_string(e.edition) + "届" + lex.SeriesZh(e.series) +
              "在" + city[1] + "顺利举办\n";
      std::snprintf(date, sizeof date, "日期：%04d-%02d-%02d 点击：%d\n",
                    e.year, e.month, pub_day, rng.Between(10, 5000));
      text += date;
      text += std::to_string(e.month) + "月" + std::to_string(e.day) + "日，";
    } else {
      std::string head =
          lang == "ru" ? "В городе " + city[2] + " открылся курс " + e.series
          : lang == "th"
              ? "การอบรม " + e.series + " ที่" + city[3]
              : "The " + std::to_string(e.edition) + lex.Ordinal(e.edition) +
                    " " + e.series + " Opens in " + city[0] +
                    " with Trainees from Several Countries";
      if (head.size() > 100) {  // the source system cuts headlines
        size_t cut = 100;
        while (cut > 0 &&
               (static_cast<unsigned char>(head[cut]) & 0xC0) == 0x80)
          --cut;
        head.resize(cut);
      }
      text += head + "\n";
      std::snprintf(date, sizeof date, "date:%d/%d/%d %02d:%02d:00 hot:%d\n",
                    e.year, e.month, pub_day, rng.Between(7, 18),
                    rng.Between(0, 59), rng.Between(10, 5000));
      text += date;
      if (lang == "en")
        text += "On " + lex.MonthName(e.month) + " " + std::to_string(e.day) +
                ", the " + e.series + " was held in " + city[0] + ". ";
    }
    size_t written = 0;
    bool chars = lang == "zh" || lang == "th";
    while (written < length) {
      int words = rng.Between(8, 24);
      text += rng.Below(4) == 0 ? Mention(lang) : Sentence(lang, words);
      written += chars ? words * 2 : words;
      if (rng.Below(5) == 0) text += "\n";
    }
    return text + "\n";
  }

  std::string Record(size_t index) {
    Event e = SomeEvent();
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    char id[64], start[64], end[64];
    std::snprintf(id, sizeof id, "gen-course-%06zu", index);
    std::snprintf(start, sizeof start, "%04d-%02d-%02d", e.year, e.month,
                  e.day);
    std::snprintf(end, sizeof end, "%04d-%02d-%02d", e.year, e.month,
                  e.day + 3);
    w.StartObject();
    w.Key("id"), w.String(id), w.Key("type"), w.String("course");
    w.Key("title");
    w.String("The " + std::to_string(e.edition) + lex.Ordinal(e.edition) + " " +
             e.series);
    w.Key("series"), w.String(e.series), w.Key("edition"), w.Int(e.edition);
    w.Key("start"), w.String(start), w.Key("end"), w.String(end);
    w.Key("language"), w.String("en");
    w.Key("host"), w.String(Pick(lex.hospitals));
    w.Key("location"), w.StartObject(), w.Key("city"), w.String(e.city);
    w.Key("country"), w.String(e.city_code), w.EndObject();
    w.Key("topics"), w.StartArray();
    for (int i = rng.Between(1, 4); i > 0; --i) w.String(Pick(lex.terms));
    w.EndArray();
    w.Key("people"), w.StartArray();
    for (int i = rng.Between(2, 6); i > 0; --i) {
      const Person& p = SomePerson();
      w.StartObject();
      w.Key("name"), w.String(p.latin);
      w.Key("names"), w.StartArray(), w.String(p.han), w.String(p.cyrillic);
      w.String(p.thai), w.EndArray();
      w.Key("honorific"), w.String(p.honorific_en);
      w.Key("roles"), w.StartArray(), w.String(Pick(lex.roles)), w.EndArray();
      w.Key("position"), w.String(p.position);
      w.Key("affiliation"), w.String(p.affiliation);
      w.Key("country"), w.String(p.country);
      w.Key("talks"), w.StartArray(), w.String(Sentence("en", 6)), w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.Key("trainees"), w.StartArray();
    for (int i = rng.Between(1, 4); i > 0; --i) {
      w.StartObject(), w.Key("country"), w.String(Pick(lex.ru_countries));
      w.Key("count"), w.Int(rng.Between(1, 12)), w.EndObject();
    }
    w.EndArray();
    w.Key("summary"), w.String(Sentence("en", rng.Between(20, 60)));
    w.EndObject();
    return buffer.GetString();
  }
};

void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

void WriteQueries(Generator& g, const fs::path& path) {
  std::string out;
  const Lexicon& lex = g.lex;
  for (int i = 0; i < 30; ++i)
    out += "search\t" + lex.en_words[i * 3 % 60] + "\n";
  for (int i = 0; i < 30; ++i)
    out += "search\t" + lex.en_words[i % 40] + " " +
           lex.en_words[(i * 7 + 5) % 90] + "\n";
  for (int i = 0; i < 25; ++i)
    out += "search\t\"" + lex.en_words[i % 30] + " " +
           lex.en_words[(i * 3 + 1) % 30] + "\"\n";
  for (int i = 0; i < 25; ++i)
    out += "search\ttitle:" + lex.series_words[i % lex.series_words.size()] +
           " country:" + lex.ru_countries[i % lex.ru_countries.size()] + "\n";
  for (int i = 0; i < 25; ++i) {
    int y = 2010 + i % 14;
    out += "search\t" + lex.terms[i % 12] + " year:" + std::to_string(y) +
           ".." + std::to_string(y + 2) + "\n";
  }
  for (int i = 0; i < 25; ++i)
    out += "search\t" + lex.zh_words[i * 2 % 80] + "\n";
  for (int i = 0; i < 25; ++i) out += "person\t" + g.people[i * 7].latin + "\n";
  for (int i = 0; i < 5; ++i) out += "person\t" + g.people[i * 11].han + "\n";
  for (int i = 0; i < 25; ++i)
    out += "facets\t" + lex.en_words[i % 50] + " type:news\n";
  WriteFile(path, out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen-corpus N OUT [--seed S]\n");
    return 2;
  }
  size_t n = std::stoul(argv[1]);
  fs::path out = argv[2];
  uint64_t seed = 1;
  if (argc >= 5 && std::string(argv[3]) == "--seed")
    seed = std::stoull(argv[4]);
  Generator g(seed);
  std::string jsonl;
  size_t records = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i % 11 == 10) {  // one record per ten articles
      std::string record = g.Record(i);
      if (records % 20 == 19) {
        WriteFile(out / "records" / ("single-" + std::to_string(i) + ".json"),
                  record);
      } else {
        jsonl += record + "\n";
      }
      if (++records % 50 == 0 || i + 1 == n) {
        WriteFile(out / "records" /
                      ("batch-" + std::to_string(records / 50) + ".jsonl"),
                  jsonl);
        jsonl.clear();
      }
      continue;
    }
    size_t mix = g.rng.Below(20);  // 12 en, 5 zh, 2 ru, 1 th
    std::string lang = mix < 12   ? "en"
                       : mix < 17 ? "zh"
                       : mix < 19 ? "ru"
                                  : "th";
    std::string text = g.News(lang, g.rng.Between(300, 1500));
    char name[64];
    std::snprintf(name, sizeof name, "%03zu/%06zu.txt", i / 1000, i);
    WriteFile(out / "news" / lang / name, text);
  }
  if (!jsonl.empty())
    WriteFile(out / "records" /
                  ("batch-" + std::to_string(records / 50 + 1) + ".jsonl"),
              jsonl);
  WriteQueries(g, out / "queries.tsv");
  return 0;
}
