// ragft: parse, run, map the outcome to an exit code.
#include <iostream>

#include "app.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  int code = ragft::cli::run(argc, argv, std::cout, std::cerr);
  std::cout.flush();
  return code;
}
