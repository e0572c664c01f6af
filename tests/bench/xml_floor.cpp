// The floor of reading a worksheet: expat over the sheet's XML on standard input, with
// handlers that only count elements and text bytes. Reading an XLSX cannot take less than
// inflating its sheet (`unzip -p`) and this.
//
//   unzip -p households.xlsx xl/worksheets/sheet1.xml | xml_floor
#include <expat.h>

#include <cstdio>
#include <vector>

namespace {

struct Counts
{
  unsigned long elements = 0;
  unsigned long text_bytes = 0;
};

void on_start(void* data, const char*, const char**)
{
  ++static_cast<Counts*>(data)->elements;
}

void on_end(void*, const char*) {}

void on_text(void* data, const char*, int length)
{
  static_cast<Counts*>(data)->text_bytes += static_cast<unsigned long>(length);
}

} // namespace

int main()
{
  Counts counts;
  XML_Parser parser = XML_ParserCreate(nullptr);
  XML_SetUserData(parser, &counts);
  XML_SetElementHandler(parser, on_start, on_end);
  XML_SetCharacterDataHandler(parser, on_text);
  std::vector<char> buffer(256 * 1024);
  for (;;) {
    const auto n = std::fread(buffer.data(), 1, buffer.size(), stdin);
    if (XML_Parse(parser, buffer.data(), static_cast<int>(n), n == 0) == XML_STATUS_ERROR) {
      std::fprintf(stderr, "xml_floor: %s\n", XML_ErrorString(XML_GetErrorCode(parser)));
      return 1;
    }
    if (n == 0) {
      break;
    }
  }
  XML_ParserFree(parser);
  std::printf("%lu elements, %lu bytes of text\n", counts.elements, counts.text_bytes);
  return 0;
}
