// JsonWriter: byte for byte what nlohmann's dump() writes for the same tree,
// through its fast paths (short plain strings, 16-byte scans, decimals) and
// its escaping path alike.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "ragft/json_writer.h"
#include "ragft/safe_text.h"

using namespace ragft;
using Json = nlohmann::ordered_json;

namespace {

std::string written(const Json& j, int indent) {
  std::string out;
  JsonWriter w(out, indent);
  auto walk = [&w](const auto& self, const Json& v) -> void {
    if (v.is_object()) {
      w.begin_object();
      for (const auto& [k, x] : v.items()) {
        w.key(k);
        self(self, x);
      }
      w.end_object();
    } else if (v.is_array()) {
      w.begin_array();
      for (const auto& x : v) self(self, x);
      w.end_array();
    } else if (v.is_string()) {
      w.value(v.get_ref<const std::string&>());
    } else if (v.is_boolean()) {
      w.value(v.get<bool>());
    } else if (v.is_number_integer()) {
      w.value(v.get<long long>());
    } else if (v.is_number_float()) {
      w.value(v.get<double>());
    } else {
      w.null();
    }
  };
  walk(walk, j);
  return out;
}

// Strings of every kind the writer tells apart: plain ASCII around the 8-,
// 16- and 64-byte boundaries of its fast paths, with a quote, backslash or
// control character anywhere, valid multi-byte UTF-8, and invalid bytes.
std::string random_string(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a", "Z", " ", "~", "\"", "\\", "\n", "\t", std::string(1, '\0'), "\x1F", "\x7F", "\xC3\xA9", "\xE2\x86\x92",
      "\xF0\x9F\xA4\x96", "\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xE3\x81"};
  std::uniform_int_distribution<int> length(0, 90), kind(0, 9), piece(0, static_cast<int>(pieces.size()) - 1);
  const int n = length(rng);
  const bool plain = kind(rng) < 6;  // most strings need no escaping, as in ragft's output
  std::string s;
  for (int i = 0; i < n; ++i) {
    if (plain || kind(rng) < 7) s += static_cast<char>('a' + i % 26);
    else s += pieces[static_cast<std::size_t>(piece(rng))];
  }
  return s;
}

Json random_value(std::mt19937& rng, int depth) {
  std::uniform_int_distribution<int> kind(0, depth < 3 ? 7 : 5);
  switch (kind(rng)) {
    case 0: return nullptr;
    case 1: return rng() % 2 == 0;
    case 2: return static_cast<long long>(rng()) - (1LL << 31);
    case 3: return std::ldexp(static_cast<double>(rng()), static_cast<int>(rng() % 80) - 60) * (rng() % 2 ? 1 : -1);
    case 4:
    case 5: return random_string(rng);
    case 6: {
      Json a = Json::array();
      for (auto i = rng() % 5; i > 0; --i) a.push_back(random_value(rng, depth + 1));
      return a;
    }
    default: {
      Json o = Json::object();
      for (auto i = rng() % 5; i > 0; --i) o[random_string(rng)] = random_value(rng, depth + 1);
      return o;
    }
  }
}

}  // namespace

TEST_CASE("JsonWriter writes what nlohmann's dump writes, one line and indented", "[json_writer]") {
  std::mt19937 rng(17);
  for (int i = 0; i < 3000; ++i) {
    Json j = Json::object();
    for (auto k = rng() % 6; k > 0; --k) j[random_string(rng)] = random_value(rng, 0);
    INFO("document " << i);
    REQUIRE(written(j, -1) == json_text(j));
    REQUIRE(written(j, 2) == json_text(j, 2));
  }
}

TEST_CASE("JsonWriter escapes keys and strings on both sides of its fast paths' lengths", "[json_writer]") {
  for (std::size_t n : {0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 200}) {
    for (std::size_t at = 0; at < std::max<std::size_t>(n, 1); at += std::max<std::size_t>(1, n / 5)) {
      for (const char* bad : {"\"", "\\", "\x01", "\xC3\xA9", "\xFF"}) {
        std::string s(n, 'x');
        if (n > 0) s.replace(at, 1, bad);
        Json j = {{s, s}};
        INFO("length " << n << ", at " << at);
        REQUIRE(written(j, -1) == json_text(j));
      }
    }
  }
  std::string out;
  JsonWriter(out).begin_object().member("a\"b", "tab\there").member("k", "\x1B[2J").end_object();
  CHECK(out == R"({"a\"b":"tab\there","k":"\u001b[2J"})");
}

TEST_CASE("JsonWriter::decimal writes a rounded value as its decimal, which reads back as the double",
          "[json_writer]") {
  auto decimal = [](long long units, int places) {
    std::string out;
    JsonWriter(out).decimal(units, places);
    return out;
  };
  CHECK(decimal(305, 2) == "3.05");
  CHECK(decimal(-5, 2) == "-0.05");
  CHECK(decimal(500, 2) == "5");
  CHECK(decimal(-500, 2) == "-5");
  CHECK(decimal(0, 2) == "0");
  CHECK(decimal(120, 2) == "1.2");
  CHECK(decimal(7, 0) == "7");
  CHECK(decimal(1, 6) == "0.000001");
  CHECK(decimal(-649, 6) == "-0.000649");  // value(double) writes -0.0006489999999999999
  CHECK(decimal(309274120, 2) == "3092741.2");
  CHECK(decimal(1234567890123456789LL, 2) == "1.2345678901234568e+16");  // past 15 digits: the double
  static constexpr double kScale[] = {1, 10, 100, 1000, 1e4, 1e5, 1e6};
  std::mt19937_64 rng(3);
  for (int digits = 1; digits <= 15; ++digits) {
    const auto top = static_cast<long long>(std::pow(10.0, digits));
    std::uniform_int_distribution<long long> pick(-top + 1, top - 1);
    for (int places = 0; places <= 6; ++places) {
      for (int k = 0; k < 2000; ++k) {
        const long long units = pick(rng);
        const double value = static_cast<double>(units) / kScale[places];
        const std::string text = decimal(units, places);
        INFO(units << " / 10^" << places << " written as " << text);
        // The decimal, as printf rounds the double to `places` (exact: the
        // double is far nearer to it than half a unit of the last place),
        // trailing zeros and a bare point dropped.
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*f", places, value);
        std::string expected = buf;
        if (places > 0) {
          while (expected.back() == '0') expected.pop_back();
          if (expected.back() == '.') expected.pop_back();
        }
        if (expected == "-0") expected = "0";
        REQUIRE(text == expected);
        REQUIRE(std::strtod(text.c_str(), nullptr) == value);
        // Money (two places, from a cent up) is written as value(double)
        // writes the double: the JSON is what it was before this fast path.
        if (places == 2 && std::fabs(value) >= 0.01 && std::floor(value) != value)
          REQUIRE(text == json_text(Json(value)));
      }
    }
  }
}
