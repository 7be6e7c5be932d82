using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Tests.Titles;

public class TitleParserTests
{
    private static readonly TitleParser Parser = TitleParser.Load();

    [Theory]
    [InlineData("Social Worker - Adults - Northtown", "Social Worker", "Adults|Northtown")]
    [InlineData("Licensing Officer (Taxis)", "Licensing Officer", "Taxis")]
    [InlineData("Surveying Apprentice (Building)", "Surveying", "Building")]
    [InlineData("Support Worker (OPPSD Team)", "Support Worker", "")]
    [InlineData("Caretaker - North Area", "Caretaker", "")]
    [InlineData("Lifeguard (Temporary)", "Lifeguard", "")]
    [InlineData("Driver-loader", "Driver-loader", "")]
    [InlineData("Interim Project Manager", "Project Manager", "")]
    public void Parse_SplitsTheJobFromItsQualifiers(string title, string job, string qualifiers)
    {
        var parsed = Parser.Parse(title);
        Assert.Equal(job, string.Join(" / ", parsed.Jobs));
        Assert.Equal(qualifiers, string.Join('|', parsed.Qualifiers));
    }

    [Theory]
    [InlineData("Cook / Cleaner", "Cook|Cleaner")]
    [InlineData("Carpenter or Joiner", "Carpenter|Joiner")]
    [InlineData("Loader/Driver", "Loader/Driver")]
    public void AlternativeNamesOfOneJob_AreRead(string title, string jobs) =>
        Assert.Equal(jobs, string.Join('|', Parser.Parse(title).Jobs));

    [Theory]
    [InlineData("PA to the Chief Executive", "Personal Assistant")]
    [InlineData("Secretary to the Board", "Secretary")]
    [InlineData("Return to Work Coordinator", "Return to Work Coordinator")]
    public void ASupportingRole_IsReadWithoutWhomItSupports(string title, string job) =>
        Assert.Equal(job, Parser.Parse(title).Jobs.Single());

    [Theory]
    [InlineData("Snr Planning Officer", SeniorityLean.Higher, "Planning Officer")]
    [InlineData("Principal Accountant", SeniorityLean.Higher, "Accountant")]
    [InlineData("Trainee Surveyor", SeniorityLean.Lower, "Surveyor")]
    [InlineData("Apprentice Electrician", SeniorityLean.Lower, "Electrician")]
    [InlineData("Assistant Librarian", SeniorityLean.Lower, "Assistant Librarian")]
    [InlineData("Head of Waste Services", SeniorityLean.Executive, "Waste Services")]
    [InlineData("Assistant Director of Housing", SeniorityLean.Executive, "Housing")]
    [InlineData("Chief Information Officer", SeniorityLean.Executive, "Information")]
    [InlineData("Chief Clerk", SeniorityLean.Higher, "Clerk")]
    [InlineData("Assistant Director - Highways", SeniorityLean.Executive, "Highways")]
    // An assistant manager is a manager a step down; a trainee manager is still learning.
    [InlineData("Assistant Site Manager", SeniorityLean.None, "Assistant Site Manager")]
    [InlineData("Junior Project Managers", SeniorityLean.None, "Junior Project Managers")]
    [InlineData("Trainee Manager", SeniorityLean.Lower, "Manager")]
    public void Seniority_IsRead(string title, SeniorityLean lean, string job)
    {
        var parsed = Parser.Parse(title);
        Assert.Equal(lean, parsed.Lean);
        Assert.Equal(job, parsed.Jobs.Single());
    }

    [Fact]
    public void ChiefExecutiveAlone_IsAnExecutiveTitleWithNoSubject()
    {
        var parsed = Parser.Parse("Chief Executive");
        Assert.Equal(SeniorityLean.Executive, parsed.Lean);
        Assert.Empty(parsed.Jobs);
        Assert.False(parsed.IsEmpty);
    }

    [Theory]
    [InlineData("2 x Snr HR Officers (Grade 6) - Ref 12345", "senior human resources officers")]
    [InlineData("Social Worker (ASYE)", "social worker (newly qualified social worker)")]
    [InlineData("Co-ordinator", "coordinator")]
    [InlineData("Re-ablement Support Worker", "reablement support worker")]
    public void Reading_IsCleanAndSpeltOut(string title, string reading) =>
        Assert.Equal(reading, Parser.Parse(title).Reading);

    [Theory]
    [InlineData("(065392)")]
    [InlineData("Senior")]
    [InlineData("2 x")]
    public void NothingButNoiseOrSeniority_IsEmpty(string title) =>
        Assert.True(Parser.Parse(title).IsEmpty);
}
