using System.Xml.Linq;
using ClosedXML.Excel;

namespace RoleMapper.Core.Tests.Export;

/// <summary>
/// Text from users that looks like a formula is shown as text and never run: in every sheet and every text field, the
/// cell is text with Excel's quote prefix, and the stored sheet holds no formula at all.
/// </summary>
public sealed class FormulaSafetyTests
{
    public static TheoryData<string> Hostile =>
    [
        "=HYPERLINK(\"http://evil\",\"x\")",
        "+44 1234",
        "-2+3",
        "@SUM(A1)",
        "\tTab",
        "\rCR",
        "=1+1",
        "-1",
    ];

    private static CouncilMap Everywhere(string text) => A.CouncilMap with
    {
        CouncilName = text,
        CouncilType = text,
        Region = text,
        GeneratedBy = text,
        Roles =
        [
            new RoleMapRow
            {
                Title = text, ServiceArea = text, Status = MappingStatus.Confirmed, NeedsReview = true, ReviewReason = text,
                StandardReference = text, StandardTitle = text, Route = text, StandardStatus = text, Confidence = text,
                ConfirmedBy = text, StandardPageUrl = text, AlternativeStandards = [text],
                Department = text, JobFamily = text, Grade = text, Notes = text, DecisionNote = text, DecisionHistory = text,
            },
        ],
        SkillsGaps = [new SkillsGapRow { Description = text, RoleOrServiceArea = text, LinkedStandards = [text] }],
        Changes = [new FeedChangeRow { ChangedOn = new DateOnly(2026, 2, 1), StandardReference = text, StandardTitle = text, RolesAffected = [text] }],
        Maturity = new MaturitySection
        {
            AssessedOn = new DateOnly(2026, 2, 1),
            Strands = [new MaturityStrandRow { StrandTitle = text, Current = new StageResult(MaturityLevel.Early, false), StatementsMet = [new MetStatement(text, text)] }],
        },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void FormulaLikeText_ComesBackAsTheSameText_NeverAFormula(string text)
    {
        using var book = Exported.Of(Everywhere(text));
        // Inside a cell Excel breaks lines with "\n"; a lone "\r" is written as one (XML would turn it into one anyway).
        var expected = text.Replace('\r', '\n');

        Assert.Equal(expected, book.Cell(SheetNames.RoleMap, 1, "Role").GetString());
        Assert.Equal(expected, book.Summary("Council").GetString());
        Assert.Equal(expected, book.Cell(SheetNames.SkillsGaps, 1, "Skills gap").GetString());
        Assert.Equal(expected, book.Cell(SheetNames.Changes, 1, "Role titles").GetString());
        Assert.Equal(expected, book.Cell(SheetNames.Maturity, 1, "Evidence").GetString());
        var texts = book.Workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => c.GetString() == expected).ToList();
        // Every text field above, on every sheet.
        Assert.True(texts.Count >= 31, $"Only {texts.Count} cells hold the text.");
        Assert.All(texts, cell =>
        {
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.False(cell.HasFormula, cell.Address.ToString());
            Assert.Equal("", cell.FormulaA1);
            Assert.True(cell.Style.IncludeQuotePrefix, $"{cell.Worksheet.Name}!{cell.Address} has no quote prefix.");
        });
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void StoredSheets_HoldNoFormulaElements(string text)
    {
        using var book = Exported.Of(Everywhere(text));

        foreach (var sheet in book.SheetOrder)
        {
            var xml = book.SheetXml(sheet);
            Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "f");
            // Text is stored as text: shared or inline strings, never a bare value Excel would read as a number.
            Assert.All(xml.Descendants().Where(e => e.Name.LocalName == "c" && CellHolds(book, sheet, e, text)),
                c => Assert.Contains((string?)c.Attribute("t"), new[] { "s", "inlineStr", "str" }));
        }
    }

    [Fact]
    public void PlainText_HasNoQuotePrefix()
    {
        using var book = Exported.Of(A.CouncilMap.WithRoles(A.Role("Refuse Loader")));

        Assert.False(book.Cell(SheetNames.RoleMap, 1, "Role").Style.IncludeQuotePrefix);
    }

    [Fact]
    public void RealNumbers_StayNumbers_EvenNegative()
    {
        using var book = Exported.Of(A.CouncilMap.WithRoles(A.Role("Refuse Loader", headcount: -3)));

        var cell = book.Cell(SheetNames.RoleMap, 1, "Headcount");

        Assert.Equal((XLDataType.Number, -3.0), (cell.DataType, cell.GetDouble()));
        Assert.False(cell.Style.IncludeQuotePrefix);
    }

    private static bool CellHolds(Exported book, string sheet, XElement cell, string text) =>
        book.Sheet(sheet).Cell((string)cell.Attribute("r")!).GetString() == text.Replace('\r', '\n');
}
