// otklik: the command-line entry point; everything else lives in the stages.
#include "cli/app.hpp"

int main(int argc, char** argv) { return otklik::cli::run(argc, argv); }
