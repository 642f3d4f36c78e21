#include "report/input_count_records.hpp"

#include "metrics/published_cells.hpp"
#include "report/input_counts_sheet.hpp"

namespace otklik::report {
namespace {

std::vector<FieldValue> key_of(const model::Dataset& data, const model::CellKey& key) {
  return {FieldValue::of_text(data.periods[key.period].label()),
          member_id(data.life_situations, key.life_situation),
          member_id(data.services, key.service),
          member_id(data.touchpoints, key.touchpoint),
          member_id(data.segments, key.segment),
          member_id(data.regions, key.region),
          FieldValue::of_text(data.questions[key.question].id)};
}

}  // namespace

const std::vector<OpenDataField>& input_count_fields() {
  using T = FieldType;
  static const std::vector<OpenDataField> fields = {
      {"period", T::String, "Period: 2026-Q3 or 2026-07", "Период: 2026-Q3 или 2026-07"},
      {"life_situation_id", T::String, "Life situation id; empty if not attributed",
       "Код жизненной ситуации; пусто — не указана"},
      {"service_id", T::String, "Service id; empty if not attributed",
       "Код услуги; пусто — не указана"},
      {"touchpoint_id", T::String, "Touchpoint id; empty if not attributed",
       "Код точки взаимодействия; пусто — не указана"},
      {"segment_id", T::String, "Client segment id; empty if not attributed",
       "Код сегмента клиентов; пусто — не указан"},
      {"region_id", T::String, "Region id; empty if not attributed",
       "Код региона; пусто — не указан"},
      {"question_id", T::String, "Question id of questions.csv", "Код вопроса"},
      {"answer", T::String, "Answer as in survey.csv: 1-4, 0-10, dk, na, yes, no",
       "Ответ, как в survey.csv: 1–4, 0–10, dk, na, yes, no"},
      {"count", T::Integer, "Number of answers", "Число ответов"},
      {"suppressed", T::Boolean, "The cell is hidden by disclosure control: no answers, no count",
       "Ячейка скрыта для защиты персональных данных: нет ответов и числа"},
  };
  return fields;
}

void write_input_count_records(const model::Dataset& data, const metrics::PublishedCells& published,
                               RecordFormat format, std::ostream& out) {
  RecordWriter writer(input_count_fields(), format, out);
  for (std::size_t i = 0; i < data.survey.size(); ++i) {
    const model::SurveyCell& cell = data.survey[i];
    std::vector<FieldValue> rec = key_of(data, cell.key);
    if (!published[i]) {
      rec.insert(rec.end(), {FieldValue{}, FieldValue{}, FieldValue::of_bool(true)});
      writer.record(rec);
      continue;
    }
    for (std::size_t slot = 0; slot < model::kAnswerSlots; ++slot) {
      if (cell.answers[slot] == 0) continue;
      std::vector<FieldValue> row = rec;
      row.insert(row.end(),
                 {FieldValue::of_text(answer_text(slot)),
                  FieldValue::of_integer(cell.answers[slot]), FieldValue::of_bool(false)});
      writer.record(row);
    }
  }
  writer.end();
}

}  // namespace otklik::report
