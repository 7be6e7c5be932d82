using RoleMapper.Core.UnmatchedTitles;

namespace RoleMapper.Web.Tests.PageTests.Search;

/// <summary>
/// The search page's behaviour, asserted robustly: the matcher is being improved in parallel, so these tests check that
/// an obvious standard is among the results and that filters hold for every result, not exact rankings.
/// </summary>
public abstract class IndexTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : IndexTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : IndexTests(host);

    [Fact]
    public async Task Get_SoftwareDeveloper_ListsST0116WithConfidenceReasonAndFacts()
    {
        var page = await host.NewClient().GetPageAsync("/search?title=Software+developer");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var result = page.Document.QuerySelectorAll(".result").FirstOrDefault(r => r.QuerySelector("a")!.GetAttribute("href") == "/standards/ST0116");
        Assert.NotNull(result);
        Assert.Matches("^(High|Medium|Low) confidence$", result.QuerySelector(".tag")!.TextContent);
        Assert.StartsWith("Matched on", result.QuerySelector(".result__reason")!.TextContent);
        var facts = result.QuerySelectorAll(".result__meta div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("4", facts["Level"]);
        Assert.Equal("Digital", facts["Route"]);
        Assert.Matches(@"^\d+ months$", facts["Typical duration"]);
        Assert.Matches(@"^£[\d,]+$", facts["Maximum funding"]);
        Assert.Contains("Software developer", page.Document.Title);
    }

    [Fact]
    public async Task Get_NoTitle_ShowsFormWithoutErrors()
    {
        var page = await host.NewClient().GetPageAsync("/search");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Errors);
        Assert.Empty(page.All(".result"));
    }

    [Theory]
    [InlineData("/search?title=", "Enter a job title.")]
    [InlineData("/search?title=%20%20", "Enter a job title.")]
    [InlineData("/search?title=gardener&minLevel=abc", "Enter a valid lowest level.")]
    [InlineData("/search?title=gardener&minLevel=12", "Choose a lowest level from 2 to 7.")]
    [InlineData("/search?title=gardener&minLevel=5&maxLevel=3", "The highest level must be the same as or above the lowest level.")]
    [InlineData("/search?title=gardener&route=Nowhere", "Choose a route from the list.")]
    public async Task Get_BadInput_ShowsMessageNotError(string path, string message)
    {
        var page = await host.NewClient().GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Errors);
        Assert.Empty(page.All(".result"));
    }

    [Fact]
    public async Task Get_TitleOver200Characters_SaysSo()
    {
        var page = await host.NewClient().GetPageAsync("/search?title=" + new string('a', 201));

        Assert.Contains("Enter a job title of 200 characters or fewer.", page.Errors);
    }

    [Fact]
    public async Task Get_TitleWithNoMatchableWords_SaysSo()
    {
        var page = await host.NewClient().GetPageAsync("/search?title=%21%3F%21");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Errors);
    }

    [Fact]
    public async Task Get_LevelRange_EveryResultIsInRange()
    {
        var page = await host.NewClient().GetPageAsync("/search?title=manager&minLevel=5&maxLevel=6");

        var levels = page.Document.QuerySelectorAll(".result__meta div")
            .Where(d => d.QuerySelector("dt")!.TextContent == "Level").Select(d => int.Parse(d.QuerySelector("dd")!.TextContent)).ToList();
        Assert.NotEmpty(levels);
        Assert.All(levels, l => Assert.InRange(l, 5, 6));
    }

    [Fact]
    public async Task Get_Route_EveryResultIsOnThatRoute()
    {
        var page = await host.NewClient().GetPageAsync("/search?title=officer&route=Legal%2C+finance+and+accounting");

        var routes = page.Document.QuerySelectorAll(".result__meta div")
            .Where(d => d.QuerySelector("dt")!.TextContent == "Route").Select(d => d.QuerySelector("dd")!.TextContent).ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.Equal("Legal, finance and accounting", r));
    }

    [Fact]
    public async Task Get_FiltersAreKeptInTheForm()
    {
        var page = await host.NewClient().GetPageAsync("/search?title=gardener&minLevel=2&route=Agriculture%2C+environmental+and+animal+care");

        Assert.Equal("gardener", page.One("input#title")!.GetAttribute("value"));
        Assert.Equal("2", page.One("#minLevel option[selected]")!.GetAttribute("value"));
        Assert.Equal("Agriculture, environmental and animal care", page.One("#route option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_TitleWithNoGoodMatch_IsLoggedForTheSynonymList_ButAFilteredSearchIsNot()
    {
        await host.NewClient().GetPageAsync("/search?title=Zorblaxian+Wibbleworth");
        await host.NewClient().GetPageAsync("/search?title=Quintessential+Flumpery&minLevel=7");

        await host.Services.GetRequiredService<UnmatchedTitleRecorder>().FlushAsync();
        await using var db = host.NewContext();
        var logged = await db.UnmatchedTitles.Select(t => t.ExampleTitle).ToListAsync();
        Assert.Contains("Zorblaxian Wibbleworth", logged);
        Assert.DoesNotContain("Quintessential Flumpery", logged);
    }
}
