// An event as the year and topic answers list it: date, title, place, the
// people with their roles (merged across scripts) and the trainees.
#pragma once

#include "query/history/events.h"
#include "query/history/history.h"

namespace annals::query {

YearEvent BuildYearEvent(const Event& event);

}  // namespace annals::query
