// Where the data files (glossary, gazetteers, extraction rules) are read
// from: $ANNALS_DATA_DIR when set; else share/annals beside an installed
// program (PREFIX/bin/annals-query -> PREFIX/share/annals); else the source
// tree's corpus/data that the build was configured with.
#pragma once

#include <string>

namespace annals::core {

// The data folder, worked out once per process.
std::string DataDirectory();

// The rule above with its inputs given: `env` is $ANNALS_DATA_DIR (nullptr
// when unset), `program` the running executable's path, `built_in` the
// build's folder. The installed folder is taken when it holds glossary.txt.
std::string ChooseDataDirectory(const char* env, const std::string& program,
                                const std::string& built_in);

}  // namespace annals::core
