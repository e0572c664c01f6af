#include <dongmao/error.hpp>
#include <dongmao/read/xlsx_archive.hpp>
#include <dongmao/read/xlsx_workbook.hpp>
#include <dongmao/read/xlsx_xml.hpp>
#include <dongmao/text/read.hpp>

#include <fmt/format.h>

#include <map>

namespace dongmao::read {

namespace {

// Whether a relationship type URI ends in "/<kind>" (transitional and strict OOXML differ
// only in the part before).
bool has_type(std::string_view type, std::string_view kind)
{
  return type.size() > kind.size() && type.substr(type.size() - kind.size()) == kind &&
         type[type.size() - kind.size() - 1] == '/';
}

struct Relationship
{
  std::string type;
  std::string target;
};

// Collects the <Relationship> elements of a .rels part by Id.
class RelationshipsHandler : public XmlHandler
{
public:
  std::map<std::string, Relationship> relationships;

  void on_start(std::string_view name, const char** attributes) override
  {
    if (name != "Relationship") {
      return;
    }
    const char* id = find_attribute(attributes, "Id");
    const char* type = find_attribute(attributes, "Type");
    const char* target = find_attribute(attributes, "Target");
    const char* mode = find_attribute(attributes, "TargetMode");
    const bool external = mode != nullptr && std::string_view(mode) == "External";
    if (id != nullptr && type != nullptr && target != nullptr && !external) {
      relationships[id] = Relationship{type, target};
    }
  }

  void on_end(std::string_view) override {}
  void on_text(std::string_view) override {}
};

// Collects the sheets and the date system of workbook.xml.
class WorkbookHandler : public XmlHandler
{
public:
  struct Sheet
  {
    std::string name;
    std::string relationship;
    bool visible = true;
  };
  std::vector<Sheet> sheets;
  bool date1904 = false;

  void on_start(std::string_view name, const char** attributes) override
  {
    if (name == "sheet") {
      Sheet sheet;
      const char* sheet_name = find_attribute(attributes, "name");
      const char* id = find_attribute(attributes, "id");
      const char* state = find_attribute(attributes, "state");
      sheet.name = sheet_name != nullptr ? sheet_name : "";
      sheet.relationship = id != nullptr ? id : "";
      sheet.visible = state == nullptr || std::string_view(state) == "visible";
      sheets.push_back(std::move(sheet));
    } else if (name == "workbookPr") {
      const char* value = find_attribute(attributes, "date1904");
      date1904 = value != nullptr && (std::string_view(value) == "1" || std::string_view(value) == "true");
    }
  }

  void on_end(std::string_view) override {}
  void on_text(std::string_view) override {}
};

std::map<std::string, Relationship> load_relationships(ZipArchive& archive, const std::string& path)
{
  RelationshipsHandler handler;
  if (archive.contains(path)) {
    ZipEntry entry = archive.open(path);
    XmlParser parser(handler, entry, text::format(text::k_read_file_problem, archive.display(), entry.name()));
    parser.parse_all();
  }
  return std::move(handler.relationships);
}

std::string folder_of(const std::string& path)
{
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

std::string file_of(const std::string& path)
{
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

[[noreturn]] void throw_not_xlsx(ZipArchive& archive)
{
  const std::string save_as = text::format(text::k_save_as_xlsx);
  if (archive.contains("mimetype") || archive.contains("content.xml")) {
    throw DataError(text::format(text::k_ods, archive.display(), save_as));
  }
  if (archive.contains("xl/workbook.bin")) {
    throw DataError(text::format(text::k_xlsb, archive.display(), save_as));
  }
  throw DataError(text::format(text::k_xlsx_no_workbook, archive.display()));
}

} // namespace

std::string resolve_part_path(std::string_view base_folder, std::string_view target)
{
  std::string joined = !target.empty() && target[0] == '/' ? std::string(target.substr(1))
                                                           : std::string(base_folder) + std::string(target);
  // Fold "." and ".." segments; a ".." above the root is dropped, which can only fail to find.
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    if (end == std::string::npos) {
      end = joined.size();
    }
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) {
        segments.pop_back();
      }
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string path;
  for (const auto& segment : segments) {
    path += path.empty() ? segment : "/" + segment;
  }
  return path;
}

XlsxWorkbook load_workbook(ZipArchive& archive)
{
  std::string workbook_path = "xl/workbook.xml";
  for (const auto& [id, relationship] : load_relationships(archive, "_rels/.rels")) {
    if (has_type(relationship.type, "officeDocument")) {
      workbook_path = resolve_part_path("", relationship.target);
      break;
    }
  }
  // An .xlsb names xl/workbook.bin as its main part: binary records, not XML.
  if (!archive.contains(workbook_path) || workbook_path.ends_with(".bin")) {
    throw_not_xlsx(archive);
  }
  WorkbookHandler handler;
  {
    ZipEntry entry = archive.open(workbook_path);
    XmlParser parser(handler, entry, text::format(text::k_read_file_problem, archive.display(), entry.name()));
    parser.parse_all();
  }
  const std::string folder = folder_of(workbook_path);
  const auto relationships = load_relationships(archive, folder + "_rels/" + file_of(workbook_path) + ".rels");

  XlsxWorkbook workbook;
  workbook.date1904 = handler.date1904;
  for (auto& sheet : handler.sheets) {
    XlsxSheetEntry entry;
    entry.name = std::move(sheet.name);
    entry.visible = sheet.visible;
    const auto found = relationships.find(sheet.relationship);
    if (found != relationships.end()) {
      entry.path = resolve_part_path(folder, found->second.target);
      entry.worksheet = has_type(found->second.type, "worksheet");
    }
    workbook.sheets.push_back(std::move(entry));
  }
  for (const auto& [id, relationship] : relationships) {
    if (has_type(relationship.type, "sharedStrings")) {
      workbook.shared_strings_path = resolve_part_path(folder, relationship.target);
    } else if (has_type(relationship.type, "styles")) {
      workbook.styles_path = resolve_part_path(folder, relationship.target);
    }
  }
  // Some writers omit the relationships of these two parts while shipping them.
  if (workbook.shared_strings_path.empty() && archive.contains(folder + "sharedStrings.xml")) {
    workbook.shared_strings_path = folder + "sharedStrings.xml";
  }
  if (workbook.styles_path.empty() && archive.contains(folder + "styles.xml")) {
    workbook.styles_path = folder + "styles.xml";
  }
  return workbook;
}

} // namespace dongmao::read
