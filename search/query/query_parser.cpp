#include "query/query_parser.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include "index/schema.hpp"

namespace onrecord {
namespace {

enum class Lexeme { kWord, kPhrase, kField, kLParen, kRParen, kAnd, kOr, kNot, kNear, kEnd };

struct Token {
  Lexeme kind = Lexeme::kEnd;
  std::string text;
  std::string field;
  bool quoted = false;
  unsigned window = 0;
  std::size_t offset = 0;
};

constexpr unsigned kDefaultNearWindow = 10;
// Bounds on what one query may cost, whoever sends it: a pasted paragraph is a few hundred
// words; a NEAR window wider than a long passage finds nothing more.
constexpr std::size_t kMaxQueryTokens = 512;
constexpr unsigned kMaxNearWindow = 1000;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool starts_with_at(const std::string& s, std::size_t i, std::string_view what) {
  return s.compare(i, what.size(), what) == 0;
}

// Straight and curly double quotes both delimit phrases.
std::size_t quote_length_at(const std::string& s, std::size_t i) {
  if (s[i] == '"') return 1;
  if (starts_with_at(s, i, "\u201C") || starts_with_at(s, i, "\u201D")) return 3;
  return 0;
}

bool is_known_field(std::string_view name) {
  return std::any_of(schema::kQueryFields.begin(), schema::kQueryFields.end(),
                     [name](const schema::QueryField& f) { return f.name == name; });
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class Lexer {
 public:
  explicit Lexer(const std::string& q) : q_(q) {}

  Result<std::vector<Token>> run() {
    std::vector<Token> tokens;
    while (true) {
      while (pos_ < q_.size() && is_space(q_[pos_])) ++pos_;
      if (pos_ >= q_.size()) break;
      const std::size_t start = pos_;
      if (q_[pos_] == '(' || q_[pos_] == ')') {
        tokens.push_back(
            {q_[pos_] == '(' ? Lexeme::kLParen : Lexeme::kRParen, "", "", false, 0, start});
        ++pos_;
        continue;
      }
      if (q_[pos_] == '-' && pos_ + 1 < q_.size() && !is_space(q_[pos_ + 1]) &&
          q_[pos_ + 1] != '-') {
        tokens.push_back({Lexeme::kNot, "-", "", false, 0, start});
        ++pos_;
        continue;
      }
      if (q_[pos_] == '+') {  // "required" is the default already
        ++pos_;
        continue;
      }
      if (const auto ql = quote_length_at(q_, pos_); ql > 0) {
        pos_ += ql;
        tokens.push_back({Lexeme::kPhrase, read_phrase(), "", true, 0, start});
        continue;
      }
      std::string word = read_word();
      if (auto field = split_field(word, start); field) {
        if (!*field) return field->error();
        tokens.push_back(std::move(field->value()));
        continue;
      }
      tokens.push_back(classify(std::move(word), start));
    }
    tokens.push_back({Lexeme::kEnd, "", "", false, 0, q_.size()});
    return tokens;
  }

 private:
  std::string read_phrase() {
    std::string text;
    while (pos_ < q_.size()) {
      if (const auto ql = quote_length_at(q_, pos_); ql > 0) {
        pos_ += ql;
        return text;
      }
      text.push_back(q_[pos_++]);
    }
    return text;  // unclosed quote: the phrase runs to the end
  }

  std::string read_word() {
    std::string word;
    while (pos_ < q_.size() && !is_space(q_[pos_]) && q_[pos_] != '(' && q_[pos_] != ')' &&
           quote_length_at(q_, pos_) == 0) {
      word.push_back(q_[pos_++]);
    }
    return word;
  }

  // "speaker:Musk", `speaker:"Elon Musk"`; nullopt when the word names no known field.
  std::optional<Result<Token>> split_field(const std::string& word, std::size_t start) {
    const auto colon = word.find(':');
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    const std::string name = lower_ascii(word.substr(0, colon));
    if (!is_known_field(name)) return std::nullopt;
    Token token{Lexeme::kField, word.substr(colon + 1), name, false, 0, start};
    if (token.text.empty() && pos_ < q_.size()) {
      if (const auto ql = quote_length_at(q_, pos_); ql > 0) {
        pos_ += ql;
        token.text = read_phrase();
        token.quoted = true;
      }
    }
    if (token.text.empty()) {
      return Result<Token>(
          Error{ErrorCode::kBadQuery, "'" + name + ":' needs a value",
                "e.g. " + name + (name == "date" ? ":2025-06..2025-07" : ":\"Elon Musk\"")});
    }
    return Result<Token>(std::move(token));
  }

  static Token classify(std::string word, std::size_t start) {
    if (word == "AND") return {Lexeme::kAnd, word, "", false, 0, start};
    if (word == "OR") return {Lexeme::kOr, word, "", false, 0, start};
    if (word == "NOT") return {Lexeme::kNot, word, "", false, 0, start};
    if (word == "NEAR") return {Lexeme::kNear, word, "", false, kDefaultNearWindow, start};
    if (word.starts_with("NEAR/")) {
      unsigned n = 0;
      const char* first = word.data() + 5;
      const char* last = word.data() + word.size();
      const auto [ptr, ec] = std::from_chars(first, last, n);
      if (ec == std::errc() && ptr == last && n > 0)
        return {Lexeme::kNear, word, "", false, n, start};
    }
    return {Lexeme::kWord, std::move(word), "", false, 0, start};
  }

  const std::string& q_;
  std::size_t pos_ = 0;
};

bool is_empty(const QueryNode& node) {
  return (node.type == NodeType::kAnd || node.type == NodeType::kOr) && node.children.empty();
}

QueryNode combine(NodeType type, std::vector<QueryNode> children) {
  std::erase_if(children, is_empty);
  if (children.size() == 1) return std::move(children.front());
  QueryNode node;
  node.type = type;
  node.children = std::move(children);
  return node;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  QueryNode parse() {
    std::vector<QueryNode> parts;
    while (peek().kind != Lexeme::kEnd) {
      if (peek().kind == Lexeme::kRParen) {  // stray ')': ignore
        ++pos_;
        continue;
      }
      parts.push_back(parse_or());
    }
    return combine(NodeType::kAnd, std::move(parts));
  }

 private:
  const Token& peek(std::size_t ahead = 0) const {
    return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
  }
  static bool ends_operand(Lexeme k) {
    return k == Lexeme::kEnd || k == Lexeme::kRParen || k == Lexeme::kOr;
  }

  QueryNode parse_or() {
    std::vector<QueryNode> alternatives{parse_and()};
    while (peek().kind == Lexeme::kOr) {
      const Token op = tokens_[pos_++];
      if (ends_operand(peek().kind) || peek().kind == Lexeme::kAnd) {
        alternatives.push_back(word_from(op));  // "trump OR": read OR as a word
        continue;
      }
      alternatives.push_back(parse_and());
    }
    return combine(NodeType::kOr, std::move(alternatives));
  }

  QueryNode parse_and() {
    std::vector<QueryNode> items;
    while (!ends_operand(peek().kind)) {
      if (peek().kind == Lexeme::kAnd) {
        const Token op = tokens_[pos_++];
        if (items.empty() || ends_operand(peek().kind)) items.push_back(word_from(op));
        continue;
      }
      items.push_back(parse_unary());
    }
    if (items.empty() && peek().kind == Lexeme::kOr && pos_ == 0) {
      items.push_back(word_from(tokens_[pos_++]));  // "OR" at the very start is a word
    }
    return combine(NodeType::kAnd, std::move(items));
  }

  QueryNode parse_unary() {
    if (peek().kind == Lexeme::kNot) {
      const Token op = tokens_[pos_++];
      if (ends_operand(peek().kind) || peek().kind == Lexeme::kAnd) return word_from(op);
      QueryNode node;
      node.type = NodeType::kNot;
      node.children.push_back(parse_unary());
      return node;
    }
    return parse_near();
  }

  QueryNode parse_near() {
    QueryNode left = parse_primary();
    while (peek().kind == Lexeme::kNear) {
      const Token op = tokens_[pos_++];
      if (ends_operand(peek().kind) || peek().kind == Lexeme::kAnd || peek().kind == Lexeme::kNot) {
        QueryNode as_word = word_from(op);
        left = combine(NodeType::kAnd, {std::move(left), std::move(as_word)});
        continue;
      }
      QueryNode right = parse_primary();
      if (left.type != NodeType::kNear) {
        QueryNode near;
        near.type = NodeType::kNear;
        near.window = op.window;
        near.children.push_back(std::move(left));
        left = std::move(near);
      }
      left.window = std::max(left.window, op.window);
      left.children.push_back(std::move(right));
    }
    return left;
  }

  QueryNode parse_primary() {
    const Token token = tokens_[pos_++];
    QueryNode node;
    node.offset = token.offset;
    switch (token.kind) {
      case Lexeme::kLParen: {
        QueryNode inner = parse_or();                // stops only at ')' or the end
        if (peek().kind == Lexeme::kRParen) ++pos_;  // an unclosed '(' closes at the end
        return inner;
      }
      case Lexeme::kPhrase:
        node.type = NodeType::kPhrase;
        node.text = token.text;
        return node;
      case Lexeme::kField:
        node.type = NodeType::kField;
        node.field = token.field;
        node.text = token.text;
        node.value_quoted = token.quoted;
        return node;
      case Lexeme::kWord:
        if (token.text.size() > 1 && token.text.back() == '*') {
          node.type = NodeType::kWildcard;
          node.text = token.text.substr(0, token.text.size() - 1);
          return node;
        }
        node.type = NodeType::kWord;
        node.text = token.text;
        return node;
      default:
        return word_from(token);  // an operator where a word belongs is read as a word
    }
  }

  static QueryNode word_from(const Token& token) {
    QueryNode node;
    node.type = NodeType::kWord;
    node.text = token.text;
    node.offset = token.offset;
    return node;
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

}  // namespace

Result<QueryNode> parse_query(const std::string& query) {
  auto tokens = Lexer(query).run();
  if (!tokens) return tokens.error();
  std::size_t words = 0;  // a phrase counts each of its words
  for (const auto& token : *tokens)
    words +=
        token.quoted
            ? static_cast<std::size_t>(1 + std::count(token.text.begin(), token.text.end(), ' '))
            : 1;
  if (words > kMaxQueryTokens)
    return Error{ErrorCode::kBadQuery,
                 "the query has " + std::to_string(words) + " words and operators; at most " +
                     std::to_string(kMaxQueryTokens) + " are searched",
                 "search for its most telling words or a \"phrase\" from it"};
  for (const auto& token : *tokens)
    if (token.kind == Lexeme::kNear && token.window > kMaxNearWindow)
      return Error{ErrorCode::kBadQuery,
                   "'" + token.text + "' is wider than NEAR/" + std::to_string(kMaxNearWindow),
                   "words that far apart are in different passages: use AND"};
  return Parser(std::move(*tokens)).parse();
}

}  // namespace onrecord
