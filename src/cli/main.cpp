// ragft: parse, run, map the outcome to an exit code.
#include <iostream>

#include "app.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return ragft::cli::run(argc, argv, std::cout, std::cerr);
}
