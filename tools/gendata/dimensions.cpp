// The dimension files: what the fact rows' ids refer to.
#include "csv_file.hpp"
#include "writers.hpp"

namespace gendata {
namespace {

void done(CsvFile& csv, std::string name, WrittenFiles& files) {
  csv.close();
  files.push_back({std::move(name), csv.rows(), csv.bytes()});
}

void write_life_situations(const World& world, const std::filesystem::path& out,
                           WrittenFiles& files) {
  CsvFile csv(out / "life_situations.csv",
              {"id", "name", "description", "order", "sphere", "priority"});
  for (const LifeSituation& ls : world.life_situations) {
    csv.text(ls.id).text(ls.name).text(ls.description).number(ls.order).text(ls.sphere);
    csv.number(ls.priority ? 1 : 0);
    csv.end_row();
  }
  done(csv, "life_situations.csv", files);
}

void write_services(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  CsvFile csv(out / "services.csv", {"id", "name"});
  for (const Service& service : world.services) {
    csv.text(service.id).text(service.name);
    csv.end_row();
  }
  done(csv, "services.csv", files);
}

void write_scenarios(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  CsvFile csv(out / "life_situation_services.csv",
              {"life_situation_id", "service_id", "in_scenario", "proactive"});
  for (const LifeSituation& ls : world.life_situations)
    for (const ScenarioLink& link : ls.services) {
      csv.text(ls.id).text(world.services[link.service].id);
      csv.number(link.in_scenario ? 1 : 0).number(link.proactive ? 1 : 0);
      csv.end_row();
    }
  done(csv, "life_situation_services.csv", files);
}

void write_touchpoints(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  CsvFile csv(out / "touchpoints.csv", {"id", "name", "channel", "kind"});
  for (const Touchpoint& tp : world.touchpoints) {
    csv.text(tp.id).text(tp.name).text(tp.channel).text(tp.kind);
    csv.end_row();
  }
  done(csv, "touchpoints.csv", files);
}

void write_segments(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  CsvFile csv(out / "segments.csv", {"id", "name", "client_type"});
  for (const Segment& segment : world.segments) {
    csv.text(segment.id).text(segment.name).text(segment.client_type);
    csv.end_row();
  }
  done(csv, "segments.csv", files);
}

void write_questions(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  CsvFile csv(out / "questions.csv", {"id", "text", "scale"});
  csv.text(world.custom_question_id).text(world.custom_question_text).text("binary");
  csv.end_row();
  done(csv, "questions.csv", files);
}

void write_regions(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  CsvFile csv(out / "regions.csv", {"id", "name"});
  for (const Region& region : world.regions) {
    csv.text(region.id).text(region.name);
    csv.end_row();
  }
  done(csv, "regions.csv", files);
}

}  // namespace

void write_dimensions(const World& world, const std::filesystem::path& out, WrittenFiles& files) {
  write_life_situations(world, out, files);
  write_services(world, out, files);
  write_scenarios(world, out, files);
  write_touchpoints(world, out, files);
  write_segments(world, out, files);
  write_questions(world, out, files);
  if (!world.regions.empty()) write_regions(world, out, files);
}

}  // namespace gendata
