// person / year / topic / stats answers as text and as JSON.
#pragma once

#include <string>

#include "query/history/history.h"

namespace annals::query {

std::string RenderPersonText(const PersonAnswer& answer, bool explain);
std::string RenderPersonJson(const PersonAnswer& answer, bool explain);
std::string RenderYearText(const YearAnswer& answer);
std::string RenderYearJson(const YearAnswer& answer);
std::string RenderTopicText(const TopicAnswer& answer);
std::string RenderTopicJson(const TopicAnswer& answer);
std::string RenderStatsText(const StatsAnswer& answer);
std::string RenderStatsJson(const StatsAnswer& answer);

}  // namespace annals::query
