#pragma once
// A minimal valid data folder, written to a temp dir, that each test bends.
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

namespace otklik::test {

inline std::map<std::string, std::string> minimal_data() {
  return {
      {"life_situations.csv", "id,name,order\nls2,Выход на пенсию,2\nls1,Рождение ребёнка,1\n"},
      {"services.csv", "id,name\ns1,Пособие\ns2,Пенсия\n"},
      {"life_situation_services.csv",
       "life_situation_id,service_id,in_scenario,proactive\nls1,s1,1,1\nls2,s2,1,0\n"},
      {"touchpoints.csv", "id,name,channel,kind\ntp1,Портал,portal,digital\ntp2,МФЦ,mfc,offline\n"},
      {"survey.csv",
       "period,life_situation_id,service_id,touchpoint_id,question,answer,count\n"
       "2026-Q3,ls1,s1,tp1,satisfaction,4,10\n"
       "2026-Q3,ls1,s1,tp1,satisfaction,dk,2\n"
       "2026-Q2,ls1,,tp2,nps,9,5\n"
       "2026-Q3,ls1,s1,tp1,satisfaction,4,3\n"},
      {"appeals.csv",
       "period,life_situation_id,touchpoint_id,topic,kind,result,count,on_time,repeat\n"
       "2026-Q3,ls1,tp1,Сроки,complaint,explained,5,4,1\n"},
  };
}

inline std::filesystem::path write_data(const std::string& name,
                                        const std::map<std::string, std::string>& files) {
  auto dir = std::filesystem::temp_directory_path() / ("otklik-ingest-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const auto& [file, text] : files) std::ofstream(dir / file, std::ios::binary) << text;
  return dir;
}

}  // namespace otklik::test
