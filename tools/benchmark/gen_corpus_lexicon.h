// The compact word lists behind gen-corpus: frequent words per language (in
// rough frequency order), syllables for made-up long-tail words, glossary
// terms, people's name parts in four scripts, places, honorifics.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace annals::tools {

using Names4 = std::vector<std::array<std::string, 4>>;  // latin han cyr thai

struct NameParts {
  Names4 first, last;
};

struct Lexicon {
  std::vector<std::string> en_words, en_syllables, ru_words, ru_syllables,
      zh_words, zh_syllables, th_words, th_syllables, terms, ru_countries,
      positions, hospitals, series, series_words, roles;
  NameParts zh_names, ru_names, th_names;
  std::vector<std::array<std::string, 4>> honorifics;  // en zh ru th
  std::vector<std::array<std::string, 5>> cities;      // en zh ru th code

  std::string CountryName(const std::string& code) const {
    static const std::vector<std::array<std::string, 2>> kNames = {
        {"CN", "China"},      {"RU", "Russia"},     {"TH", "Thailand"},
        {"KZ", "Kazakhstan"}, {"TJ", "Tajikistan"}, {"KG", "Kyrgyzstan"},
        {"UZ", "Uzbekistan"}, {"MN", "Mongolia"},   {"BY", "Belarus"}};
    for (const auto& [c, name] : kNames)
      if (c == code) return name;
    return code;
  }
  std::string SeriesZh(const std::string& name) const {
    return name.find("ERCP") != std::string::npos    ? "ERCP/EUS培训班"
           : name.find("Colon") != std::string::npos ? "丝路结肠镜培训班"
                                                     : "消化内镜培训班";
  }
  static std::string Ordinal(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) return "th";
    return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  }
  static std::string MonthName(int m) {
    static const char* kMonths[] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return kMonths[(m - 1) % 12];
  }
};

inline std::vector<std::string> Split(const std::string& words) {
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin < words.size()) {
    size_t end = words.find(' ', begin);
    if (end == std::string::npos) end = words.size();
    if (end > begin) out.push_back(words.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

inline Names4 Split4(const std::string& latin, const std::string& han,
                     const std::string& cyr, const std::string& thai) {
  auto a = Split(latin), b = Split(han), c = Split(cyr), d = Split(thai);
  Names4 out;
  for (size_t i = 0; i < a.size(); ++i) out.push_back({a[i], b[i], c[i], d[i]});
  return out;
}

inline const Lexicon& DefaultLexicon() {
  static const Lexicon kLexicon = [] {
    Lexicon l;
    l.en_words = Split(
        "the of and to in a was for on with by at from training course "
        "hospital endoscopy trainees patients doctors department center "
        "workshop international cases lecture live practice experience "
        "professor techniques clinical team program countries young "
        "digestive university medical procedures hands-on session cooperation "
        "simulator models ceremony opening closing director this that were "
        "their they had also which have after during more than new first "
        "year days week trainee diagnosis treatment skills learning teaching "
        "surgery biliary pancreatic colon stomach liver bile duct stone "
        "stent polyp lesion cancer early screening quality safety nurse "
        "staff exchange visit delegation partner regional national foreign "
        "guidance demonstration discussion questions answers certificate "
        "graduates participants faculty experts support cooperation belt "
        "road silk health commission government program exchange knowledge "
        "research published journal study results evidence outcome future");
    l.en_syllables = Split(
        "en do sco py lith ic ba re cho lan gi o pan cre at al mu co sal "
        "ven tri cu lar gas tro in tes ti nal hep a to duo de num");
    l.ru_words = Split(
        "и в на с по для из курс больница эндоскопии врачи пациентов центр "
        "обучение семинар международный опыт лекция профессор методы "
        "клинический программа страны молодые отделение университет "
        "медицинский процедуры практика сотрудничество симулятор церемония "
        "открытия директор был были также после более новый первый год "
        "дней неделя диагностика лечение навыки хирургия желчных протоков "
        "камни стент полип рак скрининг качество безопасность делегация "
        "партнёр региональный национальный иностранных участники эксперты");
    l.ru_syllables =
        Split("эн до ско пи ли то ра ге на ко ва ни ми сто про ка");
    l.zh_words = Split(
        "的 在 和 培训班 医院 内镜 学员 中心 消化 国际 举办 顺利 开班 仪式 "
        "专家 教授 主任 讲座 实践 操作 病例 技术 合作 交流 国家 来自 "
        "青年 医生 医师 患者 诊断 治疗 胆道 胰腺 结肠 息肉 结肠息肉 早期 "
        "胃癌 筛查 质量 安全 护士 团队 项目 一带一路 丝绸之路 发展中国家 "
        "模拟 训练 临床 理论 授课 学习 经验 分享 研讨 会议 代表团 访问 "
        "卫生 健康 委员会 政府 支持 成果 研究 发表 论文 未来 人才 培养 "
        "基层 需求 迫切 手段 重要 疾病 支架 结石 取石 引流 穿刺 活检 "
        "证书 结业 典礼 领导 出席 致辞 指出 表示 希望 继续 加强 推动");
    l.zh_syllables = Split(
        "肝 胆 胰 胃 肠 镜 术 疗 诊 病 医 院 学 科 研 检 查 切 除 黏 膜 下 "
        "剥 离 超 声 造 影 管 道 管 腔 狭 窄 出 血 止 血 夹 闭");
    l.th_words = Split(
        "การ อบรม โรงพยาบาล แพทย์ ผู้ป่วย ส่องกล้อง ศูนย์ ระหว่างประเทศ "
        "หลักสูตร ประสบการณ์ บรรยาย ศาสตราจารย์ เทคนิค คลินิก ความร่วมมือ "
        "ประเทศ การรักษา การวินิจฉัย ทักษะ ทางเดินอาหาร ตับ ท่อน้ำดี "
        "มะเร็ง คัดกรอง คุณภาพ ความปลอดภัย พยาบาล ผู้เชี่ยวชาญ");
    l.th_syllables = Split("กา นา มา รา ตา ปา ลา วา สา ยา ทา คา");
    l.terms = Split(
        "ERCP EUS ESD EMR POEM EUS-FNA cholangioscopy sphincterotomy "
        "lithotripsy colonoscopy polypectomy 超声内镜 内镜黏膜下剥离术 "
        "ЭРХПГ холангиоскопия");
    l.ru_countries = Split("RU KZ TJ KG UZ MN BY");
    l.positions = {"head of the Endoscopy Department",
                   "director of the Digestive Endoscopy Center",
                   "deputy head of the Gastroenterology Department",
                   "chief physician",
                   "associate professor of surgery",
                   "head nurse of the Endoscopy Unit"};
    l.hospitals = {"Yellow River University First Hospital",
                   "Tianshan People's Hospital",
                   "Volga Regional Clinical Hospital",
                   "Chao Phraya University Hospital",
                   "Republican Center of Gastroenterology",
                   "Steppe National Medical Center",
                   "Kunming Lakeside Hospital"};
    l.series = {"ERCP/EUS Hands-on Workshop", "Silk Road Colonoscopy Workshop",
                "Lancang-Mekong ESD Course", "Belt and Road Endoscopy Forum"};
    l.series_words = Split("ercp colonoscopy esd endoscopy workshop course");
    l.roles = Split("speaker instructor organizer chair official trainee");
    l.zh_names.last = Split4(
        "Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo "
        "He Lin Gao Luo",
        "李 王 张 刘 陈 杨 赵 黄 周 吴 徐 孙 马 朱 胡 郭 何 林 高 罗",
        "Ли Ван Чжан Лю Чэнь Ян Чжао Хуан Чжоу У Сюй Сунь Ма Чжу Ху Го Хэ "
        "Линь Гао Ло",
        "หลี่ หวัง จาง หลิว เฉิน หยาง จ้าว หวง โจว อู๋ สวี ซุน หม่า จู หู กัว "
        "เหอ หลิน เกา หลัว");
    l.zh_names.first = Split4(
        "Xun Jun Lin Wei Fang Min Jing Li Qiang Lei Yan Hua Ping Gang Hong "
        "Ying Bo Tao Ming Hui Yu Jie Dong Xin Kai",
        "汛 军 林 伟 芳 敏 静 丽 强 磊 燕 华 平 刚 红 英 波 涛 明 辉 宇 杰 "
        "东 鑫 凯",
        "Сюнь Цзюнь Линь Вэй Фан Минь Цзин Ли Цян Лэй Янь Хуа Пин Ган Хун "
        "Ин Бо Тао Мин Хуэй Юй Цзе Дун Синь Кай",
        "ซวิน จวิน หลิน เหว่ย ฟาง หมิน จิง ลี่ เฉียง เหล่ย เยี่ยน ฮวา ผิง กัง "
        "หง อิง ปัว เทา หมิง ฮุย อวี่ เจี๋ย ตง ซิน ข่าย");
    l.ru_names.first = Split4(
        "Olga Ivan Sergei Anna Elena Dmitry Kamal Aigerim Timur Nodira",
        "奥尔加 伊万 谢尔盖 安娜 叶连娜 德米特里 卡马尔 艾格林 帖木儿 诺迪拉",
        "Ольга Иван Сергей Анна Елена Дмитрий Камал Айгерим Тимур Нодира",
        "โอลกา อีวาน เซียร์เกย์ อันนา เยเลนา ดมีตรี คามาล ไอเกริม ติมูร์ โนดีรา");
    l.ru_names.last =
        Split4("Ivanova Petrov Sokolov Rahimov Nurlanova Karimov Orlova Volkov",
               "伊万诺娃 彼得罗夫 索科洛夫 拉希莫夫 努尔兰诺娃 卡里莫夫 "
               "奥尔洛娃 沃尔科夫",
               "Иванова Петров Соколов Рахимов Нурланова Каримов Орлова Волков",
               "อีวาโนวา เปตรอฟ โซโคลอฟ ราฮีมอฟ นูร์ลาโนวา คาริมอฟ ออร์โลวา วอลคอฟ");
    l.th_names.first = Split4("Somchai Malee Anan Pranee Kittisak Suda",
                              "宋猜 玛丽 阿南 巴妮 吉提萨 素达",
                              "Сомчай Мали Анан Прани Киттисак Суда",
                              "สมชาย มาลี อนันต์ ปราณี กิตติศักดิ์ สุดา");
    l.th_names.last = Split4(
        "Jaidee Srisuk Boonmee Chaiyaporn Wongsa", "再迪 西苏 汶米 猜亚蓬 翁萨",
        "Джайди Сирисук Бунми Чайяпорн Вонгса", "ใจดี ศรีสุข บุญมี ชัยพร วงศ์ษา");
    l.honorifics = {{"Prof.", "教授", "Проф.", "ศ.นพ. "},
                    {"Dr.", "医生", "Д-р", "นพ. "},
                    {"Ms.", "主任", "г-жа", "พญ. "},
                    {"Mr.", "主任", "г-н", "ดร. "}};
    l.cities = {{"Lanzhou", "兰州", "Ланьчжоу", "หลานโจว", "CN"},
                {"Urumqi", "乌鲁木齐", "Урумчи", "อุรุมชี", "CN"},
                {"Kunming", "昆明", "Куньмин", "คุนหมิง", "CN"},
                {"Dushanbe", "杜尚别", "Душанбе", "ดูชานเบ", "TJ"},
                {"Tashkent", "塔什干", "Ташкент", "ทาชเคนต์", "UZ"},
                {"Beijing", "北京", "Пекин", "ปักกิ่ง", "CN"}};
    return l;
  }();
  return kLexicon;
}

}  // namespace annals::tools
