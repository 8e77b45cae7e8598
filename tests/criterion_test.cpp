// Answers given as text: human numbers, ranges, choices, yes/no.
#include <catch2/catch.hpp>

#include "ragft/criterion.h"

using namespace ragft;

namespace {

Criterion number_criterion(CriterionType t, std::optional<double> min = {}) {
  Criterion c;
  c.id = "calls_per_day";
  c.type = t;
  c.min = min;
  if (t == CriterionType::fraction) {
    c.id = "prompt_quality";
    c.min = 0;
    c.max = 1;
  }
  return c;
}

}  // namespace

TEST_CASE("human numbers") {
  CHECK(parse_human_number("40000") == 40000.0);
  CHECK(parse_human_number("40k") == 40000.0);
  CHECK(parse_human_number("40K") == 40000.0);
  CHECK(parse_human_number("3M") == 3000000.0);
  CHECK(parse_human_number("1.5M") == 1500000.0);
  CHECK(parse_human_number("2B") == 2000000000.0);
  CHECK(parse_human_number("4e4") == 40000.0);
  CHECK(parse_human_number("40_000") == 40000.0);
  CHECK(parse_human_number("40,000") == 40000.0);
  CHECK(parse_human_number("1,234,567") == 1234567.0);
  CHECK(parse_human_number("97%") == 0.97);
  CHECK(parse_human_number("99.7%") == 0.997);
  CHECK(parse_human_number(" 12 ") == 12.0);
  CHECK_FALSE(parse_human_number("40,00"));
  CHECK_FALSE(parse_human_number("lots"));
  CHECK_FALSE(parse_human_number("0x10"));
  CHECK_FALSE(parse_human_number("inf"));
  CHECK_FALSE(parse_human_number("nan"));
  CHECK_FALSE(parse_human_number("1e999"));
  CHECK_FALSE(parse_human_number("k"));
  CHECK_FALSE(parse_human_number(""));
  CHECK_FALSE(parse_human_number("_40"));
  CHECK_FALSE(parse_human_number("12x"));
}

TEST_CASE("answers are checked against the criterion") {
  Criterion calls = number_criterion(CriterionType::number, 0.0);
  auto ok = parse_answer(calls, "40k");
  REQUIRE(ok.value);
  CHECK(ok.value->number == 40000.0);

  auto neg = parse_answer(calls, "-5");
  CHECK_FALSE(neg.value);
  CHECK(neg.error == "-5 is out of range for 'calls_per_day': it must be >= 0");
  CHECK(neg.hint == "expected a number >= 0, such as 40000, 40k or 4e4");

  auto word = parse_answer(calls, "lots");
  CHECK(word.error == "'lots' is not a number for 'calls_per_day'");

  Criterion examples = number_criterion(CriterionType::integer, 0.0);
  examples.id = "labeled_examples";
  auto half = parse_answer(examples, "2.5");
  CHECK(half.error == "'2.5' is not a whole number for 'labeled_examples'");
  CHECK(half.hint == "expected a whole number >= 0, such as 2000 or 2k");
  CHECK(parse_answer(examples, "2k").value->number == 2000.0);

  Criterion quality = number_criterion(CriterionType::fraction);
  CHECK(parse_answer(quality, "97%").value->number == 0.97);
  CHECK(parse_answer(quality, "0.997").value->number == 0.997);
  auto pct = parse_answer(quality, "97");
  CHECK(pct.error == "97 is outside 0..1 for 'prompt_quality'");
  CHECK(pct.hint == "did you mean 97%? expected a fraction from 0 to 1, such as 0.97 or 97%");

  Criterion latency = number_criterion(CriterionType::number);
  latency.id = "latency_budget_ms";
  latency.above = 0;
  CHECK(parse_answer(latency, "0").error == "0 is out of range for 'latency_budget_ms': it must be > 0");
}

TEST_CASE("a percentage is a fraction only where a fraction is asked") {
  Criterion calls = number_criterion(CriterionType::number, 0.0);
  calls.unit = "calls/day";
  auto pct = parse_answer(calls, "40%");
  CHECK_FALSE(pct.value);
  CHECK(pct.error == "'40%' is a percentage, but 'calls_per_day' is a number of calls/day, not a fraction");
  CHECK(pct.hint == "expected a number >= 0, such as 40000, 40k or 4e4");
  Criterion examples = number_criterion(CriterionType::integer, 0.0);
  examples.id = "labeled_examples";
  CHECK(parse_answer(examples, "100%").error ==
        "'100%' is a percentage, but 'labeled_examples' is a whole number, not a fraction");
  CHECK(parse_answer(number_criterion(CriterionType::fraction), "40%").value->number == 0.4);
}

TEST_CASE("value hints fit the criterion's type, unit and range") {
  auto hint_of = [](CriterionType t, std::string unit, std::optional<double> deflt, std::optional<double> min,
                    std::optional<double> max = {}, std::optional<double> above = {}) {
    Criterion c;
    c.id = "x";
    c.type = t;
    c.unit = std::move(unit);
    if (deflt) c.default_value = expr::Value::of_number(*deflt);
    c.min = min;
    c.max = max;
    c.above = above;
    return c.allowed();
  };
  using T = CriterionType;
  // Without a default or a known unit: the type's own example.
  CHECK(hint_of(T::number, "", {}, 0.0) == "a number >= 0, such as 40000, 40k or 4e4");
  CHECK(hint_of(T::integer, "", {}, 0.0) == "a whole number >= 0, such as 2000 or 2k");
  // The default is the example: a horizon in months is not offered 2k.
  CHECK(hint_of(T::integer, "months", 12.0, 1.0, 120.0) == "a whole number >= 1 and <= 120, such as 12");
  CHECK(hint_of(T::number, "USD", 20000.0, 0.0) == "a number >= 0, such as 20000, 20k or 2e4");
  CHECK(hint_of(T::number, "tokens", 1000.0, 0.0) == "a number >= 0, such as 1000 or 1k");
  // A unit without a default: a price per call is not offered 40k.
  CHECK(hint_of(T::number, "USD/call", {}, 0.0) == "a number >= 0, such as 0.002");
  CHECK(hint_of(T::number, "ms", {}, {}, {}, 0.0) == "a number > 0, such as 500");
  // A default of 0 says nothing: the unit's example instead.
  CHECK(hint_of(T::number, "USD/month", 0.0, 0.0) == "a number >= 0, such as 500");
  // Always inside the range.
  CHECK(hint_of(T::integer, "", {}, 1.0, 10.0) == "a whole number >= 1 and <= 10, such as 10");
  CHECK(hint_of(T::number, "", {}, 50000.0) == "a number >= 50000, such as 50000, 50k or 5e4");
  CHECK(hint_of(T::number, "", 1.5e6, 0.0) == "a number >= 0, such as 1500000 or 1.5M");
}

TEST_CASE("choices and yes/no") {
  Criterion problem;
  problem.id = "problem";
  problem.type = CriterionType::choice;
  problem.choices = {{"knowledge", "Knowledge"}, {"behavior", "Behavior"}, {"both", "Both"}};
  CHECK(parse_answer(problem, "behavior").value->text == "behavior");
  auto typo = parse_answer(problem, "behaviour");
  CHECK(typo.error == "'behaviour' is not a value of 'problem'");
  CHECK(typo.hint == "did you mean 'behavior'? expected one of: knowledge, behavior, both");
  auto far = parse_answer(problem, "zzz");
  CHECK(far.hint == "expected one of: knowledge, behavior, both");

  Criterion eval;
  eval.id = "eval_set";
  eval.type = CriterionType::yesno;
  CHECK(parse_answer(eval, "yes").value->boolean);
  CHECK(parse_answer(eval, "True").value->boolean);
  CHECK_FALSE(parse_answer(eval, "n").value->boolean);
  CHECK(parse_answer(eval, "maybe").error == "'maybe' is not yes or no for 'eval_set'");
}

TEST_CASE("did you mean") {
  std::vector<std::string> ids = {"labeled_examples", "eval_set", "calls_per_day"};
  CHECK(did_you_mean("labeled_exampels", ids) == "did you mean 'labeled_examples'?");
  CHECK(did_you_mean("calls_per_dya", ids) == "did you mean 'calls_per_day'?");
  CHECK(did_you_mean("labeled", ids) == "did you mean 'labeled_examples'?");
  CHECK(did_you_mean("zebra", ids).empty());
}
