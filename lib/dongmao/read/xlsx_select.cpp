#include <dongmao/error.hpp>
#include <dongmao/read/xlsx_select.hpp>
#include <dongmao/text/import.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <charconv>

namespace dongmao::read {

std::size_t choose_sheet(const std::vector<SheetChoice>& sheets, const std::optional<std::string>& request,
                         const std::string& display)
{
  if (sheets.empty()) {
    throw DataError(text::format(text::k_no_sheets, display));
  }
  if (!request) {
    for (std::size_t i = 0; i < sheets.size(); ++i) {
      if (sheets[i].visible) {
        return i;
      }
    }
    return 0;
  }
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].name == *request) {
      return i;
    }
  }
  std::size_t index = 0;
  const char* end = request->data() + request->size();
  auto [ptr, ec] = std::from_chars(request->data(), end, index);
  if (ec == std::errc{} && ptr == end && index >= 1 && index <= sheets.size()) {
    return index - 1;
  }
  std::string names;
  for (const auto& sheet : sheets) {
    names += names.empty() ? sheet.name : text::format(text::k_list_separator) + sheet.name;
  }
  throw DataError(text::format(text::k_no_such_sheet, display, *request, names));
}

} // namespace dongmao::read
