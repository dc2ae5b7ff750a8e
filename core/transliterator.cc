// ICU's C transliteration API, looked up in libicui18n at run time.
#include "core/transliterator.h"

#include <dlfcn.h>
#include <unicode/utrans.h>

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace annals::core {
namespace {

// ICU renames its C functions per version (utrans_openU_72): the
// preprocessor gives the names this build was compiled against.
#define ANNALS_NAME_OF(symbol) ANNALS_NAME_OF_EXPANDED(symbol)
#define ANNALS_NAME_OF_EXPANDED(symbol) #symbol

// The library's functions and the transliterators built, closed at exit.
class Transliterators {
 public:
  Transliterators() {
    // Never closed: the process may still transliterate during exit.
    void* library =
        dlopen("libicui18n.so." U_ICU_VERSION_SHORT, RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) return;
    open_ = reinterpret_cast<decltype(open_)>(
        dlsym(library, ANNALS_NAME_OF(utrans_openU)));
    transliterate_ = reinterpret_cast<decltype(transliterate_)>(
        dlsym(library, ANNALS_NAME_OF(utrans_transUChars)));
    close_ = reinterpret_cast<decltype(close_)>(
        dlsym(library, ANNALS_NAME_OF(utrans_close)));
  }
  ~Transliterators() {
    for (auto& [id, made] : built_)
      if (made != nullptr) close_(made);
  }
  Transliterators(const Transliterators&) = delete;
  Transliterators& operator=(const Transliterators&) = delete;

  // See TransliterateWithIcu; the caller holds the lock.
  bool Transliterate(const char* id, icu::UnicodeString& text) {
    if (open_ == nullptr || transliterate_ == nullptr || close_ == nullptr)
      return false;
    UTransliterator* made = Built(id);
    if (made == nullptr) return false;
    // In place in a buffer with room to grow (a Han letter becomes up to
    // seven Latin ones); a larger one when that is not enough.
    for (int32_t capacity = 8 * text.length() + 16;; capacity *= 4) {
      std::vector<UChar> buffer(static_cast<size_t>(capacity));
      text.extract(0, text.length(), buffer.data());
      int32_t length = text.length();
      int32_t limit = length;
      UErrorCode status = U_ZERO_ERROR;
      transliterate_(made, buffer.data(), &length, capacity, 0, &limit,
                     &status);
      if (status == U_BUFFER_OVERFLOW_ERROR && capacity < (1 << 24)) continue;
      if (U_FAILURE(status)) return false;
      text.setTo(buffer.data(), length);
      return true;
    }
  }

 private:
  // The transliterator named `id`, built on first use; null when ICU
  // cannot build it.
  UTransliterator* Built(const char* id) {
    auto [it, is_new] = built_.try_emplace(id, nullptr);
    if (is_new) {
      icu::UnicodeString name(id, -1, US_INV);
      UParseError parse_error;
      UErrorCode status = U_ZERO_ERROR;
      UTransliterator* made =
          open_(name.getBuffer(), name.length(), UTRANS_FORWARD, nullptr, 0,
                &parse_error, &status);
      if (U_FAILURE(status)) {
        if (made != nullptr) close_(made);
        made = nullptr;
      }
      it->second = made;
    }
    return it->second;
  }

  decltype(&utrans_openU) open_ = nullptr;
  decltype(&utrans_transUChars) transliterate_ = nullptr;
  decltype(&utrans_close) close_ = nullptr;
  std::map<std::string, UTransliterator*> built_;
};

}  // namespace

bool TransliterateWithIcu(const char* id, icu::UnicodeString& text) {
  static std::mutex mu;
  static Transliterators transliterators;
  std::lock_guard<std::mutex> lock(mu);
  return transliterators.Transliterate(id, text);
}

}  // namespace annals::core
