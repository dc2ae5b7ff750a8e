// The extraction rules' data files (corpus/data/, or $ANNALS_DATA_DIR): read
// once per process, parsed by the type that owns them.
#pragma once

#include <string>
#include <utility>

#include "core/status.h"

namespace annals::indexer {

// Reads a whole data file from the data folder. Errors: unreadable file.
core::Result<std::string> ReadDataFile(const std::string& name);

// A data file parsed by T::Parse(std::string_view), or why it could not be:
// the status names the file (and the line, when T::Parse says it).
template <typename T>
struct LoadedData {
  T value;
  core::Status status;
};

template <typename T>
LoadedData<T> LoadDataFile(const std::string& name) {
  LoadedData<T> loaded;
  core::Result<std::string> text = ReadDataFile(name);
  if (!text.ok()) {
    loaded.status = text.status();
    return loaded;
  }
  core::Result<T> parsed = T::Parse(*text);
  if (parsed.ok()) {
    loaded.value = std::move(parsed).value();
  } else {
    loaded.status = parsed.status().WithContext(name);
  }
  return loaded;
}

}  // namespace annals::indexer
