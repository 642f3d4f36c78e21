#pragma once
// Data folders for the ingest tests: a minimal valid set each test bends,
// written to a temp dir of this test process, and a loader that collects
// warnings.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "ingest/config.hpp"
#include "ingest/input_error.hpp"
#include "ingest/load_dataset.hpp"
#include "model/dataset.hpp"

namespace otklik::test {

using Files = std::map<std::string, std::string>;

inline const std::string kSurveyHeader =
    "period,life_situation_id,service_id,touchpoint_id,question,answer,count\n";

// Three life situations out of order (ls3 has no order: 0), two services and
// touchpoints, six survey rows that fold into three cells, two appeals.
inline Files minimal_data() {
  return {
      {"life_situations.csv",
       "id,name,order\nls2,Выход на пенсию,2\nls1,Рождение ребёнка,1\nls3,Переезд,\n"},
      {"services.csv", "id,name\ns1,Пособие\ns2,Пенсия\n"},
      {"life_situation_services.csv",
       "life_situation_id,service_id,in_scenario,proactive\nls1,s1,1,1\nls2,s2,1,0\n"},
      {"touchpoints.csv", "id,name,channel,kind\ntp1,Портал,portal,digital\ntp2,МФЦ,mfc,offline\n"},
      {"survey.csv", kSurveyHeader + "2026-Q3,ls1,s1,tp1,satisfaction,4,10\n"
                                     "2026-Q3,ls1,s1,tp1,satisfaction,dk,2\n"
                                     "2026-Q2,ls1,,tp2,nps,9,5\n"
                                     "2026-Q3,ls1,s1,tp1,satisfaction,4,3\n"
                                     "2026-07,ls2,s2,,ease,1,4\n"
                                     "2026-Q2,ls1,,tp2,nps,10,1\n"},
      {"appeals.csv",
       "period,life_situation_id,touchpoint_id,topic,kind,result,count,on_time,repeat\n"
       "2026-Q3,ls1,tp1,Сроки,complaint,explained,5,4,1\n"
       "2026-Q1,,,Прочее,proposal,answered,2,2,0\n"},
  };
}

// A fresh folder per name inside this process's temp dir, so parallel test
// runs from several build trees do not trample each other.
inline std::filesystem::path write_data(const std::string& name, const Files& files) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("otklik-ingest-test-" + std::to_string(::getpid())) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const auto& [file, text] : files) std::ofstream(dir / file, std::ios::binary) << text;
  return dir;
}

inline model::Dataset load(const std::filesystem::path& dir,
                           std::vector<std::string>* warnings = nullptr,
                           const ingest::Config& config = ingest::default_config()) {
  return ingest::load_dataset(dir, config, [warnings](const std::string& w) {
    if (warnings) warnings->push_back(w);
  });
}

// what() of the InputError the folder raises, or "no error".
inline std::string load_error(const std::filesystem::path& dir,
                              const ingest::Config& config = ingest::default_config()) {
  try {
    load(dir, nullptr, config);
  } catch (const ingest::InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace otklik::test
