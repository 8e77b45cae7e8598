// Where a `ragft check` run keeps its proposals until the report is written:
// one record per proposal in an unlinked temporary file, read back one at a
// time, so that memory does not grow with the number of proposals (100,000
// files took 2.5 GB when every ProposalCheck was held). What the report's
// head needs (the counts, the rules that have findings) is kept as the
// records go in. Small runs stay in memory, and so does every run when no
// temporary file can be made.
#pragma once
#include <cstddef>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ragft/diagnostic.h"

namespace ragft {

struct ProposalCheck;

template <class T>
class Spool {
 public:
  // Records beyond `in_memory` go to a temporary file.
  explicit Spool(std::size_t in_memory = 256);
  ~Spool();
  Spool(Spool&&) noexcept;
  Spool& operator=(Spool&&) noexcept;

  void push_back(const T& record);
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  // Calls `f` on every record, in the order they were added.
  void for_each(const std::function<void(const T&)>& f) const;

 private:
  std::vector<T> memory_;
  std::size_t in_memory_;
  std::size_t count_ = 0;
  std::FILE* file_ = nullptr;  // tmpfile(): removed when closed, or when the process ends
  bool no_file_ = false;       // tmpfile() failed: every record stays in memory
};

extern template class Spool<ProposalCheck>;
extern template class Spool<Diagnostic>;

}  // namespace ragft
