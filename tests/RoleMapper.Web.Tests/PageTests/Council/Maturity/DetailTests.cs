namespace RoleMapper.Web.Tests.PageTests.Council.Maturity;

public abstract class DetailTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : DetailTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : DetailTests(host);

    [Fact]
    public async Task Get_ShowsEvidenceWithWebLinksOnly()
    {
        var council = await host.CouncilAsync();
        int id;
        await using (var db = host.CouncilContext(council))
        {
            var record = db.AddAssessment(new DateOnly(2026, 2, 1), ["leadership-culture.developing.policy"], null,
                new Dictionary<string, string> { ["leadership-culture.developing.policy"] = "Draft policy to cabinet" });
            // Written by hand, not through the form: a link that must never become clickable.
            record.Met[0].Links = ["https://intranet.example/policy", "javascript:alert(1)"];
            await db.SaveChangesAsync();
            id = record.Id;
        }
        var client = await host.SignedInMemberAsync(council);

        var page = await client.GetPageAsync($"/council/maturity/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Draft policy to cabinet", page.All(".met-list__evidence"));
        var links = page.Document.QuerySelectorAll(".met-list__links a").ToList();
        Assert.Equal("https://intranet.example/policy", Assert.Single(links).GetAttribute("href"));
        Assert.Contains("noopener", links[0].GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Contains("javascript:alert(1)", page.All(".met-list__links li"));
    }

    [Fact]
    public async Task Get_UnknownAssessment_IsNotFound()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInMemberAsync(council);

        using var response = await client.GetAsync("/council/maturity/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
