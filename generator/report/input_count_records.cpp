#include "report/input_count_records.hpp"

#include "metrics/published_cells.hpp"
#include "report/input_counts_sheet.hpp"

namespace otklik::report {
namespace {

// Fills the key columns of `rec` in place, once per cell; the answers then
// refill only the last three (tens of millions of rows nationally).
void fill_key(const model::Dataset& data, const std::vector<std::string>& labels,
              const model::CellKey& key, std::vector<FieldValue>& rec) {
  set_key_fields(rec, data, labels, key);
  rec[6].set_text(data.questions[key.question].id);
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

InputCountRecordWriter::InputCountRecordWriter(const model::Dataset& data, RecordFormat format,
                                               std::ostream& out)
    : data_(data),
      writer_(input_count_fields(), format, out),
      labels_(period_labels(data)),
      record_(input_count_fields().size()) {}

void InputCountRecordWriter::write(const metrics::PublishedCells& published, std::size_t first,
                                   std::size_t last) {
  FieldValue& answer = record_[7];
  FieldValue& count = record_[8];
  FieldValue& hidden = record_[9];
  for (std::size_t i = first; i < last; ++i) {
    const model::SurveyCell& cell = data_.survey[i];
    fill_key(data_, labels_, cell.key, record_);
    if (!published[i]) {
      answer.set_absent();
      count.set_absent();
      hidden.set_bool(true);
      writer_.record(record_);
      continue;
    }
    hidden.set_bool(false);
    for (std::size_t slot = 0; slot < model::kAnswerSlots; ++slot) {
      if (cell.answers[slot] == 0) continue;
      answer.set_text(answer_text(slot));
      count.set_integer(cell.answers[slot]);
      writer_.record(record_);
    }
  }
}

void write_input_count_records(const model::Dataset& data, const metrics::PublishedCells& published,
                               RecordFormat format, std::ostream& out) {
  InputCountRecordWriter writer(data, format, out);
  writer.write(published, 0, data.survey.size());
  writer.end();
}

}  // namespace otklik::report
