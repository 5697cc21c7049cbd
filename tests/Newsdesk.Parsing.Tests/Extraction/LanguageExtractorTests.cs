using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class LanguageExtractorTests
{
    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("pt_BR", "pt")]
    [InlineData("English", "en")]
    [InlineData("deu", "de")]
    [InlineData("FR", "fr")]
    [InlineData("klingon-ish", null)]
    public void NormalizesDeclaredLanguages(string declared, string? expected) =>
        Assert.Equal(expected, LanguageExtractor.Normalize(declared));

    [Theory]
    [InlineData("The minister said that the plan would be presented to the parliament after the summer.", "en")]
    [InlineData("Le ministre a déclaré que le plan sera présenté au parlement après les vacances, selon une source.", "fr")]
    [InlineData("Der Minister sagte, dass der Plan nach dem Sommer dem Parlament vorgelegt wird und nicht vorher.", "de")]
    [InlineData("El ministro dijo que el plan será presentado al parlamento después del verano, según una fuente.", "es")]
    [InlineData("Il ministro ha detto che il piano sarà presentato al parlamento dopo l'estate, secondo una fonte della maggioranza.", "it")]
    [InlineData("O ministro disse que o plano não será apresentado ao parlamento antes do verão, segundo uma fonte.", "pt")]
    [InlineData("De minister zei dat het plan na de zomer aan het parlement wordt voorgelegd en niet eerder.", "nl")]
    [InlineData("Министр заявил, что план будет представлен парламенту после лета, и это уже решено.", "ru")]
    [InlineData("Міністр заявив, що план буде представлений парламенту після літа, і це вже вирішено та погоджено.", "uk")]
    [InlineData("Minister powiedział, że plan nie zostanie przedstawiony przed latem, ale jest już gotowy.", "pl")]
    [InlineData("Bakan, planın yazdan sonra meclise sunulacağını ve bu konuda çok daha fazla bilgi verileceğini söyledi.", "tr")]
    [InlineData("Ministern sa att planen ska läggas fram för riksdagen efter sommaren och att den inte är klar.", "sv")]
    [InlineData("Menteri mengatakan bahwa rencana itu akan diajukan ke parlemen setelah libur dan tidak ada perubahan.", "id")]
    [InlineData("首相は夏の後に計画を議会に提出すると述べた。", "ja")]
    [InlineData("총리는 여름 이후 계획을 의회에 제출하겠다고 말했다.", "ko")]
    [InlineData("部长表示，该计划将在夏季之后提交议会。", "zh")]
    [InlineData("وقال الوزير إن الخطة ستقدم إلى البرلمان بعد الصيف.", "ar")]
    public void DetectsTheLanguageOfUndeclaredText(string text, string expected)
    {
        var draft = TestParse.Draft(text) with { Title = null };

        Assert.Equal(expected, new LanguageExtractor().Extract(draft).Language);
    }

    [Fact]
    public void SaysNothingAboutTooLittleText() =>
        Assert.Null(new LanguageExtractor().Extract(TestParse.Draft("Kyiv 2024") with { Title = null }).Language);
}
