using System.Text.RegularExpressions;

namespace RoleMapper.Core.Tests.Maturity;

/// <summary>
/// The shipped data/maturity-model.json against the LGA's own table (tests/fixtures/lga-maturity-model-2017.txt, the
/// flattened table as we received it). The counts per cell were worked out by reading that table: statements are
/// split at the table's double spaces, and where a cell runs two statements together, at the row they belong to.
/// </summary>
public sealed partial class MaturityModelFileTests
{
    private static MaturityModel Model => TestModel.Model;

    [Fact]
    public void Strands_AreTheLgaFiveInOrder()
    {
        Assert.Equal(
            ["Leadership and Culture", "Procurement", "Workforce Development",
             "Planning, Delivery Structures and Processes", "Engagement"],
            Model.Strands.Select(s => s.Title));
        Assert.Equal("Procurement and Provider Management", Model.FindStrand("procurement")!.LongTitle);
        Assert.Contains("December 2017", Model.Source);
    }

    [Theory]
    [InlineData("leadership-culture", 5, 5, 6, 6)]
    [InlineData("procurement", 2, 2, 2, 2)]
    [InlineData("workforce-development", 4, 4, 4, 4)]
    [InlineData("planning-delivery", 3, 3, 3, 3)]
    [InlineData("engagement", 5, 5, 5, 5)]
    public void EachCell_HasTheStatementsOfTheLgaTable(string strandId, int early, int developing, int maturing, int mature)
    {
        var strand = TestModel.Strand(strandId);

        Assert.Equal(
            [MaturityLevel.Early, MaturityLevel.Developing, MaturityLevel.Maturing, MaturityLevel.Mature],
            strand.Stages.Select(s => s.Level));
        Assert.Equal([early, developing, maturing, mature], strand.Stages.Select(s => s.Statements.Count));
    }

    [Fact]
    public void EachCell_JoinedUp_IsTheLgaCellWordForWord()
    {
        var rows = File.ReadLines(RepoPaths.File("tests", "fixtures", "lga-maturity-model-2017.txt"))
            .Select(line => line.Split('\t'))
            .Where(cells => Enum.TryParse<MaturityLevel>(cells[0], out _))
            .ToDictionary(cells => Enum.Parse<MaturityLevel>(cells[0]), cells => cells[1..]);
        Assert.Equal(4, rows.Count);

        foreach (var (strand, column) in Model.Strands.Select((s, i) => (s, i)))
        {
            foreach (var stage in strand.Stages)
            {
                // The table's header "Planning, Delivery Structures" spills "and Processes" into the first row below it.
                var cell = Squeeze(rows[stage.Level][column]).Replace("and Processes ", "", StringComparison.Ordinal);
                Assert.Equal(cell, string.Join(" ", stage.Statements.Select(s => s.Text)));
            }
        }
    }

    [Theory]
    [InlineData("workforce-development.mature.skills-mapping", "Mapped Apprenticeship Standards to key roles and identified skills gaps")]
    [InlineData("workforce-development.maturing.skills-mapping", "In process of Mapping Apprenticeship Standards and identifying skills gaps and/or mapped specific roles/pathways")]
    [InlineData("workforce-development.developing.skills-mapping", "Planning to carry out skills mapping exercise in the future")]
    [InlineData("workforce-development.early.skills-mapping", "Not carried out skills mapping exercise")]
    [InlineData("leadership-culture.early.policy", "No Apprenticeship Policy in place and no mention in Corporate Plan")]
    [InlineData("leadership-culture.maturing.governance", "Regular reports to SLT and/or cabinet")]
    [InlineData("procurement.developing.joint-procurement", "In early discussions with other councils about options for joint procurement")]
    [InlineData("planning-delivery.mature.forecasting", "Know levy and targets and set realistic \"needs based\" goals over a three-year cycle (forecasting)")]
    [InlineData("planning-delivery.developing.forecasting", "Aware of levy and target. Working towards target but no forecast made")]
    [InlineData("engagement.developing.providers", "Work with a small number of local providers. No strategic approach in place")]
    public void Statements_AreVerbatim(string id, string text)
    {
        Assert.Equal(text, Model.FindStatement(id)?.Statement.Text);
    }

    [Fact]
    public void Ids_AreUniqueAndNameTheirStrandAndStage()
    {
        var located = Model.Statements;

        Assert.Equal(78, located.Count);
        Assert.Equal(located.Count, located.Select(x => x.Statement.Id).Distinct().Count());
        Assert.All(located, x =>
        {
            Assert.Matches(StatementId(), x.Statement.Id);
            Assert.StartsWith($"{x.Strand.Id}.{x.Stage.Id}.", x.Statement.Id, StringComparison.Ordinal);
            Assert.Same(x.Statement, Model.FindStatement(x.Statement.Id)?.Statement);
        });
        Assert.Equal(
            ["leadership-culture", "procurement", "workforce-development", "planning-delivery", "engagement"],
            Model.Strands.Select(s => s.Id));
    }

    [Fact]
    public void EarlyAlone_IsTheBaseline()
    {
        Assert.All(Model.Strands, strand =>
            Assert.Equal([true, false, false, false], strand.Stages.Select(s => s.IsBaseline)));
        Assert.Contains("baseline", Model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void EvidenceHints_MarkTheWorkforceDevelopmentStatementsRoleMapperCanBack()
    {
        var hinted = Model.Statements
            .Select(x => x.Statement)
            .Where(s => s.Evidence.Count > 0)
            .ToDictionary(s => s.Id, s => string.Join(" ", s.Evidence));

        Assert.Equal(new Dictionary<string, string>
        {
            ["workforce-development.early.skill-shortages"] = "skills-gaps",
            ["workforce-development.early.skills-mapping"] = "mapping",
            ["workforce-development.developing.skill-shortages"] = "skills-gaps",
            ["workforce-development.developing.skills-mapping"] = "mapping",
            ["workforce-development.maturing.skill-shortages"] = "skills-gaps succession pathways",
            ["workforce-development.maturing.skills-mapping"] = "mapping skills-gaps",
            ["workforce-development.mature.skill-shortages"] = "skills-gaps succession pathways",
            ["workforce-development.mature.skills-mapping"] = "mapping skills-gaps",
        }, hinted);
    }

    [Fact]
    public void LoadDefault_ReadsTheSameFileAsTheRepository()
    {
        var fromRepo = MaturityModel.Load(RepoPaths.File("data", "maturity-model.json"));

        Assert.Equal(
            Model.Statements.Select(x => (x.Statement.Id, x.Statement.Text)),
            fromRepo.Statements.Select(x => (x.Statement.Id, x.Statement.Text)));
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[a-z]+(-[a-z]+)*\.(early|developing|maturing|mature)\.[a-z]+(-[a-z]+)*$")]
    private static partial Regex StatementId();
}
