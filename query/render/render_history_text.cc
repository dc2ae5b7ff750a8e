// History answers as text.
#include <fmt/format.h>

#include "query/render/render_history.h"

namespace annals::query {
namespace {

// How many events a page of a history shows, and how to see the others.
std::string PageLine(size_t offset, size_t shown, bool older,
                     const std::string& documents) {
  if (offset == 0 && !older)
    return fmt::format("  {} event{}\n", shown, shown == 1 ? "" : "s");
  std::string line;
  if (shown == 0) {
    line = fmt::format("  no events after the {} newest", offset);
  } else if (offset == 0) {
    line = shown == 1 ? "  the newest event"
                      : fmt::format("  the {} newest events", shown);
  } else {
    line = fmt::format("  events {}-{} from the newest", offset + 1,
                       offset + shown);
  }
  line += " (" + documents;
  if (older) line += fmt::format("; older: --offset {}", offset + shown);
  return line + "; every event: --limit 0)\n";
}

std::string Join(const std::vector<std::string>& values,
                 const char* separator = ", ") {
  std::string out;
  for (const std::string& value : values)
    out += (out.empty() ? "" : separator) + value;
  return out;
}

std::string DocsLine(const std::vector<DocRef>& docs) {
  std::string out;
  for (const DocRef& doc : docs) {
    out += fmt::format("\n        {} [{}{}] {}", doc.id, doc.type,
                       doc.lang.empty() ? "" : ", " + doc.lang, doc.source);
  }
  return out;
}

std::string TraineesLine(const std::map<std::string, int>& trainees) {
  std::string out;
  int total = 0;
  for (const auto& [country, count] : trainees) {
    // Count 0: the country is listed, its number not stated.
    out += fmt::format("{}{}", out.empty() ? "" : ", ",
                       count ? fmt::format("{} {}", country, count) : country);
    total += count;
  }
  return trainees.empty() ? "" : fmt::format("{} (total {})", out, total);
}

}  // namespace

std::string RenderPersonText(const PersonAnswer& a, bool explain) {
  std::string out;
  if (!a.note.empty()) out += a.note + "\n";
  if (!a.candidates.empty()) {
    out += fmt::format(
        "\"{}\" matches {} different people; ask for one of them:\n", a.query,
        a.candidates.size());
    for (const PersonCandidate& c : a.candidates) {
      out +=
          fmt::format("  {}  aliases: {}  countries: {}  documents: {}{}\n",
                      c.name, Join(c.aliases), Join(c.countries), c.documents,
                      c.description.empty() ? "" : "  (" + c.description + ")");
    }
    return out;
  }
  out += fmt::format("{}\n  aliases: {}\n  countries: {}\n", a.name,
                     Join(a.aliases), Join(a.countries));
  out += PageLine(a.offset, a.events.size(), a.older,
                  fmt::format("{} documents match the name", a.documents));
  for (const PersonEvent& e : a.events) {
    out += fmt::format("\n  {}  {}{}\n", e.date.empty() ? "----------" : e.date,
                       e.title, e.city.empty() ? "" : " — " + e.city);
    if (!e.roles.empty()) out += "      roles: " + Join(e.roles) + "\n";
    for (const std::string& talk : e.talks) out += "      talk: " + talk + "\n";
    if (!e.affiliation.empty()) out += "      as: " + e.affiliation + "\n";
    out += "      documents:" + DocsLine(e.docs) + "\n";
    if (explain) {
      for (const std::string& why : e.why) out += "      why: " + why + "\n";
    }
  }
  return out;
}

std::string RenderYearText(const YearAnswer& a) {
  std::string out = fmt::format("{}: {} event{}\n", a.year, a.events.size(),
                                a.events.size() == 1 ? "" : "s");
  for (const YearEvent& e : a.events) {
    out += fmt::format("\n  {}  {}{}\n", e.date, e.title,
                       e.city.empty() ? "" : " — " + e.city);
    if (!e.people.empty())
      out += "      people: " + Join(e.people, "; ") + "\n";
    if (!e.trainees.empty())
      out += "      trainees: " + TraineesLine(e.trainees) + "\n";
    out += "      documents:" + DocsLine(e.docs) + "\n";
  }
  if (!a.trainees.empty())
    out += "\ntrainees by country: " + TraineesLine(a.trainees) + "\n";
  return out;
}

std::string RenderTopicText(const TopicAnswer& a) {
  std::string out = fmt::format("topic {} ({})\n", a.topic, a.key);
  if (!a.documents_by_year.empty()) {
    out += "  documents by year:";
    for (const auto& [year, documents] : a.documents_by_year) {
      out += fmt::format(
          " {} ({})", year == 0 ? std::string("undated") : std::to_string(year),
          documents);
    }
    out += "\n";
  }
  size_t shown = 0;
  for (const TopicYear& y : a.years) shown += y.events.size();
  out += PageLine(a.offset, shown, a.older,
                  fmt::format("{} documents on the topic", a.documents));
  for (const TopicYear& y : a.years) {
    out += fmt::format("\n{}\n", y.year == 0 ? std::string("undated")
                                             : std::to_string(y.year));
    for (const YearEvent& e : y.events)
      out += fmt::format("  {}  {}\n", e.date, e.title);
    for (const TopicTalk& t : y.talks) {
      out += fmt::format("    talk: {} — {} ({})\n", t.person, t.talk, t.doc);
    }
  }
  return out;
}

std::string RenderStatsText(const StatsAnswer& a) {
  std::string out = fmt::format("{} documents\n", a.documents);
  for (const auto& [name, counts] : a.counts) {
    out += name + ":";
    for (const auto& [value, count] : counts)
      out += fmt::format(" {} ({})", value, count);
    out += "\n";
  }
  out += "top people:";
  for (const StatsPerson& person : a.top_people)
    out += fmt::format(" {} ({})", person.name, person.documents);
  out += "\ntop topics:";
  for (const StatsTopic& topic : a.top_topics)
    out += fmt::format(" {} ({})", topic.name, topic.documents);
  return out + "\n";
}

}  // namespace annals::query
