// Reading data files.
#include "indexer/extract/data_file.h"

#include <fstream>
#include <sstream>

#include "core/glossary.h"

namespace annals::indexer {

core::Result<std::string> ReadDataFile(const std::string& name) {
  std::string path = core::DataDirectory() + "/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Status::NotFound(path + ": cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace annals::indexer
