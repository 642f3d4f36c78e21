// The one Boost.Test entry point shared by every per-stage test executable.
#define BOOST_TEST_MODULE otklik
#include <boost/test/unit_test.hpp>
