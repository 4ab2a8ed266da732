package org.rendition.text;

/** Realistic news-style paragraphs written for these tests, two paragraphs each. */
final class SampleTexts {
    static final String RUSSIAN = """
        Правительство Москвы объявило о запуске новой программы ремонта школ. \
        По словам мэра, работы начнутся весной и завершатся к сентябрю.

        В программу войдут более двухсот зданий, т. е. почти каждая пятая школа города. \
        Родителей просят следить за объявлениями на сайте района.
        """;

    static final String UKRAINIAN = """
        Уряд ухвалив рішення про відновлення мостів у трьох областях. \
        Роботи мають завершитися до кінця року, якщо дозволить погода.

        Міністр інфраструктури зазначив, що фінансування вже виділено. \
        Підрядників оберуть на відкритих торгах наступного місяця.
        """;

    static final String ARABIC = """
        أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في شمال المدينة. \
        وقال الوزير إن المستشفى سيستقبل المرضى ابتداءً من الشهر المقبل.

        هل سيكون العلاج مجانياً؟ أكد المتحدث باسم الوزارة أن الخدمات الأساسية ستقدم دون مقابل.
        """;

    static final String PERSIAN = """
        وزارت آموزش و پرورش اعلام کرد که مدارس از هفته آینده بازگشایی می‌شوند. \
        دانش‌آموزان باید با کارت شناسایی در کلاس‌ها حاضر شوند.

        به گفته وزیر، برنامه درسی امسال تغییرات زیادی نخواهد داشت. \
        والدین می‌توانند پرسش‌های خود را از طریق سامانه مدرسه مطرح کنند.
        """;

    static final String CHINESE = """
        北京市政府今天宣布了一项新的公共交通计划。根据该计划，明年将新增十条公交线路！市民对此有什么看法？

        许多居民表示支持这一决定。专家认为，这将有效缓解城市交通拥堵。
        """;

    static final String ENGLISH = """
        The city council approved a new budget for public libraries on Tuesday. \
        Officials said the extra funding would extend opening hours at twelve branches.

        Residents who spoke at the meeting welcomed the decision. \
        The changes are expected to take effect in March.
        """;

    private SampleTexts() {
    }
}
