// The embedded sample: a federal ministry with twelve life situations, forty
// services and ten touchpoints, written by hand so that the names, the client
// scenarios and the channels used in each situation are realistic.
#include "sample_catalog.hpp"

namespace gendata {
namespace {

// Touchpoint indices (tp01 = 0), for readable channel lists below.
enum Tp { kPortal, kApp, kPhone, kEmail, kSocial, kMessenger, kChatbot, kMfc, kInPerson, kLetter };

const std::vector<Service> kServices = {
    {"svc001", "Государственная регистрация рождения"},
    {"svc002", "Выдача сертификата на материнский (семейный) капитал"},
    {"svc003", "Назначение единого пособия на детей и беременных женщин"},
    {"svc004", "Регистрация по месту жительства"},
    {"svc005", "Выдача полиса обязательного медицинского страхования"},
    {"svc006", "Постановка на учёт для зачисления в детский сад"},
    {"svc007", "Назначение страховой пенсии по старости"},
    {"svc008", "Изменение способа доставки пенсии"},
    {"svc009", "Выдача справки о размере пенсии и иных социальных выплат"},
    {"svc010", "Предоставление сведений о состоянии индивидуального лицевого счёта"},
    {"svc011", "Предоставление земельного участка многодетной семье"},
    {"svc012", "Регистрация по месту пребывания"},
    {"svc013", "Прикрепление к медицинской организации"},
    {"svc014", "Назначение государственной социальной стипендии"},
    {"svc015", "Государственная регистрация индивидуального предпринимателя"},
    {"svc016", "Государственная регистрация юридического лица"},
    {"svc017", "Уведомление о переходе на упрощённую систему налогообложения"},
    {"svc018", "Постановка на учёт в качестве плательщика налога на профессиональный доход"},
    {"svc019", "Предоставление субсидии начинающему предпринимателю"},
    {"svc020", "Назначение пенсии по случаю потери кормильца"},
    {"svc021", "Выплата социального пособия на погребение"},
    {"svc022", "Государственная регистрация смерти"},
    {"svc023", "Регистрация в качестве безработного"},
    {"svc024", "Назначение пособия по безработице"},
    {"svc025", "Содействие гражданам в поиске подходящей работы"},
    {"svc026", "Выплата 450 тыс. рублей на погашение ипотеки многодетным семьям"},
    {"svc027", "Предоставление сведений о трудовой деятельности"},
    {"svc028", "Проведение медико-социальной экспертизы"},
    {"svc029", "Назначение пенсии по инвалидности"},
    {"svc030", "Обеспечение техническими средствами реабилитации"},
    {"svc031", "Внесение сведений в федеральный реестр парковок для инвалидов"},
    {"svc032", "Назначение ежемесячной денежной выплаты инвалидам"},
    {"svc033", "Выдача выписки из ЕГРН об объекте недвижимости"},
    {"svc034", "Государственная регистрация права собственности на недвижимость"},
    {"svc035", "Распоряжение материнским капиталом на улучшение жилищных условий"},
    {"svc036", "Предоставление имущественного налогового вычета"},
    {"svc037", "Регистрация транспортного средства, внесение изменений в регистрационные данные"},
    {"svc038", "Предоставление льготы по транспортному налогу"},
    {"svc039", "Приём заявления о зачислении в вуз в электронной форме"},
    {"svc040", "Выдача удостоверения многодетной семьи"},
};

// svc001 -> 0; the scenario lists below name services by number.
ScenarioLink link(int number, bool in_scenario, bool proactive) {
  return {number - 1, in_scenario, proactive};
}

std::vector<LifeSituation> life_situations() {
  std::vector<LifeSituation> all;
  auto add = [&](LifeSituation ls) {
    ls.order = static_cast<int>(all.size()) + 1;
    all.push_back(std::move(ls));
  };
  add({.id = "ls01",
       .name = "Рождение ребёнка",
       .description = "Регистрация рождения, пособия, материнский капитал, полис ОМС и "
                      "очередь в детский сад для новорождённого",
       .sphere = "Семья и дети",
       .priority = true,
       .services = {link(1, 1, 1), link(2, 1, 1), link(3, 1, 0), link(4, 1, 0), link(5, 1, 1),
                    link(6, 0, 0)},
       .touchpoints = {kPortal, kApp, kPhone, kMessenger, kChatbot, kMfc},
       .popularity = 1.4,
       .satisfaction_shift = 0.05,
       .need_gap = 0.03,
       .asks_staff = true});
  add({.id = "ls02",
       .name = "Выход на пенсию",
       .description = "Назначение пенсии, выбор способа её доставки, справки о размере "
                      "выплат и сведения о стаже",
       .sphere = "Пенсия и социальная поддержка",
       .priority = true,
       .services = {link(7, 1, 1), link(8, 1, 0), link(9, 1, 0), link(10, 1, 1), link(27, 0, 0)},
       .touchpoints = {kPortal, kPhone, kEmail, kMfc, kInPerson, kLetter},
       .popularity = 1.2,
       .satisfaction_shift = 0.02,
       .need_gap = 0.05,
       .segments = SegmentMix::Pensioners,
       .asks_staff = true,
       .asks_politeness = true});
  add({.id = "ls03",
       .name = "Переезд в другой регион",
       .description = "Регистрация по новому адресу, прикрепление к поликлинике и "
                      "переоформление полиса ОМС",
       .sphere = "Документы и переезд",
       .services = {link(4, 1, 0), link(12, 1, 0), link(13, 1, 0), link(5, 0, 0)},
       .touchpoints = {kPortal, kApp, kPhone, kChatbot, kMfc},
       .popularity = 0.8,
       .satisfaction_shift = 0.0,
       .need_gap = 0.06});
  add({.id = "ls04",
       .name = "Открытие бизнеса",
       .description = "Регистрация ИП или организации, выбор налогового режима, "
                      "господдержка начинающих предпринимателей",
       .sphere = "Работа и бизнес",
       .services = {link(15, 1, 0), link(16, 1, 0), link(17, 1, 1), link(18, 0, 0), link(19, 0, 0)},
       .touchpoints = {kPortal, kPhone, kEmail, kMessenger, kMfc, kInPerson},
       .popularity = 0.6,
       .satisfaction_shift = -0.04,
       .need_gap = 0.05,
       .segments = SegmentMix::Business});
  add({.id = "ls05",
       .name = "Утрата кормильца",
       .description = "Регистрация смерти, пенсия по случаю потери кормильца и пособие "
                      "на погребение для семьи умершего",
       .sphere = "Пенсия и социальная поддержка",
       .services = {link(22, 1, 1), link(20, 1, 1), link(21, 1, 0), link(9, 0, 0)},
       .touchpoints = {kPortal, kPhone, kMfc, kInPerson, kLetter},
       .popularity = 0.45,
       .satisfaction_shift = -0.06,
       .need_gap = 0.08,
       .segments = SegmentMix::Pensioners,
       .asks_politeness = true});
  add({.id = "ls06",
       .name = "Поиск работы",
       .description = "Регистрация в центре занятости, пособие по безработице, подбор "
                      "вакансий и сведения о трудовой деятельности",
       .sphere = "Работа и бизнес",
       .services = {link(23, 1, 0), link(24, 1, 1), link(25, 1, 0), link(27, 0, 0)},
       .touchpoints = {kPortal, kApp, kPhone, kSocial, kMessenger, kChatbot, kInPerson},
       .popularity = 0.9,
       .satisfaction_shift = -0.08,
       .need_gap = 0.07});
  add({.id = "ls07",
       .name = "Получение инвалидности",
       .description = "Медико-социальная экспертиза, пенсия и ежемесячная выплата, "
                      "средства реабилитации и парковка для инвалидов",
       .sphere = "Здоровье и инвалидность",
       .priority = true,
       .services = {link(28, 1, 0), link(29, 1, 1), link(30, 1, 0), link(31, 0, 0), link(32, 1, 1)},
       .touchpoints = {kPortal, kPhone, kEmail, kMfc, kInPerson, kLetter},
       .popularity = 0.5,
       .satisfaction_shift = -0.12,
       .need_gap = 0.09,
       .segments = SegmentMix::Pensioners,
       .asks_staff = true,
       .asks_politeness = true});
  add({.id = "ls08",
       .name = "Оформление наследства",
       .description = "Регистрация смерти, выписки из ЕГРН и регистрация права "
                      "собственности наследника",
       .sphere = "Жильё и имущество",
       .services = {link(22, 0, 0), link(33, 1, 0), link(34, 1, 0)},
       .touchpoints = {kPortal, kPhone, kEmail, kMfc},
       .popularity = 0.4,
       .satisfaction_shift = -0.03,
       .need_gap = 0.06});
  add({.id = "ls09",
       .name = "Покупка жилья",
       .description = "Регистрация права собственности, материнский капитал на жильё, "
                      "налоговый вычет и регистрация по новому адресу",
       .sphere = "Жильё и имущество",
       .services = {link(34, 1, 0), link(33, 1, 0), link(35, 1, 0), link(36, 1, 0), link(4, 0, 0)},
       .touchpoints = {kPortal, kApp, kPhone, kChatbot, kMfc},
       .popularity = 0.9,
       .satisfaction_shift = -0.02,
       .need_gap = 0.05});
  add({.id = "ls10",
       .name = "Регистрация автомобиля",
       .description = "Постановка автомобиля на учёт, льготы по транспортному налогу, "
                      "парковка для водителей с инвалидностью",
       .sphere = "Транспорт",
       .services = {link(37, 1, 1), link(38, 0, 0), link(31, 0, 0)},
       .touchpoints = {kPortal, kApp, kSocial, kMfc, kInPerson},
       .popularity = 1.0,
       .satisfaction_shift = 0.04,
       .need_gap = 0.03,
       .segments = SegmentMix::CarOwners});
  add({.id = "ls11",
       .name = "Поступление в вуз",
       .description = "Подача документов в вуз онлайн, стипендия и регистрация по месту "
                      "пребывания в общежитии",
       .sphere = "Образование",
       .services = {link(39, 1, 0), link(14, 0, 0), link(12, 1, 0)},
       .touchpoints = {kPortal, kApp, kSocial, kMessenger, kChatbot},
       .popularity = 0.7,
       .satisfaction_shift = 0.03,
       .need_gap = 0.04});
  add({.id = "ls12",
       .name = "Многодетная семья",
       .description = "Удостоверение многодетной семьи, земельный участок, выплата на "
                      "ипотеку, материнский капитал и единое пособие",
       .sphere = "Семья и дети",
       .services = {link(40, 1, 1), link(11, 1, 0), link(26, 1, 1), link(2, 0, 0), link(3, 1, 0)},
       .touchpoints = {kPortal, kPhone, kEmail, kSocial, kMfc, kInPerson},
       .popularity = 0.45,
       .satisfaction_shift = -0.01,
       .need_gap = 0.06,
       .asks_politeness = true});
  return all;
}

}  // namespace

std::vector<Service> sample_services() { return kServices; }
std::vector<LifeSituation> sample_life_situations() { return life_situations(); }

World build_sample_world(uint64_t seed) {
  World world;
  world.scale = ScaleKind::Sample;
  world.seed = seed;
  world.periods = build_periods();
  world.life_situations = sample_life_situations();
  world.services = sample_services();
  world.touchpoints = build_touchpoints();
  world.segments = build_segments();
  world.custom_question_id = "polite";
  world.custom_question_text = "Были ли сотрудники вежливы?";
  return world;
}

}  // namespace gendata
