// Page chrome in scraped news: the lines a scraper copies from the site
// around the article (breadcrumbs, font-size controls, image file names,
// share, print and close buttons) and short section labels above the
// headline. The news parser keeps them out of the headline and the body.
#pragma once

#include <string_view>

namespace annals::indexer {

// Whether a whole trimmed line is page chrome. Prose never is: every rule
// asks for the whole line to be made of chrome.
bool IsChromeLine(std::string_view line);

// Whether a trimmed line reads like a section name ("中心动态", "Hospital
// News"): up to six Han characters or two words, no digits and no sentence
// punctuation. Above the headline such a line is chrome; alone it may be a
// short headline.
bool IsLabelLine(std::string_view line);

}  // namespace annals::indexer
