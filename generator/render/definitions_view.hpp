#pragma once
// The indicator definitions table of the methodology page, generated from
// the same metrics::indicator_definitions() the computation uses.
#include <kainjow/mustache.hpp>

namespace otklik::render {

// A list: name, source, formula, base, has_stars, stars (symbols, text,
// range), star_note, has_note.
kainjow::mustache::data definitions_view();

}  // namespace otklik::render
