#pragma once

#include <dongmao/text/message.hpp>

// Sets the run's language for one test case, and puts Chinese back after it.
struct LangScope
{
  explicit LangScope(dongmao::text::Lang lang) { dongmao::text::set_lang(lang); }
  ~LangScope() { dongmao::text::set_lang(dongmao::text::Lang::zh); }
  LangScope(const LangScope&) = delete;
  LangScope& operator=(const LangScope&) = delete;
};
