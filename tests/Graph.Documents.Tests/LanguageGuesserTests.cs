namespace Graph.Documents.Tests;

/// <summary>Which articles are not English, and which language they look like (sentences written for these tests).</summary>
public class LanguageGuesserTests
{
    [Theory]
    [InlineData("Foreign Minister Ana Duarte said on Monday that Portugal supports the Atlantic Ferry Link and that talks with Spain would resume next month in Lisbon.")]
    [InlineData("LISBON, May 3 - Portugal and Spain signed an accord on the ferry link, officials said. \"C'est la vie,\" the French envoy told reporters with a smile, before he left for Paris where the talks would go on next week.")]
    [InlineData("KENYA SIGNS PORT DEAL\n\nNAIROBI, Nov 2 - Kenya signed a deal with Oman on Thursday to expand the port of Lamu, the government said in a statement issued in the capital.")]
    public void English_news_is_english_even_with_a_foreign_phrase_quoted(string text) => LanguageGuesser.NotEnglish(text).Should().BeNull();

    [Theory]
    [InlineData("Le ministre des Affaires étrangères a déclaré lundi que la France soutient le projet de ligne ferroviaire et que les discussions avec l'Espagne reprendront le mois prochain.", "French")]
    [InlineData("El ministro de Asuntos Exteriores dijo el lunes que el Gobierno apoya el proyecto del ferrocarril y que las conversaciones con Portugal se reanudarán el mes que viene.", "Spanish")]
    [InlineData("Der Außenminister sagte am Montag, dass die Regierung das Projekt der Bahnstrecke unterstützt und die Gespräche mit Polen im nächsten Monat wieder aufgenommen werden.", "German")]
    [InlineData("O ministro dos Negócios Estrangeiros disse na segunda-feira que o governo apoia o projeto da ferrovia e que as conversações com a Espanha serão retomadas no próximo mês.", "Portuguese")]
    [InlineData("Il ministro degli Esteri ha detto lunedì che il governo sostiene il progetto della ferrovia e che i colloqui con la Francia riprenderanno il mese prossimo nella capitale.", "Italian")]
    [InlineData("Dışişleri Bakanı pazartesi günü yaptığı açıklamada hükümetin demiryolu projesini desteklediğini ve bu görüşmelerin gelecek ay yeniden başlayacağını söyledi, ama tarih için çok erken olduğunu da ekledi ve bir açıklama daha yapacağını belirtti.", "Turkish")]
    [InlineData("Menteri Luar Negeri mengatakan pada hari Senin bahwa pemerintah mendukung proyek kereta api itu dan bahwa perundingan dengan Malaysia akan dilanjutkan pada bulan depan di ibu kota.", "Indonesian or Malay")]
    public void A_latin_script_article_in_another_language_is_named(string text, string language) => LanguageGuesser.NotEnglish(text).Should().Be(language);

    [Theory]
    [InlineData("Министр иностранных дел заявил в понедельник, что правительство поддерживает проект железной дороги и что переговоры возобновятся в следующем месяце.", "Russian")]
    [InlineData("Міністр закордонних справ заявив у понеділок, що уряд підтримує проєкт залізниці і що переговори відновляться наступного місяця у столиці. Її позиція є незмінною.", "Ukrainian")]
    [InlineData("قال وزير الخارجية يوم الاثنين إن الحكومة تدعم مشروع السكك الحديدية وإن المحادثات ستستأنف الشهر المقبل في العاصمة.", "Arabic")]
    [InlineData("وزیر امور خارجه روز دوشنبه گفت که دولت از پروژه راه آهن حمایت می کند و گفتگوها ماه آینده از سر گرفته خواهد شد.", "Persian")]
    [InlineData("外交部长星期一表示，政府支持这个铁路项目，与邻国的会谈将于下个月在首都恢复。", "Chinese")]
    [InlineData("外務大臣は月曜日、政府は鉄道計画を支持しており、交渉は来月首都で再開されると述べた。", "Japanese")]
    public void An_article_in_another_script_is_named_by_its_script_and_letters(string text, string language) => LanguageGuesser.NotEnglish(text).Should().Be(language);

    [Theory]
    [InlineData("Talks resume.")]
    [InlineData("Reuter")]
    [InlineData("")]
    public void A_text_too_short_to_tell_is_taken_as_english(string text) => LanguageGuesser.NotEnglish(text).Should().BeNull();
}
