// Describing a query tree, see query/language/describe.h.
#include "query/language/describe.h"

namespace annals::query {
namespace {

void AppendQuoted(const std::string& text, std::string& out) {
  out += '"';
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
}

void DescribeTo(const QueryNode& node, std::string& out) {
  if (node.required) out += '+';
  const std::string field = node.field.empty() ? "" : node.field + ":";
  switch (node.kind) {
    case NodeKind::kWord:
      out += field + "word";
      AppendQuoted(node.text, out);
      return;
    case NodeKind::kPhrase:
      out += field + "phrase";
      AppendQuoted(node.text, out);
      return;
    case NodeKind::kWildcard:
      out += field + "wildcard";
      AppendQuoted(node.text + "*", out);
      return;
    case NodeKind::kField:
      out += "field:" + node.field;
      AppendQuoted(node.text, out);
      return;
    case NodeKind::kRange:
      out += "range:" + node.field + "[" + node.range_low + ".." +
             node.range_high + "]";
      return;
    case NodeKind::kAnd:
    case NodeKind::kOr:
    case NodeKind::kNot:
      out += node.kind == NodeKind::kAnd  ? "AND("
             : node.kind == NodeKind::kOr ? "OR("
                                          : "NOT(";
      for (size_t i = 0; i < node.children.size(); ++i) {
        if (i > 0) out += ' ';
        DescribeTo(node.children[i], out);
      }
      out += ')';
      return;
  }
}

}  // namespace

std::string Describe(const QueryNode& node) {
  std::string out;
  DescribeTo(node, out);
  return out;
}

}  // namespace annals::query
