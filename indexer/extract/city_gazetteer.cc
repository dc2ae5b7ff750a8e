// Loading cities.txt and finding city names in text.
#include "indexer/extract/city_gazetteer.h"

#include <algorithm>

#include "indexer/extract/data_file.h"
#include "indexer/extract/people_rules.h"
#include "indexer/extract/text_scan.h"

namespace annals::indexer::people {
namespace {

std::vector<std::string_view> SplitForms(std::string_view line) {
  std::vector<std::string_view> forms;
  for (size_t pos = 0; pos <= line.size();) {
    size_t cut = std::min(line.find(" = ", pos), line.size());
    std::string_view form = Trim(line.substr(pos, cut - pos));
    if (!form.empty()) forms.push_back(form);
    pos = cut + 3;
  }
  return forms;
}

bool IsCountryCode(std::string_view code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(), [](char c) {
           return c >= 'A' && c <= 'Z';
         });
}

const LoadedData<CityGazetteer>& LoadDefault() {
  static const auto loaded = LoadDataFile<CityGazetteer>("cities.txt");
  return loaded;
}

}  // namespace

core::Result<CityGazetteer> CityGazetteer::Parse(std::string_view text) {
  CityGazetteer gazetteer;
  int line_number = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    std::vector<std::string_view> forms = SplitForms(line);
    std::string_view head = forms.front();
    size_t space = head.rfind(' ');
    std::string_view code =
        space == std::string_view::npos ? "" : head.substr(space + 1);
    if (!IsCountryCode(code)) {
      return core::Status::Invalid("line " + std::to_string(line_number) +
                                   ": \"" + std::string(head) +
                                   "\" does not end with a country code");
    }
    forms.front() = Trim(head.substr(0, space));
    LexTag tag{0, "", "", static_cast<int>(gazetteer.cities_.size())};
    gazetteer.cities_.push_back(
        {std::string(forms.front()), std::string(code)});
    for (std::string_view form : forms) gazetteer.names_.Add(form, false, tag);
  }
  return gazetteer;
}

const CityGazetteer& CityGazetteer::Default() { return LoadDefault().value; }
const core::Status& CityGazetteer::LoadStatus() { return LoadDefault().status; }

CityGazetteer::Found CityGazetteer::At(std::string_view text,
                                       size_t pos) const {
  Hit hit = names_.MatchAt(text, pos);
  if (hit.entry == nullptr) return {};
  auto index = static_cast<size_t>(hit.entry->tags.front().id);
  return {&cities_[index], hit.begin, hit.end};
}

CityGazetteer::Found CityGazetteer::FindFirst(std::string_view text) const {
  if (names_.empty()) return {};
  for (size_t pos = 0; pos < text.size(); pos += DecodeAt(text, pos).len) {
    Found found = At(text, pos);
    if (found.city != nullptr) return found;
  }
  return {};
}

}  // namespace annals::indexer::people
