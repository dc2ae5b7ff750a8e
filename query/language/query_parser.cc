// The query language parser: tokens (query/language/lexer.h) -> a
// depth-limited recursive descent over OR > AND > NOT > primary, with
// field values validated on the way (query/language/field_values.h).
#include "query/language/query_parser.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/language/field_values.h"
#include "query/language/lexer.h"
#include "query/language/syntax_error.h"

namespace annals::query {
namespace {

using core::Result;
using core::Status;
using language::Combine;
using language::CountCodePoints;
using language::Error;
using language::Leaf;
using language::MakeField;
using language::MakeWord;
using language::Quoted;
using language::Token;
using language::TokenKind;

// ---------------------------------------------------------------------------
// Nodes

QueryNode MakeNot(QueryNode child, size_t position, bool excluded) {
  if (child.kind == NodeKind::kNot && !child.required) {
    return std::move(child.children.front());  // NOT NOT x = x
  }
  QueryNode node;
  node.kind = NodeKind::kNot;
  node.excluded = excluded;
  node.position = position;
  node.children.push_back(std::move(child));
  return node;
}
// Whether the node matches something by itself (NOT needs a partner).
bool IsPositive(const QueryNode& node) {
  switch (node.kind) {
    case NodeKind::kNot:
      return false;
    case NodeKind::kAnd:
      for (const QueryNode& child : node.children) {
        if (IsPositive(child)) return true;
      }
      return false;
    case NodeKind::kOr:
      for (const QueryNode& child : node.children) {
        if (!IsPositive(child)) return false;
      }
      return true;
    default:
      return true;
  }
}
// ---------------------------------------------------------------------------
// Parser: or := and (OR and)*; and := unary ([AND] unary)*;
// unary := NOT* primary; primary := [+-](word | phrase | field | "(" or ")")

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  Result<QueryNode> Run() {
    if (tokens_.size() == 1) return Error(1, "empty query");
    auto root = ParseOr(0);
    if (!root.ok()) return root;
    if (Peek().kind == TokenKind::kRParen) {
      return Error(Peek().position,
                   "unbalanced parenthesis: \")\" has no matching \"(\"");
    }
    if (!IsPositive(*root)) {
      return Error(root->position, "a query needs at least one positive term");
    }
    return root;
  }

 private:
  const Token& Peek() const { return tokens_[next_]; }

  bool StartsOperand() const {
    switch (Peek().kind) {
      case TokenKind::kAnd:
      case TokenKind::kOr:
      case TokenKind::kRParen:
      case TokenKind::kEnd:
        return false;
      default:
        return true;
    }
  }

  Status NoOperandError() const {
    const Token& token = Peek();
    switch (token.kind) {
      case TokenKind::kAnd:
        return Error(token.position, "AND has no operand before it");
      case TokenKind::kOr:
        return Error(token.position, "OR has no operand before it");
      case TokenKind::kRParen:
        return Error(token.position,
                     "unbalanced parenthesis: \")\" has no matching \"(\"");
      default:
        return Error(token.position, "the query ends where a term is due");
    }
  }

  Result<QueryNode> ParseOr(size_t depth) {
    std::vector<QueryNode> operands;
    while (true) {
      auto operand = ParseAnd(depth);
      if (!operand.ok()) return operand;
      operands.push_back(std::move(*operand));
      if (Peek().kind != TokenKind::kOr) break;
      const size_t or_position = tokens_[next_++].position;
      if (!StartsOperand()) {
        return Error(or_position, "OR has no operand after it");
      }
    }
    for (size_t i = 0; operands.size() > 1 && i < operands.size(); ++i) {
      if (!IsPositive(operands[i])) {
        return Error(operands[i].position,
                     "each side of OR needs a positive term");
      }
    }
    return Combine(NodeKind::kOr, std::move(operands));
  }

  Result<QueryNode> ParseAnd(size_t depth) {
    if (!StartsOperand()) return NoOperandError();
    std::vector<QueryNode> children;
    while (true) {
      auto child = ParseUnary(depth);
      if (!child.ok()) return child;
      children.push_back(std::move(*child));
      if (Peek().kind == TokenKind::kAnd) {
        const size_t and_position = tokens_[next_++].position;
        if (!StartsOperand()) {
          return Error(and_position, "AND has no operand after it");
        }
      } else if (!StartsOperand()) {
        break;
      }
    }
    return Combine(NodeKind::kAnd, std::move(children));
  }

  Result<QueryNode> ParseUnary(size_t depth) {
    size_t nots = 0, first = 0, last = 0;
    for (; Peek().kind == TokenKind::kNot; ++next_, ++nots) {
      last = Peek().position;
      if (nots == 0) first = last;
    }
    if (nots > 0 && !StartsOperand()) {
      return Error(last, "NOT has no operand after it");
    }
    auto primary = ParsePrimary(depth);
    if (!primary.ok() || nots % 2 == 0) return primary;
    return MakeNot(std::move(*primary), first, false);
  }

  Result<QueryNode> ParsePrimary(size_t depth) {
    const Token& token = tokens_[next_++];
    Result<QueryNode> node = Status::Internal("unreachable");
    switch (token.kind) {
      case TokenKind::kLParen:
        node = ParseGroup(token, depth);
        break;
      case TokenKind::kWord:
        node = MakeWord(token.text, "", token.position);
        break;
      case TokenKind::kPhrase:
        node = token.text.empty()
                   ? Result<QueryNode>(Error(token.position, "empty phrase"))
                   : Leaf(NodeKind::kPhrase, token.text, "", token.position);
        break;
      case TokenKind::kField:
        node = MakeField(token);
        break;
      default:
        return Error(token.position, "unexpected token");
    }
    if (!node.ok()) return node;
    if (token.sign == '+') node->required = true;
    if (token.sign != '-') return node;
    return MakeNot(std::move(*node), token.sign_position, true);
  }

  Result<QueryNode> ParseGroup(const Token& open, size_t depth) {
    if (depth + 1 > kMaxQueryDepth) {
      return Error(open.position, "parentheses nested deeper than " +
                                      std::to_string(kMaxQueryDepth) +
                                      " levels");
    }
    if (Peek().kind == TokenKind::kRParen) {
      return Error(open.position, "empty parentheses");
    }
    if (Peek().kind != TokenKind::kEnd) {
      auto inner = ParseOr(depth + 1);
      if (!inner.ok()) return inner;
      if (Peek().kind == TokenKind::kRParen) {
        ++next_;
        return inner;
      }
    }
    return Error(open.position,
                 "unbalanced parenthesis: \"(\" is never closed");
  }

  std::vector<Token> tokens_;
  size_t next_ = 0;
};

}  // namespace

core::Result<QueryNode> ParseQuery(std::string_view text) {
  auto tokens = language::Lex(text);
  if (!tokens.ok()) return tokens.status();
  return Parser(std::move(*tokens)).Run();
}

}  // namespace annals::query
