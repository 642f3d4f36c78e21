#include "report/indicator_records.hpp"

namespace otklik::report {
namespace {

using metrics::IndicatorResult;

// Fills `rec` (one field per column) in place: the national open data is
// tens of millions of records, and a fresh vector of strings each was a
// large part of writing them.
void fill_record(const model::Dataset& data, const std::vector<std::string>& labels,
                 const metrics::IndicatorTable& table, const IndicatorResult& r,
                 std::vector<FieldValue>& rec) {
  for (FieldValue& field : rec) field.set_absent();
  set_key_fields(rec, data, labels, r.cut);
  rec[6].set_text({});
  table.append_key(r, rec[6].text);
  if (r.has_value()) {
    rec[7].set_number(r.measurement.value);
    rec[8].set_integer(r.measurement.n);
    if (r.estimate != metrics::Estimate::Tally) {
      rec[9].set_number(r.measurement.ci.low);
      rec[10].set_number(r.measurement.ci.high);
    }
    if (r.star_level >= 0) rec[11].set_integer(static_cast<uint64_t>(r.star_level));
    if (r.change) {
      rec[12].set_number(r.change->difference);
      if (r.change->tested) rec[13].set_bool(r.change->significant);
    }
  }
  rec[14].set_bool(r.suppressed);
  rec[15].set_bool(r.low_reliability);
}

}  // namespace

const std::vector<OpenDataField>& indicator_record_fields() {
  using T = FieldType;
  static const std::vector<OpenDataField> fields = {
      {"period", T::String, "Period: 2026-Q3 or 2026-07", "Период: 2026-Q3 или 2026-07"},
      {"life_situation_id", T::String, "Life situation id; empty for all",
       "Код жизненной ситуации; пусто — все"},
      {"service_id", T::String, "Service id; empty for all", "Код услуги; пусто — все"},
      {"touchpoint_id", T::String, "Touchpoint id; empty for all",
       "Код точки взаимодействия; пусто — все"},
      {"segment_id", T::String, "Client segment id; empty for all",
       "Код сегмента клиентов; пусто — все"},
      {"region_id", T::String, "Region id; empty for all", "Код региона; пусто — все"},
      {"indicator", T::String, "Indicator key, with a detail after ':' (docs/opendata.md)",
       "Код показателя, после «:» — уточнение"},
      {"value", T::Number, "Value, unrounded: percent, points, count, hours or level",
       "Значение без округления: проценты, пункты, число, часы или уровень"},
      {"n", T::Integer, "Base: valid answers, appeals, requests, services or scenarios",
       "База расчёта: число ответов, обращений, запросов, услуг или сценариев"},
      {"ci_low", T::Number, "Lower bound of the 95 % interval",
       "Нижняя граница 95-процентного интервала"},
      {"ci_high", T::Number, "Upper bound of the 95 % interval",
       "Верхняя граница 95-процентного интервала"},
      {"star_level", T::Integer, "Star level 0-5 where the standard grades the indicator",
       "Уровень 0–5 по таблицам стандарта"},
      {"change", T::Number, "Change against the previous period (points for shares)",
       "Изменение к предыдущему периоду (для долей — в процентных пунктах)"},
      {"change_significant", T::Boolean, "The change is significant at 95 % (z-test)",
       "Изменение статистически значимо (z-тест, 95 %)"},
      {"suppressed", T::Boolean, "Hidden by disclosure control: no value and no n",
       "Скрыто для защиты персональных данных: нет значения и базы"},
      {"low_reliability", T::Boolean, "Fewer than low_n in the base",
       "Мало ответов: база меньше порога low_n"},
  };
  return fields;
}

IndicatorRecordWriter::IndicatorRecordWriter(const model::Dataset& data, RecordFormat format,
                                             std::ostream& out)
    : data_(data),
      writer_(indicator_record_fields(), format, out),
      period_labels_(period_labels(data)),
      record_(indicator_record_fields().size()) {}

void IndicatorRecordWriter::write(const metrics::IndicatorTable& table) {
  for (const auto& result : table.results()) {
    fill_record(data_, period_labels_, table, result, record_);
    writer_.record(record_);
  }
}

void write_indicator_records(const model::Dataset& data, const metrics::IndicatorTable& indicators,
                             RecordFormat format, std::ostream& out) {
  IndicatorRecordWriter writer(data, format, out);
  writer.write(indicators);
  writer.end();
}

}  // namespace otklik::report
