#pragma once
// The hand-written sample ministry; the national scale starts from it too.
#include <vector>

#include "world.hpp"

namespace gendata {

std::vector<Service> sample_services();
std::vector<LifeSituation> sample_life_situations();

}  // namespace gendata
