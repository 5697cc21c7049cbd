using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class BylineParserTests
{
    public static TheoryData<string, string> Styles => new()
    {
        { "By Jane Doe", "Jane Doe|" },
        { "By Jane Doe and John Roe", "Jane Doe|; John Roe|" },
        { "Ana Lima, Ben Ode and Carl Pik", "Ana Lima|; Ben Ode|; Carl Pik|" },
        { "By Ana Lima, Ben Ode, and Carl Pik", "Ana Lima|; Ben Ode|; Carl Pik|" },
        { "By Mara Quist for AFP", "Mara Quist|AFP" },
        { "By Mara Quist for AFP and Olu Bade for AFP", "Mara Quist|AFP; Olu Bade|AFP" },
        { "By Lena Vos | Reuters", "Lena Vos|Reuters" },
        { "Lena Vos (Reuters)", "Lena Vos|Reuters" },
        { "By Lena Vos, Associated Press", "Lena Vos|Associated Press" },
        { "By Lena Vos and Piet Hein, The Associated Press", "Lena Vos|The Associated Press; Piet Hein|The Associated Press" },
        { "By Dr. Rosa Kant, Senior Correspondent", "Rosa Kant|" },
        { "By Ivo Marsh in Kyiv and Dana Lee in Moscow", "Ivo Marsh|; Dana Lee|" },
        { "BY GRETA HOLM", "Greta Holm|" },
        { "**By Omar Said**", "Omar Said|" },
        { "By Ines van der Berg & Luc de Smet", "Ines van der Berg|; Luc de Smet|" },
        { "By Kai Moss | June 19, 2024", "Kai Moss|" },
        { "By Kai Moss, kai.moss@example.com, @kaimoss", "Kai Moss|" },
        { "Reporting by Ada Ng and Bo Li; Editing by Cy Tan", "Ada Ng|; Bo Li|" },
        { "By AFP", "AFP|" },
        { "Ilse Kamp, MS, RDN", "Ilse Kamp|" },
        { "Dr. Omar Said, PhD", "Omar Said|" },
        { "Lena Vos@lenavos", "Lena Vos|" },
        { "Kevin Moss and Lea Park GULF TIMES", "Kevin Moss|GULF TIMES; Lea Park|GULF TIMES" },
        { "By Jean DUPONT", "Jean DUPONT|" },
        { "by Kai Moss\nMonday, November 18, 2019", "Kai Moss|" },
        { "By ANA RUIZ and TOM BERG\nAssociated Press", "Ana Ruiz|Associated Press; Tom Berg|Associated Press" },
        { "By\nAna Ruiz", "Ana Ruiz|" },
        { "By Reuters Staff", "Reuters|" },
        { "Written by Yusuf Kaya for the BBC", "Yusuf Kaya|BBC" },
        { "By Ana Lima, Ben Ode for Bloomberg", "Ana Lima|Bloomberg; Ben Ode|Bloomberg" },
        { "By Ana Lima and Ben Ode (AFP)", "Ana Lima|AFP; Ben Ode|AFP" },
        { "By Ana Lima for AFP and Ben Ode", "Ana Lima|AFP; Ben Ode|" },
        { "Ana Lima for The Moscow Times", "Ana Lima|The Moscow Times" },
        { "By Ana Lima, Updated June 20, 2024", "Ana Lima|" },
        { "By Ana Lima • 5 min read", "Ana Lima|" },
        { "By Ana Lima with AFP", "Ana Lima|AFP" },
        { "By Jennifer Senior and Tom Chief", "Jennifer Senior|; Tom Chief|" },
        { "By Ana Lima, Chief Political Correspondent, and Ben Ode, Staff Writer", "Ana Lima|; Ben Ode|" },
        { "By Ana Lima and agencies", "Ana Lima|" },
        { "BY AMARA DIALLO AND JEAN-PAUL MBEKI, THE SAHEL OBSERVER", "Amara Diallo|The Sahel Observer; Jean-Paul Mbeki|The Sahel Observer" },
        { "BY ANA LIMA, REUTERS", "Ana Lima|REUTERS" },
        { "By Ana Lima, The Valley Courier", "Ana Lima|The Valley Courier" },
        { "Von Katrin Vogelsang, dpa", "Katrin Vogelsang|dpa" },
        { "Por Lucía Ferrándiz Ortuño", "Lucía Ferrándiz Ortuño|" },
        { "Von Miller", "Von Miller|" },
        { "By MARCUS DELGADO-FINCH Associated Press", "Marcus Delgado-Finch|Associated Press" },
        { "By Ana Lima Reuters", "Ana Lima|Reuters" },
        { "Текст: Алсу Гарипова", "Алсу Гарипова|" },
        { "Texto: Ana Ruiz", "Ana Ruiz|" },
        { "di Giulia Bertaina", "Giulia Bertaina|" },
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void ParsesEveryBylineStyleIntoNamesAndAffiliations(string byline, string expected)
    {
        var authors = BylineParser.Parse(byline);

        Assert.Equal(expected, string.Join("; ", authors.Select(a => $"{a.Name}|{a.Affiliation}")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("By the end of the year, prices had doubled")]
    [InlineData("12345")]
    public void NamesNoAuthorWhenTheTextIsNotAByline(string text) =>
        Assert.Empty(BylineParser.Parse(text));
}
