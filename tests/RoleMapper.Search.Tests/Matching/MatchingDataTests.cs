using RoleMapper.Search.Analysis;
using RoleMapper.Search.Occupations;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Tests.Matching;

/// <summary>The reviewed word lists load, and every standard they name is in the snapshot.</summary>
[Collection(SnapshotCollection.Name)]
public class MatchingDataTests(SnapshotIndex snapshot)
{
    [Fact]
    public void SynonymRules_LoadAsStems()
    {
        var synonyms = Synonyms.Load();
        Assert.True(synonyms.Count > 100, $"{synonyms.Count} rules");
        Assert.Contains(["wast"], synonyms.Of(["refus"]));
        Assert.Contains(["care", "worker"], synonyms.Of(["carer"]));
        Assert.Contains(["advisor"], synonyms.Of(["advis"]));
    }

    [Fact]
    public void TheSpellingsOfAWord_AreInterchangeableWhenTheMatcherSearches()
    {
        // From spellings.csv, not synonyms.txt: "organizer" reads "organiser", and a spelling no longer in synonyms.txt
        // ("groundskeeper") still reads its word.
        var synonyms = Synonyms.Load();
        Assert.Contains(["organis"], synonyms.Of(["organ"]));
        Assert.Contains(["groundsman"], synonyms.Of(["groundskeep"]));
        Assert.Contains(["re", "ablement"], synonyms.Of(["reablement"]));
    }

    [Fact]
    public void StandardsNamedInTheDataFiles_AreInTheFeed()
    {
        var titles = snapshot.Index.SearchWithTables(s => s.ByTitle.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.All(snapshot.Matcher.StandardsNamedInData, title => Assert.Contains(title, titles));
    }

    [Fact]
    public void OccupationGroups_EveryStandardIsInTheFeed()
    {
        var references = snapshot.Index.SearchWithTables(s => s.ByReference.Keys.ToHashSet());
        var rows = MatchingData.ReadCsv(MatchingData.SocStandards);
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(row[1], references));
    }

    [Fact]
    public void OnsIndex_KnowsCouncilJobWords()
    {
        using var analyzer = new TitleAnalyzer();
        var ons = OnsOccupations.Load(TitleParser.Load(), analyzer);
        Assert.True(ons.TitleCount > 20_000);
        Assert.Contains("councillor", ons.Words);
        Assert.NotEmpty(ons.GroupsOf(OnsOccupations.Key(analyzer, "refuse collector")));
    }
}
