// Event grouping.
#include "query/history/events.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "core/record.h"

namespace annals::query {
namespace {

// Union-find over document indexes.
size_t Find(std::vector<size_t>& parent, size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

void Unite(std::vector<size_t>& parent, size_t a, size_t b) {
  parent[Find(parent, a)] = Find(parent, b);
}

void FillEvent(Event* event) {
  std::stable_sort(
      event->docs.begin(), event->docs.end(),
      [](const core::StoredDocument* a, const core::StoredDocument* b) {
        return a->record.type == core::DocType::kCourse &&
               b->record.type != core::DocType::kCourse;
      });
  for (const core::StoredDocument* doc : event->docs) {
    const core::Record& r = doc->record;
    bool better_date = event->date.empty() ||
                       (r.event_date.size() > event->date.size()) ||
                       (r.event_date.size() == event->date.size() &&
                        r.event_date < event->date);
    if (!r.event_date.empty() && better_date) event->date = r.event_date;
    if (event->title.empty()) event->title = r.title;
    if (event->city.empty()) event->city = r.city;
    if (event->country.empty()) event->country = r.country;
    event->refs.push_back(RefOf(*doc));
  }
}

}  // namespace

DocRef RefOf(const core::StoredDocument& doc) {
  const core::Record& r = doc.record;
  return {r.id, core::DocTypeName(r.type), r.language, r.title,
          core::SourceOf(r)};
}

std::vector<Event> GroupIntoEvents(
    const std::vector<core::StoredDocument>& docs,
    const std::vector<std::string>& event_keys) {
  std::vector<size_t> parent(docs.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::map<std::string, size_t> first_with_key;
  std::map<std::string, size_t> first_with_day;
  for (size_t i = 0; i < docs.size(); ++i) {
    const std::string& key = event_keys[i];
    if (!key.empty()) {
      auto [it, fresh] = first_with_key.emplace(key, i);
      if (!fresh) Unite(parent, i, it->second);
    }
    const std::string& day = docs[i].record.event_date;
    if (day.size() == 10) {
      auto [it, fresh] = first_with_day.emplace(day, i);
      const std::string& city = docs[i].record.city;
      const std::string& other_city = docs[it->second].record.city;
      bool cities_agree =
          city.empty() || other_city.empty() || city == other_city;
      if (!fresh && cities_agree) Unite(parent, i, it->second);
    }
  }
  std::map<size_t, Event> by_root;
  for (size_t i = 0; i < docs.size(); ++i) {
    auto [it, fresh] = by_root.try_emplace(Find(parent, i));
    Event& event = it->second;
    if (fresh) {
      event.key = event_keys[i].empty() ? docs[i].record.id : event_keys[i];
      event.first_doc = i;
    }
    event.docs.push_back(&docs[i]);
  }
  std::vector<Event> events;
  for (auto& [root, event] : by_root) {
    FillEvent(&event);
    events.push_back(std::move(event));
  }
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return a.date != b.date ? a.date < b.date : a.first_doc < b.first_doc;
  });
  return events;
}

}  // namespace annals::query
